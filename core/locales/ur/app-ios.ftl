# Ponte — app-ios (ur): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = اس فون کو جوڑنے کے لیے وہ کوڈ اسکین کریں جو آپ کا رہنما آپ کو دکھاتا ہے۔
ios-location-usage = آپ کے قریب ترین خدمات دکھانے کے لیے۔ آپ کا مقام اسی فون پر رہتا ہے۔

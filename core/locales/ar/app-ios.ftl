# Ponte — app-ios (ar): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = امسح الرمز الذي يعرضه عليك مرشدك لربط هذا الهاتف.
ios-location-usage = لعرض الخدمات الأقرب إليك. يبقى موقعك على هذا الهاتف.

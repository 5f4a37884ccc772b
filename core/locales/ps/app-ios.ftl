# Ponte — app-ios (ps): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = هغه کوډ سکین کړئ چې ستاسو لارښود یې درښيي، ترڅو دا ټیلیفون وصل شي.
ios-location-usage = تاسو ته د نږدې خدماتو ښودلو لپاره. ستاسو موقعیت په همدې ټیلیفون کې پاتې کیږي.

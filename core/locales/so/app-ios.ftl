# Ponte — app-ios (so): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = Iskaan garee koodka uu ku tuso la-taliyahaagu, si aad taleefankan ugu xirto.
ios-location-usage = Si laguu tuso adeegyada kuugu dhow. Goobtaadu waxay ku jirtaa taleefankan oo keliya.

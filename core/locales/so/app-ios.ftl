# Ponte — app-ios (so): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = Iskaan garee koodka uu ku tuso la-taliyahaagu, si aad telefoonkan ugu xirto.
ios-location-usage = Si laguu tuso adeegyada kuugu dhow. Goobtaadu waxay ku jirtaa telefoonkan oo keliya.

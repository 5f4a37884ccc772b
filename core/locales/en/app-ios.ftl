# Ponte — app-ios, English (the source of the catalogue).
# Review: reviewed

# The iOS permission texts (Info.plist), written into
# ios/App/Resources/<lang>.lproj/InfoPlist.strings by `cargo xtask ios-strings`.
# No placeables: iOS shows them as they are.

# Why the camera: the pairing QR code (asked when the person taps Scan).
ios-camera-usage = Scan the code your tutor shows you, to connect this phone.
# Why the position: the nearest services (asked when the person taps Use my location).
ios-location-usage = To show the services nearest to you. Your position stays on this phone.

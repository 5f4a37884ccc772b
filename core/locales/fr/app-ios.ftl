# Ponte — app-ios (fr): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = Scannez le code que votre tuteur vous montre, pour connecter ce téléphone.
ios-location-usage = Pour afficher les services les plus proches de vous. Votre position reste sur ce téléphone.

# Ponte — app-ios (it): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = Inquadra il codice che ti mostra il tutor, per collegare questo telefono.
ios-location-usage = Per mostrarti i servizi più vicini. La tua posizione resta su questo telefono.

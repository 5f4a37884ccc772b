# Ponte — app-ios (es): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = Escanea el código que te muestra tu tutor para conectar este teléfono.
ios-location-usage = Para mostrarte los servicios más cercanos. Tu ubicación se queda en este teléfono.

# Ponte — app-ios (uk): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = Відскануйте код, який показує ваш куратор, щоб під'єднати цей телефон.
ios-location-usage = Щоб показати найближчі до вас послуги. Ваше місцезнаходження залишається на цьому телефоні.

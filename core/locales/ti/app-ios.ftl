# Ponte — app-ios (ti): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = ነዚ ተሌፎን ንምርኻብ፡ እቲ ኣማኻሪኹም ዘርእየኩም ኮድ ስኣሉ።
ios-location-usage = ኣብ ጥቓኹም ዘለዉ ኣገልግሎታት ንምርኣይ። ቦታኹም ኣብዚ ተሌፎን ጥራይ ይተርፍ።

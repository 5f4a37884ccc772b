# Ponte — app-ios (fa): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = کدی را که مربی‌تان نشان می‌دهد اسکن کنید تا این موبایل وصل شود.
ios-location-usage = برای نشان دادن نزدیک‌ترین خدمات به شما. موقعیت شما روی همین موبایل می‌ماند.

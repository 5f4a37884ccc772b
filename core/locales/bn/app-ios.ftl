# Ponte — app-ios (bn): the iOS permission texts (Info.plist), see ios/README.md.
# Review: machine

ios-camera-usage = এই ফোনটি যুক্ত করতে আপনার টিউটর যে কোডটি দেখান সেটি স্ক্যান করুন।
ios-location-usage = আপনার সবচেয়ে কাছের পরিষেবাগুলি দেখাতে। আপনার অবস্থান এই ফোনেই থাকে।

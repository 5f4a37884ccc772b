# Ponte — app-common (bn).
# Review: machine

speech-no-voice = এই ফোনে { $language } এর জন্য কোনো কণ্ঠ নেই।
speech-other-language = এই ফোনে { $language } এর জন্য কোনো কণ্ঠ নেই: { $other } এ পড়া হচ্ছে।
guides-coming = আপনার কাছের সংস্থাগুলোর নির্দেশিকা এখানে থাকবে। বাকি সবকিছু ইন্টারনেট ছাড়াই কাজ করে।

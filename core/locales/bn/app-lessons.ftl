# Ponte — app-lessons (bn).
# Review: machine

lessons-status-not-started = শুরু হয়নি
lessons-status-in-progress = চলছে
lessons-status-completed = সম্পন্ন
lessons-status-mastered = আয়ত্ত
lessons-review = আবার দেখুন
lessons-continue = এটি দিয়ে চালিয়ে যান
lessons-glossary-open = এই কোর্সের শব্দ
lessons-certificate-open = সনদ
lessons-true-false = এটি সত্য না মিথ্যা?
lessons-previous = আগের
lessons-next = পরের
lessons-finish = শেষ করুন
lessons-move-earlier = উপরে সরান
lessons-move-later = নিচে সরান
lessons-unavailable = এই পাঠটি আর এই ফোনে নেই। পাঠগুলো থেকে অন্য একটি বেছে নিন।
lessons-glossary-empty = এই কোর্সে ব্যাখ্যা করার মতো কোনো শব্দ নেই।
lessons-certificate-missing = সনদ পেতে আগে এই পাঠগুলো আয়ত্ত করুন:
lessons-certificate-ready = আপনি এই কোর্সের সব পাঠ আয়ত্ত করেছেন। সনদে যেভাবে থাকা উচিত সেভাবে আপনার নাম লিখুন।
lessons-certificate-share = সনদ শেয়ার করুন
lessons-course-unavailable = এই কোর্সটি আর এই ফোনে নেই।

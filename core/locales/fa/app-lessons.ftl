# Ponte — app-lessons (fa).
# Review: machine

lessons-status-not-started = شروع نشده
lessons-status-in-progress = در حال انجام
lessons-status-completed = تمام‌شده
lessons-status-mastered = مسلط
lessons-review = مرور
lessons-continue = ادامه با
lessons-glossary-open = واژه‌های این دوره
lessons-certificate-open = گواهی
lessons-true-false = درست است یا نادرست؟
lessons-previous = قبلی
lessons-next = بعدی
lessons-finish = پایان
lessons-move-earlier = بالا بردن
lessons-move-later = پایین بردن
lessons-unavailable = این درس دیگر روی این موبایل نیست. درس دیگری از میان درس‌ها انتخاب کنید.
lessons-glossary-empty = این دوره واژه‌ای برای توضیح ندارد.
lessons-certificate-missing = برای گرفتن گواهی، ابتدا بر این درس‌ها مسلط شوید:
lessons-certificate-ready = شما بر همهٔ درس‌های این دوره مسلط شده‌اید. نام خود را همان‌طور که باید روی گواهی بیاید بنویسید.
lessons-certificate-share = هم‌رسانی گواهی
lessons-course-unavailable = این دوره دیگر روی این موبایل نیست.

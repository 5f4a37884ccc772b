# Ponte — app-lessons (ar).
# Review: machine

lessons-status-not-started = لم يبدأ
lessons-status-in-progress = قيد التقدم
lessons-status-completed = مكتمل
lessons-status-mastered = متقن
lessons-review = مراجعة
lessons-continue = تابع مع
lessons-glossary-open = كلمات هذه الدورة
lessons-certificate-open = شهادة
lessons-true-false = هل هذا صحيح أم خطأ؟
lessons-previous = السابق
lessons-next = التالي
lessons-finish = إنهاء
lessons-move-earlier = تحريك للأعلى
lessons-move-later = تحريك للأسفل
lessons-unavailable = هذا الدرس لم يعد موجودًا على هذا الهاتف. اختر درسًا آخر من الدروس.
lessons-glossary-empty = لا تحتوي هذه الدورة على كلمات لشرحها.
lessons-certificate-missing = للحصول على الشهادة، أتقن هذه الدروس أولًا:
lessons-certificate-ready = لقد أتقنت كل دروس هذه الدورة. اكتب اسمك كما يجب أن يظهر على الشهادة.
lessons-certificate-share = مشاركة الشهادة
lessons-course-unavailable = هذه الدورة لم تعد موجودة على هذا الهاتف.

# Ponte — نصوص الواجهة، العربية.
# Review: machine

## مراحل طلب العمل

stage-saved = محفوظ
stage-applied = أُرسل الطلب
stage-interview = مقابلة
stage-offer = عرض عمل
stage-hired = تم التوظيف
stage-offer_declined = رُفض العرض
stage-rejected = لم يُقبل
stage-withdrawn = سُحب الطلب
stage-expired = انتهت المدة
stage-no_answer = لا يوجد رد

## أين وجدت العمل

source-job_portal = موقع إعلانات عمل
source-employment_centre = مركز التوظيف
source-agency = وكالة توظيف
source-tutor_suggestion = اقتراح من المرشد
source-word_of_mouth = عن طريق المعارف
source-walk_in = ذهبت بنفسي
source-other = غير ذلك

## أنواع العقود

contract-fixed_term = عقد محدد المدة
contract-permanent = عقد دائم
contract-apprenticeship = تدريب مهني (apprendistato)
contract-internship = تدريب عملي (tirocinio)
contract-seasonal = عمل موسمي
contract-other = غير ذلك

## المقابلات والمهام

interview-format-in_person = حضوريًا
interview-format-phone = مكالمة هاتفية
interview-format-video = مكالمة فيديو
action-call_back = معاودة الاتصال
action-send_documents = إرسال الوثائق
action-prepare_interview = التحضير للمقابلة
action-follow_up = السؤال عن الأخبار
action-other = غير ذلك

## الوثائق

document-residence_permit = تصريح الإقامة (permesso di soggiorno)
document-codice_fiscale = الرقم الضريبي (codice fiscale)
document-identity_card = بطاقة الهوية
document-health_card = البطاقة الصحية (tessera sanitaria)
document-spid = الهوية الرقمية SPID
document-cv = السيرة الذاتية
document-diploma = شهادة أو دبلوم
document-driving_licence = رخصة القيادة
document-haccp = شهادة سلامة الغذاء HACCP
document-safety_training = شهادة تدريب السلامة في العمل
document-other = وثيقة أخرى
document-status-missing = يجب الحصول عليها
document-status-in_progress = قيد الإنجاز
document-status-have = عندي
permit-asylum_request = طلب لجوء
permit-refugee = صفة لاجئ
permit-subsidiary_protection = حماية فرعية
permit-special_protection = حماية خاصة
permit-work = عمل
permit-family = أسباب عائلية
permit-study = دراسة
permit-eu_long_term = إقامة طويلة الأمد في الاتحاد الأوروبي
permit-other = غير ذلك
recognition-unknown = لا أعرف
recognition-not_needed = غير ضروري
recognition-not_started = لم يبدأ بعد
recognition-in_progress = قيد الاعتراف
recognition-recognised = معترف بها في إيطاليا
recognition-refused = غير معترف بها

## التوفر للعمل

transport-none = لا وسيلة نقل خاصة
transport-public = المواصلات العامة
transport-bicycle = دراجة
transport-moped = دراجة نارية صغيرة
transport-car = سيارة
shift-morning = صباحًا
shift-afternoon = بعد الظهر
shift-evening = مساءً
shift-night = ليلًا
shift-weekend = عطلة نهاية الأسبوع

## السيرة الذاتية

cv-title = السيرة الذاتية
cv-personal = المعلومات الشخصية
cv-email = البريد الإلكتروني
cv-phone = الهاتف
cv-city = مكان السكن
cv-about = نبذة عني
cv-experience = الخبرة العملية
cv-present = حتى الآن
cv-sector = القطاع: { $sector }
cv-education = التعليم والتدريب
cv-eqf-level = المستوى { $level } في الإطار الأوروبي للمؤهلات
cv-recognition = الاعتراف في إيطاليا: { $status }
cv-languages = المهارات اللغوية
cv-mother-tongues = اللغة الأم
cv-other-languages = لغات أخرى
cv-listening = الاستماع
cv-reading = القراءة
cv-spoken-interaction = المحادثة
cv-spoken-production = التعبير الشفهي
cv-writing = الكتابة
cv-cefr-note = المستويات: A1 وA2 مستوى أساسي، B1 وB2 مستوى مستقل، C1 وC2 مستوى متقدم (الإطار الأوروبي المرجعي المشترك للغات).
cv-skills = المهارات
cv-certificates = الرخص والشهادات
cv-issued = صدرت في { $date }
cv-expires = صالحة حتى { $date }
cv-availability = التوفر
cv-hours-per-week = { $hours ->
    [zero] لا ساعات في الأسبوع
    [one] ساعة واحدة في الأسبوع
    [two] ساعتان في الأسبوع
    [few] { $hours } ساعات في الأسبوع
    [many] { $hours } ساعة في الأسبوع
   *[other] { $hours } ساعة في الأسبوع
}
cv-shifts = الفترات: { $shifts }
cv-travel = أستطيع التنقل حتى { $km } كم
cv-transport = وسيلة النقل: { $transport }
cv-available-from = متاح ابتداءً من { $date }
cv-empty = لم يُكتب شيء هنا بعد.

## أسماء اللغات

language-ar = العربية
language-bn = البنغالية
language-en = الإنجليزية
language-es = الإسبانية
language-fa = الفارسية
language-ff = الفولانية
language-fr = الفرنسية
language-ha = الهوسا
language-it = الإيطالية
language-ku = الكردية
language-ps = البشتو
language-pa = البنجابية
language-ru = الروسية
language-so = الصومالية
language-sq = الألبانية
language-ti = التغرينية
language-tr = التركية
language-uk = الأوكرانية
language-ur = الأردية
language-wo = الولوفية
language-zh = الصينية

## الأخطاء

error-wrong-key = لا يمكن فتح هذه اليوميات بالمفتاح المحفوظ على هذا الهاتف.
error-damaged = ملف اليوميات تالف. تُرك كما هو.
error-no-database = لا توجد يوميات هنا بعد. يمكنك أن تبدأ يوميات جديدة.
error-closed = اليوميات مغلقة. افتحها مرة أخرى للمتابعة.
error-not-found = هذا العنصر لم يعد موجودًا.
error-storage-full = ذاكرة الهاتف ممتلئة. أفرغ بعض المساحة وحاول مرة أخرى: لم يُحفظ شيء.
error-other = حدث خطأ. حاول مرة أخرى.
error-invalid-required = هذا الحقل مطلوب.
error-invalid-too-long = هذا النص طويل جدًا.
error-invalid-bad-date = هذا التاريخ غير صحيح.
error-invalid-out-of-range = هذه القيمة غير مقبولة.
error-invalid-same-stage = الطلب موجود في هذه المرحلة بالفعل.
error-invalid-before-current-stage = هذا التاريخ قبل المرحلة الحالية.
error-invalid-end-before-start = النهاية قبل البداية.
error-invalid-bad-key-length = يجب أن يكون طول المفتاح 32 بايت.
error-bad-content = محتوى غير صالح.
error-invalid-comment-required = اكتب ما هو الخطأ من فضلك.
error-invalid-bad-answer = هذه الإجابة لا تناسب السؤال.
error-invalid-not-secure = هذا العنوان غير آمن: يجب أن يبدأ بـ https://. تحقق منه، أو امسح رمز QR الخاص بمرشدك.
error-pack-damaged = تعذّرت قراءة حزمة الدروس هذه: ربما لم يكتمل تنزيلها أو نسخها. يُرجى تنزيلها مرة أخرى.
error-pack-tampered = تم تغيير حزمة الدروس هذه بعد أن أعدّتها المنظمة. يُرجى عدم استخدامها والحصول عليها من جديد من المنظمة نفسها.
error-pack-untrusted = حزمة الدروس هذه ليست من منظمة يعرفها هذا التطبيق، ولم يتم تثبيتها.
error-pack-older = توجد على هذا الهاتف دروس أحدث. لا حاجة لفعل أي شيء.
error-course-not-mastered = يجب إكمال كل دروس الدورة أولًا.
error-lesson-not-finished = يجب المرور بكل خطوات الدرس أولًا.

## التنقل والأزرار

nav-home = الرئيسية
nav-diary = بحثي عن عمل
nav-services = الخدمات
nav-map = الخريطة
nav-lessons = الدروس
nav-profile = ملفي
nav-settings = الإعدادات
button-save = حفظ
button-cancel = إلغاء
button-delete = حذف
button-edit = تعديل
button-add = إضافة
button-done = تم
button-back = رجوع
button-next = التالي
button-retry = حاول مرة أخرى
button-share = مشاركة
button-call = اتصال
button-directions = الاتجاهات
button-close = إغلاق
button-search = بحث
button-filter = تصفية
button-clear = مسح
button-undo = تراجع
saved = تم الحفظ.
deleted = تم الحذف.
confirm-delete-title = هل تريد الحذف؟
confirm-delete-application = حذف الطلب إلى { $employer }؟ سيُحذف معه سجله ومقابلاته وتذكيراته.
confirm-discard-changes = الخروج دون حفظ التغييرات؟

## الشاشة الرئيسية والإشعارات

home-greeting = مرحبًا { $name }!
home-overdue = متأخر
home-today = اليوم
home-this-week = الأيام السبعة القادمة
home-follow-up = لا أخبار من { $employer } منذ { $days ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}. هل تسأل؟
home-document-expires = تنتهي صلاحية { $document } بعد { $days ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
home-document-expired = انتهت صلاحية { $document }.
home-permit-renew = اطلب تجديد تصريح الإقامة قبل انتهائه بـ 60 يومًا على الأقل.
notification-action-due = { $action }: { $employer }
notification-interview = مقابلة مع { $employer } الساعة { $time }
notification-meeting = لقاء مع { $tutor } الساعة { $time }
notification-follow-up = هل من أخبار من { $employer }؟
notification-interview-tomorrow = غدًا: مقابلة مع { $employer } الساعة { $time }
notification-meeting-tomorrow = غدًا: لقاء مع { $tutor } الساعة { $time }
notification-appointment-tomorrow = غدًا الساعة { $time }: { $title }
notification-appointment = الساعة { $time }: { $title }
notification-where = المكان: { $place }
notification-your-note = ملاحظتك: { $note }
notification-tutor-answer = أجاب مرشدك عن سؤالك
notification-your-question = سؤالك: { $question }
notification-tap-to-open = اضغط لرؤية التفاصيل.
notification-document-renew = اطلب الوثيقة الجديدة في الوقت المناسب. اضغط لرؤية وثائقك.
notification-lesson = خمس دقائق لدرسك؟
notification-lesson-body = تابع من حيث توقفت: كل خطوة مهمة.
notification-permit-expiring = ينتهي تصريح إقامتك بعد { $days ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.

## شاشات فارغة

empty-applications = لا توجد طلبات بعد. أضف أول عمل تريد التقدم إليه.
empty-agenda = لا شيء مخطط. أحسنت!
empty-search = لم يُعثر على شيء. جرّب كلمات أخرى.
empty-favourites = لا مفضلات بعد. اضغط على النجمة في خدمة لتحفظها هنا.
empty-services-nearby = لا خدمات قريبة منك. جرّب مسافة أكبر أو عوامل تصفية أقل.
empty-meetings = لا لقاءات مع المرشد بعد.
empty-lessons = لا دروس على هذا الهاتف بعد. اتصل بالإنترنت لتنزيلها.
empty-offline = أنت غير متصل. كل ما على هذا الهاتف يعمل.

## المذكرة

diary-title = بحثي عن عمل
application-new = طلب جديد
application-edit = تعديل الطلب
field-employer = صاحب العمل
field-position = العمل
field-city = المدينة
field-source = أين وجدته
field-source-detail = أي موقع أو وكالة أو شخص
field-contract = نوع العقد
field-contact-name = الشخص المسؤول
field-contact-phone = الهاتف
field-contact-email = البريد الإلكتروني
field-job-url = رابط عرض العمل
field-notes = ملاحظات
field-date = التاريخ
field-time = الوقت
field-due-date = قبل متى
stage-change = تغيير المرحلة
stage-changed = نُقل إلى «{ $stage }».
timeline-title = السجل
interview-add = إضافة مقابلة
interview-round = المقابلة { $round }
interview-place = العنوان
interview-link = رابط الفيديو أو رقم الهاتف
action-add = إضافة تذكير
action-done = تم
documents-title = وثائقي
document-expires-on = صالحة حتى { $date }
document-recognition = الاعتراف في إيطاليا
meetings-title = لقاءاتي مع المرشد
meeting-add = لقاء جديد
meeting-tutor = المرشد
meeting-topics = ما تحدثنا عنه
meeting-agreed-actions = ما اتفقنا على فعله
stats-title = تقدمي
stats-applications-week = { $count ->
    [zero] لا طلبات هذا الأسبوع
    [one] طلب واحد هذا الأسبوع
    [two] طلبان هذا الأسبوع
    [few] { $count } طلبات هذا الأسبوع
    [many] { $count } طلبًا هذا الأسبوع
   *[other] { $count } طلب هذا الأسبوع
}
stats-answers = { $count ->
    [zero] لا ردود
    [one] رد واحد
    [two] ردان
    [few] { $count } ردود
    [many] { $count } ردًا
   *[other] { $count } رد
}
stats-interviews = { $count ->
    [zero] لا مقابلات
    [one] مقابلة واحدة
    [two] مقابلتان
    [few] { $count } مقابلات
    [many] { $count } مقابلة
   *[other] { $count } مقابلة
}
stats-hires = { $count ->
    [zero] لم تحصل على وظيفة بعد
    [one] وظيفة واحدة حصلت عليها
    [two] وظيفتان حصلت عليهما
    [few] { $count } وظائف حصلت عليها
    [many] { $count } وظيفةً حصلت عليها
   *[other] { $count } وظيفة حصلت عليها
}
diary-search-placeholder = ابحث في بحثي عن عمل
profile-title = ملفي
profile-languages = اللغات التي أتكلمها
profile-mother-tongue = اللغة الأم
profile-experience = الخبرة العملية
profile-education = الدراسة والتدريب
profile-skills = ما أعرف فعله
profile-certificates = الرخص والشهادات
profile-availability = متى وأين أستطيع العمل
cv-export = إنشاء سيرتي الذاتية
cv-language = لغة السيرة الذاتية
cv-side-by-side = عرض ملفي بلغتين

## خريطة الخدمات

services-title = خدمات قريبة مني
services-search-placeholder = ابحث عن خدمات
services-list = قائمة
services-map = خريطة
service-open = مفتوح
service-open-until = مفتوح حتى { $time }
service-closed = مغلق
service-opens-at = يفتح { $day } الساعة { $time }
service-opens-today-at = يفتح اليوم الساعة { $time }
service-by-appointment = بموعد مسبق
service-hours-unknown = مواعيد العمل غير معروفة
service-distance-m = { $distance } م
service-distance-km = { $distance } كم
service-shown-in = معروض باللغة { $language }، وغير متوفر باللغة { $wanted }.
service-translation-machine = ترجمة آلية: قد تحتوي على أخطاء.
service-translation-outdated = قد تكون هذه الترجمة قديمة.
service-last-verified = تم التحقق في { $date }
service-no-map-position = غير موجود على الخريطة: موقعه الدقيق غير معروف. استخدم العنوان أو وسائل الاتصال.
service-attribution = المصدر: { $attribution }
service-languages-spoken = اللغات المستعملة هنا
service-free = مجاني
service-paid = غير مجاني
service-wheelchair = مناسب للكراسي المتحركة
service-favourite-add = إضافة إلى المفضلة
service-favourite-remove = إزالة من المفضلة
service-recent = شوهدت مؤخرًا
service-report = الإبلاغ عن معلومة خاطئة
report-kind-closed_for_good = أُغلق نهائيًا
report-kind-wrong_hours = مواعيد العمل خاطئة
report-kind-wrong_address = العنوان خاطئ
report-kind-wrong_phone = رقم الهاتف خاطئ
report-kind-other = شيء آخر
report-comment = ما الخطأ؟
report-pending = في انتظار الإرسال
report-sent = أُرسل. شكرًا!
filter-open-now = مفتوح الآن
filter-free-only = المجاني فقط
filter-language-spoken = يتكلمون لغتي
filter-for-whom = لمن
filter-distance = المسافة
audience-everyone = الجميع
audience-asylum_seekers = طالبو اللجوء
audience-refugees = اللاجئون
audience-women = النساء
audience-minors = القاصرون
category-work = العمل ومراكز التوظيف
category-job_orientation = التوجيه والتدريب المهني
category-italian_courses = دروس اللغة الإيطالية
category-legal_aid = المساعدة القانونية والوثائق
category-health = الصحة
category-mental_health = الصحة النفسية
category-housing = السكن والإيواء
category-food = الطعام والاحتياجات الأساسية
category-education = التعليم ومعادلة الشهادات
category-digital_help = مساعدة رقمية وإنترنت مجاني
category-womens_support = دعم النساء
category-children_families = الأطفال والعائلات
category-transport = المواصلات
category-banking = البنوك والمال
contact-phone = الهاتف
contact-whatsapp = WhatsApp
contact-email = البريد الإلكتروني
contact-web = الموقع الإلكتروني
contact-walk_in = الحضور دون موعد

## مشغل الدروس

lessons-title = الدروس
lesson-start = ابدأ
lesson-resume = تابع
lesson-step = الخطوة { $current } من { $total }
lesson-minutes = { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
lesson-level-beginner = مبتدئ
lesson-level-intermediate = متوسط
lesson-level-advanced = متقدم
lesson-try-on-phone = جرّب على هاتفك
lesson-check = تحقق
lesson-correct = صحيح!
lesson-wrong = ليس تمامًا.
lesson-hint = تلميح
lesson-try-again = حاول مرة أخرى
lesson-listen = استمع
lesson-glossary = ماذا تعني؟
lesson-completed = اكتمل الدرس
lesson-mastered = لقد أتقنت هذا الدرس!
lesson-locked = أكمل «{ $lesson }» أولًا.
lesson-progress = الدروس المكتملة: { $done } من { $total }
quiz-choose-one = اختر إجابة واحدة.
quiz-choose-many = اختر كل الإجابات الصحيحة.
quiz-true = صحيح
quiz-false = خطأ
quiz-order = رتّب الخطوات.
quiz-match = صِل بين الأزواج.
quiz-picture = اختر الصورة الصحيحة.
lesson-mastery-all-correct = لإتقان هذا الدرس يجب الإجابة عن كل سؤال إجابةً صحيحة.
lesson-mastery-m-of-n = لإتقان هذا الدرس: { $count ->
    [one] إجابة صحيحة واحدة
    [two] إجابتان صحيحتان
    [few] { $count } إجابات صحيحة
   *[other] { $count } إجابة صحيحة
} من بين آخر { $total ->
    [one] إجابة
    [two] إجابتين
    [few] { $total } إجابات
   *[other] { $total } إجابة
}.
lesson-mastery-streak = لإتقان هذا الدرس: { $count ->
    [one] إجابة صحيحة واحدة.
    [two] إجابتان صحيحتان متتاليتان.
    [few] { $count } إجابات صحيحة متتالية.
   *[other] { $count } إجابة صحيحة متتالية.
}
quiz-missing = ليس تمامًا: { $count ->
    [one] تنقص إجابة صحيحة واحدة.
    [two] تنقص إجابتان صحيحتان.
    [few] تنقص { $count } إجابات صحيحة.
   *[other] تنقص { $count } إجابة صحيحة.
}
quiz-order-wrong = ليس تمامًا: { $count ->
    [one] خطوة واحدة ليست في مكانها.
    [two] خطوتان ليستا في مكانهما.
    [few] { $count } خطوات ليست في مكانها.
   *[other] { $count } خطوة ليست في مكانها.
}
quiz-pairs-wrong = ليس تمامًا: { $count ->
    [one] زوج واحد غير متطابق.
    [two] زوجان غير متطابقين.
    [few] { $count } أزواج غير متطابقة.
    [many] { $count } زوجًا غير متطابق.
   *[other] { $count } زوج غير متطابق.
}
certificate-title = شهادة
certificate-body = تشهد هذه الشهادة بإتمام { $name } دورة «{ $course }» بتاريخ { $date }.

## المزامنة والربط والخصوصية

sync-now = زامن الآن
sync-last = آخر مزامنة { $when }
sync-never = لم تتم المزامنة أبدًا
sync-pending = { $count ->
    [zero] لا تغييرات في الانتظار
    [one] تغيير واحد في انتظار الإرسال
    [two] تغييران في انتظار الإرسال
    [few] { $count } تغييرات في انتظار الإرسال
    [many] { $count } تغييرًا في انتظار الإرسال
   *[other] { $count } تغيير في انتظار الإرسال
}
sync-offline = لا يوجد اتصال. تغييراتك محفوظة على هذا الهاتف وسترسل لاحقًا.
sync-failed = لم تنجح المزامنة. ستحاول مرة أخرى تلقائيًا.
pair-title = الربط مع مرشدي
pair-enter-code = أدخل الرمز الذي أعطاك إياه المرشد
pair-done = تم الربط مع { $organisation }.
share-title = ما أشاركه مع مرشدي
share-diary = بحثي عن عمل
share-progress = دروسي
share-reports = بلاغاتي عن الخدمات
share-stats = إحصاءات مجهولة الهوية
unpair = إلغاء الربط مع المرشد
delete-my-data = حذف بياناتي
delete-my-data-confirm = هذا يحذف بياناتك على هذا الهاتف وعلى الخادم. لا يمكن التراجع.
settings-language = اللغة
settings-text-size = حجم النص
settings-about = عن Ponte

# Sync with the coordinator
error-already-paired = هذا الهاتف متصل بالفعل بمرشد. افصله أولاً.
error-sync-offline = لا يوجد اتصال. تبقى تغييراتك على الهاتف وسيتم إرسالها لاحقاً.
error-sync-not-paired = هذا الهاتف غير متصل بمرشد بعد.
error-sync-bad-code = هذا الرمز لا يعمل: ربما هو خاطئ أو مستخدم أو منتهي الصلاحية. اطلب رمزاً جديداً من مرشدك.
error-sync-busy = التحديث جارٍ بالفعل. انتظر قليلاً.
error-sync-cancelled = توقف التحديث.
error-sync-unpaired = فصلت منظمتك هذا الهاتف. اطلب رمزاً جديداً من مرشدك.
error-sync-refused = لم يقبل الخادم التحديث. بياناتك في أمان؛ أخبر مرشدك.
error-sync-server = في الخادم مشكلة. سيحاول Ponte مرة أخرى لاحقاً.
error-sync-bad-answer = تعذرت قراءة رد الخادم. سيحاول Ponte مرة أخرى لاحقاً.
error-sync-update-required = هذا الإصدار من Ponte قديم جدًا للتحديث مع منظمتك. حدّث Ponte من متجر التطبيقات؛ بياناتك تبقى على الهاتف.
error-sync-too-many-attempts = جُرّبت رموز خاطئة كثيرة من هذه الشبكة. انتظر 15 دقيقة، ثم حاول مرة أخرى.

## الحقول التي تذكرها رسائل الخطأ («صاحب العمل: هذا الحقل مطلوب»): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = صاحب العمل
field-application-position = العمل
field-application-source-detail = أي موقع أو وكالة أو شخص
field-application-city = المدينة
field-application-contact-name = الشخص المسؤول
field-application-contact-phone = هاتف الشخص المسؤول
field-application-contact-email = البريد الإلكتروني للشخص المسؤول
field-application-job-url = رابط عرض العمل
field-application-notes = ملاحظات
field-application-stage = المرحلة
field-application-at = التاريخ
field-application-stage-note = ملاحظة
field-interview-at = تاريخ المقابلة ووقتها
field-interview-place = عنوان المقابلة
field-interview-link = رابط مكالمة الفيديو
field-interview-notes = ملاحظات المقابلة
field-action-note = ما يجب فعله
field-action-due-at = قبل متى
field-document-permit-type = نوع تصريح الإقامة
field-document-title = اسم الوثيقة
field-document-expires-on = تاريخ انتهاء الصلاحية
field-document-notes = ملاحظات
field-meeting-at = تاريخ اللقاء ووقته
field-meeting-tutor = المرشد
field-meeting-topics = المواضيع
field-meeting-notes = ملاحظات
field-meeting-agreed-action = ما اتفقنا على فعله
field-personal-full-name = الاسم الكامل
field-personal-email = البريد الإلكتروني
field-personal-phone = الهاتف
field-personal-city = المدينة
field-personal-summary = نبذة عني
field-availability-hours-per-week = الساعات في الأسبوع
field-availability-shifts = الفترات
field-availability-max-travel-km = أبعد مسافة إلى العمل
field-availability-available-from = متاح ابتداءً من
field-language-language = اللغة
field-experience-role = العمل
field-experience-employer = صاحب العمل
field-experience-sector = القطاع
field-experience-country = البلد
field-experience-city = المدينة
field-experience-start-month = البداية
field-experience-end-month = النهاية
field-experience-tasks = المهام
field-education-title = الشهادة الدراسية
field-education-institution = المدرسة أو الجامعة
field-education-eqf-level = المستوى (EQF)
field-education-country = البلد
field-education-start-year = سنة البداية
field-education-end-year = سنة النهاية
field-skill-text = المهارة
field-skill-esco-uri = رابط ESCO
field-certificate-name = الرخصة أو الشهادة
field-certificate-issuer = صادرة عن
field-certificate-issued-on = تاريخ الإصدار
field-certificate-expires-on = تاريخ انتهاء الصلاحية
field-report-comment = ما الخطأ
field-question-text = سؤالك
field-pairing-server = عنوان الخادم
field-pairing-code = رمز الربط
field-lesson-answer = الإجابة
field-lesson-step = الخطوة
field-lesson-name = الاسم على الشهادة
field-query-now = التاريخ والوقت
field-query-time-zone = المنطقة الزمنية
field-query-lat = خط العرض
field-query-lon = خط الطول
field-query-radius-m = المسافة
field-query-cursor = الصفحة
field-query-limit = العدد في كل صفحة
field-store-key = المفتاح
field-store-path = ملف اليوميات
field-store-trusted-keys = مفاتيح التوقيع الموثوقة
field-navigation-link = الرابط

## نواة التطبيق: الشاشات والتشغيل الأول
nav-guides = الأدلة
nav-tutor = مرشدي
app-screen-not-built = هذه الشاشة ليست جاهزة بعد. كل ما حفظته في أمان.
home-sync-not-paired = يومياتك تبقى على هذا الهاتف. اربط الهاتف بمرشد لتشاركها معه.
first-run-ui-language = اختر لغتك
first-run-content-language = بأي لغة تريد أن تقرأ الخدمات والدروس؟
first-run-same-language = نفس اللغة
first-run-install = جارٍ التجهيز
first-run-installing = نضع الخدمات والدروس على هاتفك. لا حاجة للإنترنت.
first-run-install-missing = تعذّرت قراءة ملفات التطبيق. يمكنك أن تحاول مرة أخرى أو أن تتابع: يومياتك تعمل بدونها.
first-run-city = مدينتك
first-run-city-services = { $count ->
    [zero] لا خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
first-run-privacy = بياناتك
first-run-privacy-phone = كل ما تكتبه يبقى على هذا الهاتف، مقفلاً بمفتاح لا يملكه إلا هذا الهاتف.
first-run-privacy-shared = لا يُشارَك أي شيء إلا إذا ربطت الهاتف بمرشد واخترت ما تريد مشاركته. يمكنك إيقاف المشاركة في أي وقت.
first-run-privacy-erase = يمكنك حذف كل شيء من الإعدادات في أي وقت.
first-run-privacy-accept = فهمت
first-run-pairing = الربط مع مرشد
first-run-pairing-explain = إذا كانت منظمة تساعدك، يمكن لمرشدك أن يعطيك رمزًا. يمكنك أيضًا أن تفعل هذا لاحقًا.
first-run-pairing-scan = امسح الرمز بالكاميرا
first-run-pairing-type = اكتب الرمز
first-run-pairing-skip = ليس الآن
field-settings-ui-language = لغة التطبيق
field-settings-content-language = لغة الخدمات والدروس
field-settings-city = المدينة
field-notifications-quiet-hours = ساعات الهدوء

# Ponte — انٹرفیس کی عبارتیں، اردو۔
# Review: machine

## درخواست کے مراحل

stage-saved = محفوظ
stage-applied = بھیج دی گئی
stage-interview = انٹرویو
stage-offer = ملازمت کی پیشکش
stage-hired = ملازمت مل گئی
stage-offer_declined = پیشکش رد کر دی
stage-rejected = منتخب نہیں ہوا
stage-withdrawn = واپس لے لی
stage-expired = مدت ختم
stage-no_answer = کوئی جواب نہیں

## کام کہاں ملا

source-job_portal = ملازمت کی ویب سائٹ
source-employment_centre = روزگار مرکز
source-agency = ملازمت ایجنسی
source-tutor_suggestion = میرے رہنما کی تجویز
source-word_of_mouth = جاننے والوں سے
source-walk_in = خود جا کر
source-other = دیگر

## معاہدے کی اقسام

contract-fixed_term = عارضی
contract-permanent = مستقل
contract-apprenticeship = اپرنٹس شپ (apprendistato)
contract-internship = انٹرن شپ (tirocinio)
contract-seasonal = موسمی
contract-other = دیگر

## انٹرویو اور کام

interview-format-in_person = آمنے سامنے
interview-format-phone = فون پر
interview-format-video = ویڈیو کال پر
action-call_back = دوبارہ فون کرنا
action-send_documents = کاغذات بھیجنا
action-prepare_interview = انٹرویو کی تیاری
action-follow_up = خبر پوچھنا
action-other = دیگر

## کاغذات

document-residence_permit = رہائشی اجازت نامہ (permesso di soggiorno)
document-codice_fiscale = ٹیکس کوڈ (codice fiscale)
document-identity_card = شناختی کارڈ
document-health_card = صحت کارڈ (tessera sanitaria)
document-spid = ڈیجیٹل شناخت SPID
document-cv = سی وی
document-diploma = ڈگری یا سند
document-driving_licence = ڈرائیونگ لائسنس
document-haccp = خوراک کی حفاظت کا سرٹیفکیٹ HACCP
document-safety_training = کام کی حفاظت کی تربیت کا سرٹیفکیٹ
document-other = دوسرا کاغذ
document-status-missing = حاصل کرنا ہے
document-status-in_progress = جاری ہے
document-status-have = میرے پاس ہے
permit-asylum_request = پناہ کی درخواست
permit-refugee = پناہ گزین کی حیثیت
permit-subsidiary_protection = ذیلی تحفظ
permit-special_protection = خصوصی تحفظ
permit-work = کام
permit-family = خاندانی وجوہات
permit-study = تعلیم
permit-eu_long_term = یورپی یونین طویل مدتی رہائش
permit-other = دیگر
recognition-unknown = معلوم نہیں
recognition-not_needed = ضرورت نہیں
recognition-not_started = ابھی درخواست نہیں دی
recognition-in_progress = تسلیم کیا جا رہا ہے
recognition-recognised = اٹلی میں تسلیم شدہ
recognition-refused = تسلیم نہیں کیا گیا

## دستیابی

transport-none = اپنی سواری نہیں
transport-public = پبلک ٹرانسپورٹ
transport-bicycle = سائیکل
transport-moped = موپیڈ
transport-car = گاڑی
shift-morning = صبح
shift-afternoon = دوپہر
shift-evening = شام
shift-night = رات
shift-weekend = ہفتے کا اختتام

## سی وی

cv-title = سی وی
cv-personal = ذاتی معلومات
cv-email = ای میل
cv-phone = فون
cv-city = رہائش
cv-about = میرے بارے میں
cv-experience = کام کا تجربہ
cv-present = اب تک
cv-sector = شعبہ: { $sector }
cv-education = تعلیم اور تربیت
cv-eqf-level = یورپی قابلیت فریم ورک سطح { $level }
cv-recognition = اٹلی میں تسلیم: { $status }
cv-languages = زبان کی مہارتیں
cv-mother-tongues = مادری زبان
cv-other-languages = دوسری زبانیں
cv-listening = سننا
cv-reading = پڑھنا
cv-spoken-interaction = بات چیت
cv-spoken-production = بولنا
cv-writing = لکھنا
cv-cefr-note = سطحیں: A1 اور A2 بنیادی، B1 اور B2 خود مختار، C1 اور C2 ماہر (زبانوں کے لیے مشترکہ یورپی فریم ورک)۔
cv-skills = مہارتیں
cv-certificates = لائسنس اور سرٹیفکیٹ
cv-issued = { $date } کو جاری ہوا
cv-expires = { $date } تک کارآمد
cv-availability = دستیابی
cv-hours-per-week = { $hours ->
    [one] ہفتے میں { $hours } گھنٹہ
   *[other] ہفتے میں { $hours } گھنٹے
}
cv-shifts = اوقات: { $shifts }
cv-travel = { $km } کلومیٹر تک جا سکتا ہے
cv-transport = سواری: { $transport }
cv-available-from = { $date } سے دستیاب
cv-empty = یہاں ابھی کچھ نہیں لکھا۔

## زبانوں کے نام

language-ar = عربی
language-bn = بنگالی
language-en = انگریزی
language-es = ہسپانوی
language-fa = فارسی
language-ff = فولا
language-fr = فرانسیسی
language-ha = ہاؤسا
language-it = اطالوی
language-ku = کردی
language-ps = پشتو
language-pa = پنجابی
language-ru = روسی
language-so = صومالی
language-sq = البانوی
language-ti = تگرینیا
language-tr = ترکی
language-uk = یوکرینی
language-ur = اردو
language-wo = وولوف
language-zh = چینی

## غلطیاں

error-wrong-key = یہ ڈائری اس فون پر محفوظ کلید سے نہیں کھل سکتی۔
error-damaged = ڈائری کی فائل خراب ہے۔ اسے ویسے ہی چھوڑ دیا گیا ہے۔
error-no-database = یہاں ابھی کوئی ڈائری نہیں ہے۔ آپ نئی ڈائری شروع کر سکتے ہیں۔
error-closed = ڈائری بند ہے۔ جاری رکھنے کے لیے اسے دوبارہ کھولیں۔
error-not-found = یہ چیز اب موجود نہیں۔
error-storage-full = فون کی میموری بھری ہوئی ہے۔ کچھ جگہ خالی کر کے دوبارہ کوشش کریں: کچھ محفوظ نہیں ہوا۔
error-other = کچھ غلط ہو گیا۔ دوبارہ کوشش کریں۔
error-invalid-required = یہ خانہ ضروری ہے۔
error-invalid-too-long = یہ عبارت بہت لمبی ہے۔
error-invalid-bad-date = یہ تاریخ درست نہیں۔
error-invalid-out-of-range = یہ قدر قبول نہیں۔
error-invalid-same-stage = درخواست پہلے ہی اس مرحلے پر ہے۔
error-invalid-before-current-stage = یہ تاریخ موجودہ مرحلے سے پہلے کی ہے۔
error-invalid-end-before-start = اختتام آغاز سے پہلے ہے۔
error-invalid-bad-key-length = کلید 32 بائٹ کی ہونی چاہیے۔
error-bad-content = ایک مواد درست نہیں۔
error-invalid-comment-required = براہ کرم لکھیں کیا غلط ہے۔
error-invalid-bad-answer = یہ جواب سوال سے مطابقت نہیں رکھتا۔
error-invalid-not-secure = یہ پتہ محفوظ نہیں ہے: اسے https:// سے شروع ہونا چاہیے۔ اسے چیک کریں، یا اپنے رہنما کا QR کوڈ اسکین کریں۔
error-pack-damaged = اسباق کا یہ پیکج پڑھا نہیں جا سکتا: شاید یہ پورا ڈاؤن لوڈ یا کاپی نہیں ہوا۔ اسے دوبارہ ڈاؤن لوڈ کریں۔
error-pack-tampered = تنظیم کے تیار کرنے کے بعد اسباق کے اس پیکج کو بدلا گیا ہے۔ اسے استعمال نہ کریں: اسے دوبارہ براہ راست تنظیم سے حاصل کریں۔
error-pack-untrusted = اسباق کا یہ پیکج کسی ایسی تنظیم کی طرف سے نہیں جسے یہ ایپ جانتی ہو۔ اسے انسٹال نہیں کیا گیا۔
error-pack-older = اس فون پر پہلے سے نئے اسباق موجود ہیں۔ کچھ کرنے کی ضرورت نہیں۔
error-course-not-mastered = پہلے کورس کے سب اسباق مکمل کریں۔
error-lesson-not-finished = پہلے سبق کے سب مراحل مکمل کریں۔

## رہنمائی اور بٹن

nav-home = ہوم
nav-diary = میری ملازمت کی تلاش
nav-services = خدمات
nav-map = نقشہ
nav-lessons = اسباق
nav-profile = میری پروفائل
nav-settings = ترتیبات
button-save = محفوظ کریں
button-cancel = منسوخ
button-delete = حذف کریں
button-edit = ترمیم
button-add = شامل کریں
button-done = ہو گیا
button-back = واپس
button-next = اگلا
button-retry = دوبارہ کوشش کریں
button-share = شیئر کریں
button-call = فون کریں
button-directions = راستہ
button-close = بند کریں
button-search = تلاش
button-filter = فلٹر
button-clear = صاف کریں
button-undo = واپس لیں
saved = محفوظ ہو گیا۔
deleted = حذف ہو گیا۔
confirm-delete-title = حذف کریں؟
confirm-delete-application = { $employer } کو دی گئی درخواست حذف کریں؟ اس کا ریکارڈ، انٹرویو اور یاد دہانیاں بھی حذف ہو جائیں گی۔
confirm-discard-changes = تبدیلیاں محفوظ کیے بغیر نکلیں؟

## ہوم اور اطلاعات

home-greeting = سلام { $name }!
home-overdue = دیر ہو گئی
home-today = آج
home-this-week = اگلے 7 دن
home-follow-up = { $employer } کی طرف سے { $days ->
    [one] { $days } دن
   *[other] { $days } دن
} سے کوئی خبر نہیں۔ پوچھیں؟
home-document-expires = { $document } کی مدت { $days ->
    [one] { $days } دن
   *[other] { $days } دن
} میں ختم ہو گی۔
home-document-expired = { $document } کی مدت ختم ہو گئی ہے۔
home-permit-renew = رہائشی اجازت نامے کی تجدید کی درخواست مدت ختم ہونے سے کم از کم 60 دن پہلے دیں۔
notification-action-due = { $action }: { $employer }
notification-interview = { $employer } کے ساتھ انٹرویو { $time } بجے
notification-meeting = { $tutor } سے ملاقات { $time } بجے
notification-follow-up = { $employer } کی طرف سے کوئی خبر؟
notification-interview-tomorrow = کل: { $employer } کے ساتھ انٹرویو { $time } بجے
notification-meeting-tomorrow = کل: { $tutor } سے ملاقات { $time } بجے
notification-appointment-tomorrow = کل { $time } بجے: { $title }
notification-appointment = { $time } بجے: { $title }
notification-where = جگہ: { $place }
notification-your-note = آپ کا نوٹ: { $note }
notification-tutor-answer = آپ کے رہنما نے آپ کے سوال کا جواب دیا
notification-your-question = آپ کا سوال: { $question }
notification-tap-to-open = تفصیل دیکھنے کے لیے ٹیپ کریں۔
notification-document-renew = نیا کاغذ وقت پر مانگیں۔ اپنے کاغذات دیکھنے کے لیے ٹیپ کریں۔
notification-lesson = اپنے سبق کے لیے پانچ منٹ؟
notification-lesson-body = جہاں رکے تھے وہیں سے جاری رکھیں: ہر قدم اہم ہے۔
notification-permit-expiring = آپ کا رہائشی اجازت نامہ { $days ->
    [one] { $days } دن
   *[other] { $days } دن
} میں ختم ہو گا۔

## خالی صفحات

empty-applications = ابھی کوئی درخواست نہیں۔ پہلی ملازمت شامل کریں جس کے لیے آپ درخواست دینا چاہتے ہیں۔
empty-agenda = کچھ طے نہیں۔ شاباش!
empty-search = کچھ نہیں ملا۔ دوسرے الفاظ آزمائیں۔
empty-favourites = ابھی کوئی پسندیدہ نہیں۔ کسی خدمت کا ستارہ دبائیں تاکہ وہ یہاں رہے۔
empty-services-nearby = آپ کے قریب کوئی خدمت نہیں ملی۔ زیادہ فاصلہ یا کم فلٹر آزمائیں۔
empty-meetings = ابھی رہنما سے کوئی ملاقات نہیں۔
empty-lessons = اس فون پر ابھی کوئی سبق نہیں۔ ڈاؤن لوڈ کرنے کے لیے انٹرنیٹ سے جڑیں۔
empty-offline = آپ آف لائن ہیں۔ اس فون پر سب کچھ کام کرتا ہے۔

## ڈائری

diary-title = میری ملازمت کی تلاش
application-new = نئی درخواست
application-edit = درخواست میں ترمیم
field-employer = آجر
field-position = کام
field-city = شہر
field-source = کہاں ملا
field-source-detail = کون سی ویب سائٹ، ایجنسی یا شخص
field-contract = معاہدے کی قسم
field-contact-name = رابطہ شخص
field-contact-phone = فون
field-contact-email = ای میل
field-job-url = ملازمت کے اشتہار کا لنک
field-notes = نوٹس
field-date = تاریخ
field-time = وقت
field-due-date = کب تک
stage-change = مرحلہ بدلیں
stage-changed = «{ $stage }» میں منتقل کر دیا گیا۔
timeline-title = ریکارڈ
interview-add = انٹرویو شامل کریں
interview-round = انٹرویو { $round }
interview-place = پتہ
interview-link = ویڈیو لنک یا فون نمبر
action-add = یاد دہانی شامل کریں
action-done = ہو گیا
documents-title = میرے کاغذات
document-expires-on = { $date } تک کارآمد
document-recognition = اٹلی میں تسلیم
meetings-title = رہنما سے ملاقاتیں
meeting-add = نئی ملاقات
meeting-tutor = رہنما
meeting-topics = ہم نے کس بارے میں بات کی
meeting-agreed-actions = ہم نے کیا کرنے کا طے کیا
stats-title = میری پیش رفت
stats-applications-week = { $count ->
    [one] اس ہفتے { $count } درخواست
   *[other] اس ہفتے { $count } درخواستیں
}
stats-answers = { $count ->
    [one] { $count } جواب
   *[other] { $count } جوابات
}
stats-interviews = { $count ->
    [one] { $count } انٹرویو
   *[other] { $count } انٹرویوز
}
stats-hires = { $count ->
    [one] { $count } ملازمت ملی
   *[other] { $count } ملازمتیں ملیں
}
diary-search-placeholder = میری ملازمت کی تلاش میں ڈھونڈیں
profile-title = میری پروفائل
profile-languages = جو زبانیں مجھے آتی ہیں
profile-mother-tongue = مادری زبان
profile-experience = کام کا تجربہ
profile-education = تعلیم اور تربیت
profile-skills = مجھے کیا کرنا آتا ہے
profile-certificates = لائسنس اور سرٹیفکیٹ
profile-availability = کام کے لیے میرا وقت اور جگہ
cv-export = میری سی وی بنائیں
cv-language = سی وی کی زبان
cv-side-by-side = پروفائل دو زبانوں میں دکھائیں

## خدمات کا نقشہ

services-title = میرے قریب خدمات
services-search-placeholder = خدمات تلاش کریں
services-list = فہرست
services-map = نقشہ
service-open = کھلا
service-open-until = { $time } تک کھلا
service-closed = بند
service-opens-at = { $day } { $time } بجے کھلے گا
service-opens-today-at = آج { $time } بجے کھلے گا
service-by-appointment = وقت لے کر
service-hours-unknown = اوقات معلوم نہیں
service-distance-m = { $distance } میٹر
service-distance-km = { $distance } کلومیٹر
service-shown-in = { $language } میں دکھایا گیا، { $wanted } میں دستیاب نہیں۔
service-translation-machine = مشینی ترجمہ: غلطیاں ہو سکتی ہیں۔
service-translation-outdated = یہ ترجمہ پرانا ہو سکتا ہے۔
service-last-verified = { $date } کو جانچا گیا
service-no-map-position = نقشے پر نہیں ہے: اس کی درست جگہ معلوم نہیں۔ پتہ یا رابطے کی معلومات استعمال کریں۔
service-attribution = ماخذ: { $attribution }
service-languages-spoken = یہاں بولی جانے والی زبانیں
service-free = مفت
service-paid = مفت نہیں
service-wheelchair = وہیل چیئر کے لیے قابل رسائی
service-favourite-add = پسندیدہ میں شامل کریں
service-favourite-remove = پسندیدہ سے ہٹائیں
service-recent = حال ہی میں دیکھے گئے
service-report = غلط معلومات کی اطلاع دیں
report-kind-closed_for_good = ہمیشہ کے لیے بند ہو گیا
report-kind-wrong_hours = اوقات غلط ہیں
report-kind-wrong_address = پتہ غلط ہے
report-kind-wrong_phone = فون نمبر غلط ہے
report-kind-other = کچھ اور
report-comment = کیا غلط ہے؟
report-pending = بھیجنے کے انتظار میں
report-sent = بھیج دیا گیا۔ شکریہ!
filter-open-now = ابھی کھلے
filter-free-only = صرف مفت
filter-language-spoken = میری زبان بولتے ہیں
filter-for-whom = کس کے لیے
filter-distance = فاصلہ
audience-everyone = سب کے لیے
audience-asylum_seekers = پناہ کے درخواست گزار
audience-refugees = پناہ گزین
audience-women = خواتین
audience-minors = نابالغ
category-work = کام اور روزگار مراکز
category-job_orientation = رہنمائی اور تربیت
category-italian_courses = اطالوی زبان کے کورس
category-legal_aid = قانونی مدد اور کاغذات
category-health = صحت
category-mental_health = ذہنی صحت
category-housing = رہائش اور پناہ
category-food = خوراک اور بنیادی ضروریات
category-education = تعلیم اور ڈگری کی تسلیم
category-digital_help = ڈیجیٹل مدد اور مفت انٹرنیٹ
category-womens_support = خواتین کی مدد
category-children_families = بچے اور خاندان
category-transport = ٹرانسپورٹ
category-banking = بینک اور پیسہ
contact-phone = فون
contact-whatsapp = WhatsApp
contact-email = ای میل
contact-web = ویب سائٹ
contact-walk_in = بغیر وقت لیے

## اسباق

lessons-title = اسباق
lesson-start = شروع کریں
lesson-resume = جاری رکھیں
lesson-step = { $total } میں سے مرحلہ { $current }
lesson-minutes = { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
}
lesson-level-beginner = ابتدائی
lesson-level-intermediate = درمیانی
lesson-level-advanced = اعلیٰ
lesson-try-on-phone = اپنے فون پر آزمائیں
lesson-check = جانچیں
lesson-correct = درست!
lesson-wrong = پوری طرح نہیں۔
lesson-hint = اشارہ
lesson-try-again = دوبارہ کوشش کریں
lesson-listen = سنیں
lesson-glossary = اس کا مطلب کیا ہے؟
lesson-completed = سبق مکمل
lesson-mastered = آپ نے یہ سبق سیکھ لیا!
lesson-locked = پہلے «{ $lesson }» مکمل کریں۔
lesson-progress = { $total } میں سے { $done } اسباق مکمل
quiz-choose-one = ایک جواب چنیں۔
quiz-choose-many = تمام درست جوابات چنیں۔
quiz-true = درست
quiz-false = غلط
quiz-order = مراحل کو ترتیب دیں۔
quiz-match = جوڑے ملائیں۔
quiz-picture = درست تصویر چنیں۔
lesson-mastery-all-correct = یہ سبق سیکھنے کے لیے ہر سوال کا درست جواب دیں۔
lesson-mastery-m-of-n = یہ سبق سیکھنے کے لیے آخری { $total } جوابات میں سے { $count } درست ہونے چاہییں۔
lesson-mastery-streak = یہ سبق سیکھنے کے لیے لگاتار { $count } درست جواب دیں۔
quiz-missing = پوری طرح نہیں: { $count ->
    [one] ایک درست جواب رہ گیا ہے۔
   *[other] { $count } درست جوابات رہ گئے ہیں۔
}
quiz-order-wrong = پوری طرح نہیں: { $count ->
    [one] ایک مرحلہ اپنی جگہ پر نہیں ہے۔
   *[other] { $count } مراحل اپنی جگہ پر نہیں ہیں۔
}
quiz-pairs-wrong = پوری طرح نہیں: { $count ->
    [one] ایک جوڑا درست نہیں ملا۔
   *[other] { $count } جوڑے درست نہیں ملے۔
}
certificate-title = سرٹیفکیٹ
certificate-body = { $name } نے کورس «{ $course }» { $date } کو مکمل کیا۔

## ہم آہنگی، رابطہ اور رازداری

sync-now = ابھی ہم آہنگ کریں
sync-last = آخری ہم آہنگی { $when }
sync-never = کبھی ہم آہنگ نہیں ہوا
sync-pending = { $count ->
    [one] { $count } تبدیلی بھیجنے کے انتظار میں
   *[other] { $count } تبدیلیاں بھیجنے کے انتظار میں
}
sync-offline = کنکشن نہیں۔ آپ کی تبدیلیاں فون پر محفوظ ہیں اور بعد میں بھیجی جائیں گی۔
sync-failed = ہم آہنگی نہیں ہو سکی۔ یہ خود دوبارہ کوشش کرے گی۔
pair-title = اپنے رہنما سے جڑیں
pair-enter-code = وہ کوڈ لکھیں جو رہنما نے آپ کو دیا
pair-done = { $organisation } سے جڑ گئے۔
share-title = رہنما سے کیا شیئر ہوتا ہے
share-diary = میری ملازمت کی تلاش
share-progress = میرے اسباق
share-reports = خدمات کے بارے میں میری اطلاعات
share-stats = گمنام اعداد و شمار
unpair = رہنما سے رابطہ ختم کریں
delete-my-data = میرا ڈیٹا حذف کریں
delete-my-data-confirm = یہ آپ کا ڈیٹا اس فون اور سرور دونوں سے حذف کر دے گا۔ واپس نہیں ہو سکتا۔
settings-language = زبان
settings-text-size = عبارت کا سائز
settings-about = Ponte کے بارے میں

# Sync with the coordinator
error-already-paired = یہ فون پہلے سے ایک رہنما سے جڑا ہے۔ پہلے اسے الگ کریں۔
error-sync-offline = کنکشن نہیں ہے۔ آپ کی تبدیلیاں فون پر محفوظ ہیں اور بعد میں بھیجی جائیں گی۔
error-sync-not-paired = یہ فون ابھی کسی رہنما سے نہیں جڑا۔
error-sync-bad-code = یہ کوڈ کام نہیں کر رہا: شاید غلط، استعمال شدہ یا ختم ہو چکا ہے۔ اپنے رہنما سے نیا کوڈ مانگیں۔
error-sync-busy = اپ ڈیٹ پہلے سے جاری ہے۔ تھوڑا انتظار کریں۔
error-sync-cancelled = اپ ڈیٹ روک دی گئی۔
error-sync-unpaired = آپ کی تنظیم نے یہ فون الگ کر دیا ہے۔ اپنے رہنما سے نیا کوڈ مانگیں۔
error-sync-refused = سرور نے اپ ڈیٹ قبول نہیں کی۔ آپ کا ڈیٹا محفوظ ہے؛ اپنے رہنما کو بتائیں۔
error-sync-server = سرور میں مسئلہ ہے۔ Ponte بعد میں دوبارہ کوشش کرے گا۔
error-sync-bad-answer = سرور کا جواب پڑھا نہیں جا سکا۔ Ponte بعد میں دوبارہ کوشش کرے گا۔
error-sync-update-required = Ponte کا یہ ورژن آپ کی تنظیم کے ساتھ اپ ڈیٹ ہونے کے لیے بہت پرانا ہے۔ ایپ اسٹور سے Ponte اپ ڈیٹ کریں؛ آپ کا ڈیٹا فون پر ہی رہتا ہے۔
error-sync-too-many-attempts = اس نیٹ ورک سے بہت زیادہ غلط کوڈ آزمائے گئے ہیں۔ 15 منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔

## وہ خانے جن کا نام اندراج کی غلطیوں میں آتا ہے («آجر: یہ خانہ ضروری ہے»): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = آجر
field-application-position = کام
field-application-source-detail = کون سی ویب سائٹ، ایجنسی یا شخص
field-application-city = شہر
field-application-contact-name = رابطہ شخص
field-application-contact-phone = رابطہ شخص کا فون
field-application-contact-email = رابطہ شخص کی ای میل
field-application-job-url = ملازمت کے اشتہار کا لنک
field-application-notes = نوٹس
field-application-stage = مرحلہ
field-application-at = تاریخ
field-application-stage-note = نوٹ
field-interview-at = انٹرویو کی تاریخ اور وقت
field-interview-place = انٹرویو کا پتہ
field-interview-link = ویڈیو کال کا لنک
field-interview-notes = انٹرویو کے نوٹس
field-action-note = کیا کرنا ہے
field-action-due-at = کب تک
field-document-permit-type = اجازت نامے کی قسم
field-document-title = کاغذ کا نام
field-document-expires-on = مدت ختم ہونے کی تاریخ
field-document-notes = نوٹس
field-meeting-at = ملاقات کی تاریخ اور وقت
field-meeting-tutor = رہنما
field-meeting-topics = موضوعات
field-meeting-notes = نوٹس
field-meeting-agreed-action = ہم نے کیا کرنے کا طے کیا
field-personal-full-name = پورا نام
field-personal-email = ای میل
field-personal-phone = فون
field-personal-city = شہر
field-personal-summary = میرے بارے میں
field-availability-hours-per-week = ہفتے میں گھنٹے
field-availability-shifts = اوقات
field-availability-max-travel-km = کام تک زیادہ سے زیادہ فاصلہ
field-availability-available-from = کب سے دستیاب
field-language-language = زبان
field-experience-role = کام
field-experience-employer = آجر
field-experience-sector = شعبہ
field-experience-country = ملک
field-experience-city = شہر
field-experience-start-month = آغاز
field-experience-end-month = اختتام
field-experience-tasks = ذمہ داریاں
field-education-title = ڈگری یا سند
field-education-institution = اسکول یا یونیورسٹی
field-education-eqf-level = سطح (EQF)
field-education-country = ملک
field-education-start-year = آغاز کا سال
field-education-end-year = اختتام کا سال
field-skill-text = مہارت
field-skill-esco-uri = ESCO لنک
field-certificate-name = لائسنس یا سرٹیفکیٹ
field-certificate-issuer = کس نے جاری کیا
field-certificate-issued-on = جاری ہونے کی تاریخ
field-certificate-expires-on = مدت ختم ہونے کی تاریخ
field-report-comment = کیا غلط ہے
field-question-text = آپ کا سوال
field-pairing-server = سرور کا پتہ
field-pairing-code = رابطے کا کوڈ
field-lesson-answer = جواب
field-lesson-step = مرحلہ
field-lesson-name = سرٹیفکیٹ پر نام
field-query-now = تاریخ اور وقت
field-query-time-zone = ٹائم زون
field-query-lat = عرض بلد
field-query-lon = طول بلد
field-query-radius-m = فاصلہ
field-query-cursor = صفحہ
field-query-limit = ہر صفحے پر کتنے
field-store-key = کلید
field-store-path = ڈائری کی فائل
field-store-trusted-keys = قابلِ اعتماد دستخطی کلیدیں
field-navigation-link = لنک

## ایپ کا بنیادی حصہ: اسکرینیں اور پہلی بار شروع کرنا
nav-guides = گائیڈز
nav-tutor = میرا رہنما
app-screen-not-built = یہ اسکرین ابھی تیار نہیں۔ آپ نے جو کچھ محفوظ کیا ہے، وہ سب سلامت ہے۔
home-sync-not-paired = آپ کی ڈائری اسی فون پر رہتی ہے۔ اسے شیئر کرنے کے لیے کسی رہنما سے جڑیں۔
first-run-ui-language = اپنی زبان چنیں
first-run-content-language = آپ خدمات اور اسباق کس زبان میں پڑھنا چاہتے ہیں؟
first-run-same-language = وہی زبان
first-run-install = تیاری ہو رہی ہے
first-run-installing = خدمات اور اسباق آپ کے فون پر رکھے جا رہے ہیں۔ انٹرنیٹ کی ضرورت نہیں۔
first-run-install-missing = ایپ کی فائلیں پڑھی نہیں جا سکیں۔ آپ دوبارہ کوشش کر سکتے ہیں یا آگے بڑھ سکتے ہیں: آپ کی ڈائری ان کے بغیر بھی کام کرتی ہے۔
first-run-city = آپ کا شہر
first-run-city-services = { $count ->
    [one] { $count } خدمت
   *[other] { $count } خدمات
}
first-run-privacy = آپ کا ڈیٹا
first-run-privacy-phone = آپ جو کچھ لکھتے ہیں وہ اسی فون پر رہتا ہے، ایک ایسی کلید سے بند جو صرف اسی فون کے پاس ہے۔
first-run-privacy-shared = کچھ بھی شیئر نہیں ہوتا، جب تک آپ کسی رہنما سے نہ جڑیں اور خود نہ چنیں کہ کیا شیئر کرنا ہے۔ آپ کسی بھی وقت شیئر کرنا بند کر سکتے ہیں۔
first-run-privacy-erase = آپ کسی بھی وقت ترتیبات میں جا کر سب کچھ مٹا سکتے ہیں۔
first-run-privacy-accept = مجھے سمجھ آ گئی
first-run-pairing = رہنما سے جڑیں
first-run-pairing-explain = اگر کوئی تنظیم آپ کی مدد کر رہی ہے تو آپ کا رہنما آپ کو ایک کوڈ دے سکتا ہے۔ آپ یہ بعد میں بھی کر سکتے ہیں۔
first-run-pairing-scan = کوڈ اسکین کریں
first-run-pairing-type = کوڈ لکھیں
first-run-pairing-skip = ابھی نہیں
field-settings-ui-language = ایپ کی زبان
field-settings-content-language = خدمات اور اسباق کی زبان
field-settings-city = شہر
field-notifications-quiet-hours = خاموشی کے اوقات

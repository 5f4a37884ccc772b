# Ponte — د انټرفیس متنونه، پښتو.
# Review: machine

## د غوښتنلیک پړاوونه

stage-saved = خوندي شوی
stage-applied = لیږل شوی
stage-interview = مرکه
stage-offer = د کار وړاندیز
stage-hired = استخدام شو
stage-offer_declined = وړاندیز رد شو
stage-rejected = ونه منل شو
stage-withdrawn = بیرته واخیستل شو
stage-expired = موده یې تېره شوه
stage-no_answer = ځواب نشته

## کار مې چېرته وموند

source-job_portal = د کار ویب پاڼه
source-employment_centre = د کارموندنې مرکز
source-agency = د کار اداره
source-tutor_suggestion = زما د لارښود وړاندیز
source-word_of_mouth = د پېژندګلو له لارې
source-walk_in = پخپله ورغلم
source-other = نور

## د تړون ډولونه

contract-fixed_term = لنډمهاله
contract-permanent = دایمي
contract-apprenticeship = د کار زده کړه (apprendistato)
contract-internship = عملي دوره (tirocinio)
contract-seasonal = موسمي
contract-other = نور

## مرکې او کارونه

interview-format-in_person = مخامخ
interview-format-phone = په ټیلیفون
interview-format-video = ویډیو زنګ
action-call_back = بیا زنګ وهل
action-send_documents = اسناد لیږل
action-prepare_interview = مرکې ته چمتو کېدل
action-follow_up = د خبر پوښتنه
action-other = نور

## اسناد

document-residence_permit = د اوسېدو اجازه (permesso di soggiorno)
document-codice_fiscale = د مالیې کوډ (codice fiscale)
document-identity_card = پېژندپاڼه
document-health_card = روغتیايي کارت (tessera sanitaria)
document-spid = ډیجیټل هویت SPID
document-cv = سوانح (CV)
document-diploma = سند یا ډیپلوم
document-driving_licence = د موټر چلولو جواز
document-haccp = د خوړو د خوندیتوب سند HACCP
document-safety_training = د کار د خوندیتوب د روزنې سند
document-other = بل سند
document-status-missing = باید واخلم
document-status-in_progress = په جریان کې
document-status-have = لرم یې
permit-asylum_request = د پناه غوښتنه
permit-refugee = د کډوال حیثیت
permit-subsidiary_protection = فرعي ساتنه
permit-special_protection = ځانګړې ساتنه
permit-work = کار
permit-family = کورني دلایل
permit-study = زده کړه
permit-eu_long_term = په اروپايي اتحادیه کې اوږدمهاله اوسېدنه
permit-other = نور
recognition-unknown = نه پوهېږم
recognition-not_needed = اړتیا نشته
recognition-not_started = لا نه دی غوښتل شوی
recognition-in_progress = د منلو په حال کې
recognition-recognised = په ایټالیا کې منل شوی
recognition-refused = نه دی منل شوی

## چمتووالی

transport-none = خپل ترانسپورټ نه لرم
transport-public = عامه ترانسپورټ
transport-bicycle = بایسکل
transport-moped = کوچنی موټرسایکل
transport-car = موټر
shift-morning = سهار
shift-afternoon = غرمه وروسته
shift-evening = ماښام
shift-night = شپه
shift-weekend = د اونۍ پای

## سوانح

cv-title = سوانح (CV)
cv-personal = شخصي معلومات
cv-email = برېښنالیک
cv-phone = ټیلیفون
cv-city = د اوسېدو ځای
cv-about = زما په اړه
cv-experience = د کار تجربه
cv-present = تر اوسه
cv-sector = برخه: { $sector }
cv-education = زده کړه او روزنه
cv-eqf-level = د اروپايي وړتیا چوکاټ کچه { $level }
cv-recognition = په ایټالیا کې منل: { $status }
cv-languages = د ژبې مهارتونه
cv-mother-tongues = مورنۍ ژبه
cv-other-languages = نورې ژبې
cv-listening = اورېدل
cv-reading = لوستل
cv-spoken-interaction = خبرې اترې
cv-spoken-production = ویل
cv-writing = لیکل
cv-cefr-note = کچې: A1 او A2 لومړنۍ، B1 او B2 خپلواکه، C1 او C2 پرمختللې (د ژبو لپاره ګډ اروپايي چوکاټ).
cv-skills = مهارتونه
cv-certificates = جوازونه او سندونه
cv-issued = په { $date } صادر شوی
cv-expires = تر { $date } پورې اعتبار لري
cv-availability = چمتووالی
cv-hours-per-week = { $hours ->
    [one] په اونۍ کې { $hours } ساعت
   *[other] په اونۍ کې { $hours } ساعته
}
cv-shifts = وختونه: { $shifts }
cv-travel = تر { $km } کیلومتره تللی شي
cv-transport = ترانسپورټ: { $transport }
cv-available-from = له { $date } څخه چمتو
cv-empty = دلته لا څه نه دي لیکل شوي.

## د ژبو نومونه

language-ar = عربي
language-bn = بنګالي
language-en = انګلیسي
language-es = هسپانوي
language-fa = فارسي
language-ff = فولا
language-fr = فرانسوي
language-ha = هوسا
language-it = ایټالوي
language-ku = کوردي
language-ps = پښتو
language-pa = پنجابي
language-ru = روسي
language-so = سومالي
language-sq = البانوي
language-ti = تیګرینیا
language-tr = ترکي
language-uk = اوکرایني
language-ur = اردو
language-wo = وولوف
language-zh = چینايي

## تېروتنې

error-wrong-key = دا کتابچه په دې ټیلیفون کې د ساتل شوې کیلي سره نه خلاصېږي.
error-damaged = د کتابچې فایل خراب دی. همداسې پرېښودل شو.
error-no-database = دلته لا هېڅ کتابچه نشته. تاسو کولای شئ یوه نوې کتابچه پیل کړئ.
error-closed = کتابچه تړل شوې ده. د دوام لپاره یې بیا خلاصه کړئ.
error-not-found = دا توکی نور شتون نه لري.
error-storage-full = د ټیلیفون حافظه ډکه ده. لږ ځای خالي کړئ او بیا هڅه وکړئ: هېڅ خوندي نه شو.
error-other = یوه ستونزه پېښه شوه. بیا هڅه وکړئ.
error-invalid-required = دا برخه اړینه ده.
error-invalid-too-long = دا متن ډېر اوږد دی.
error-invalid-bad-date = دا نېټه سمه نه ده.
error-invalid-out-of-range = دا ارزښت نه منل کېږي.
error-invalid-same-stage = غوښتنلیک دمخه په دې پړاو کې دی.
error-invalid-before-current-stage = دا نېټه له اوسني پړاو څخه مخکې ده.
error-invalid-end-before-start = پای له پیل څخه مخکې دی.
error-invalid-bad-key-length = کیلي باید ۳۲ بایټه وي.
error-bad-content = یوه منځپانګه سمه نه ده.
error-invalid-comment-required = مهرباني وکړئ ولیکئ څه غلط دي.
error-invalid-bad-answer = دا ځواب له پوښتنې سره سمون نه لري.
error-invalid-not-secure = دا پته خوندي نه ده: باید په https:// پیل شي. وې ګورئ، یا د خپل لارښود QR کوډ سکین کړئ.
error-pack-damaged = د درسونو دا بسته نه لوستل کېږي: کېدای شي په بشپړه توګه ډاونلوډ یا کاپي شوې نه وي. بیا یې ډاونلوډ کړئ.
error-pack-tampered = د درسونو دا بسته د سازمان له چمتو کولو وروسته بدله شوې ده. مه یې کاروئ: بیا یې مستقیم له سازمان څخه واخلئ.
error-pack-untrusted = د درسونو دا بسته د داسې سازمان نه ده چې دا اپ یې پېژني. نصب نه شوه.
error-pack-older = په دې ټیلیفون کې لا دمخه نوي درسونه شته. څه کولو ته اړتیا نشته.
error-course-not-mastered = لومړی د کورس ټول درسونه بشپړ کړئ.
error-lesson-not-finished = لومړی د درس ټول ګامونه بشپړ کړئ.

## لارښوونه او تڼۍ

nav-home = کور
nav-diary = زما د کار لټون
nav-services = خدمتونه
nav-map = نقشه
nav-lessons = درسونه
nav-profile = زما پروفایل
nav-settings = تنظیمات
button-save = خوندي کول
button-cancel = لغوه
button-delete = ړنګول
button-edit = سمول
button-add = زیاتول
button-done = بشپړ
button-back = شاته
button-next = بل
button-retry = بیا هڅه
button-share = شریکول
button-call = زنګ
button-directions = لاره
button-close = بندول
button-search = لټون
button-filter = فلټرونه
button-clear = پاکول
button-undo = بیرته ګرځول
saved = خوندي شو.
deleted = ړنګ شو.
confirm-delete-title = ړنګ یې کړم؟
confirm-delete-application = { $employer } ته غوښتنلیک ړنګ شي؟ د هغه تاریخچه، مرکې او یادونې به هم ړنګې شي.
confirm-discard-changes = له خوندي کولو پرته وتل؟

## کور پاڼه او خبرتیاوې

home-greeting = سلام { $name }!
home-overdue = ځنډول شوي
home-today = نن
home-this-week = راتلونکې ۷ ورځې
home-follow-up = له { $employer } څخه { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځې
} کېږي چې خبر نشته. پوښتنه وکړئ؟
home-document-expires = { $document } به په { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځو
} کې پای ته ورسېږي.
home-document-expired = د { $document } موده پای ته رسېدلې.
home-permit-renew = د اوسېدو اجازې د نوي کولو غوښتنه لږ تر لږه ۶۰ ورځې مخکې وکړئ.
notification-action-due = { $action }: { $employer }
notification-interview = له { $employer } سره مرکه په { $time } بجو
notification-meeting = له { $tutor } سره لیدنه په { $time } بجو
notification-follow-up = له { $employer } څخه کوم خبر شته؟
notification-interview-tomorrow = سبا: له { $employer } سره مرکه په { $time } بجو
notification-meeting-tomorrow = سبا: له { $tutor } سره لیدنه په { $time } بجو
notification-appointment-tomorrow = سبا په { $time } بجو: { $title }
notification-appointment = په { $time } بجو: { $title }
notification-where = ځای: { $place }
notification-your-note = ستاسو یادښت: { $note }
notification-tutor-answer = ستاسو لارښود ستاسو پوښتنې ته ځواب ورکړ
notification-your-question = ستاسو پوښتنه: { $question }
notification-tap-to-open = د جزییاتو د لیدو لپاره ټک وکړئ.
notification-document-renew = نوی سند په وخت وغواړئ. د خپلو اسنادو د لیدو لپاره ټک وکړئ.
notification-lesson = د خپل درس لپاره پنځه دقیقې؟
notification-lesson-body = له هماغه ځایه دوام ورکړئ چې درېدلي وئ: هر ګام ارزښت لري.
notification-permit-expiring = ستاسو د اوسېدو اجازه به په { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځو
} کې پای ته ورسېږي.

## خالي پاڼې

empty-applications = لا هېڅ غوښتنلیک نشته. لومړی کار ورزیات کړئ چې غواړئ ورته غوښتنه وکړئ.
empty-agenda = هېڅ پلان نشته. ښه دی!
empty-search = هېڅ ونه موندل شو. نور ټکي وازمایئ.
empty-favourites = لا هېڅ خوښ نشته. د یو خدمت ستوری کېکاږئ چې دلته پاتې شي.
empty-services-nearby = ستاسو نږدې خدمت ونه موندل شو. لوی واټن یا لږ فلټرونه وازمایئ.
empty-meetings = لا له لارښود سره لیدنه نه ده شوې.
empty-lessons = په دې ټیلیفون کې لا درسونه نشته. د ښکته کولو لپاره انټرنیټ ته وصل شئ.
empty-offline = تاسو آفلاین یاست. په دې ټیلیفون کې هر څه کار کوي.

## کتابچه

diary-title = زما د کار لټون
application-new = نوی غوښتنلیک
application-edit = غوښتنلیک سمول
field-employer = کارګمارونکی
field-position = کار
field-city = ښار
field-source = چېرته مې وموند
field-source-detail = کومه ویب پاڼه، اداره یا کس
field-contract = د تړون ډول
field-contact-name = د اړیکې کس
field-contact-phone = ټیلیفون
field-contact-email = برېښنالیک
field-job-url = د کار اعلان لینک
field-notes = یادښتونه
field-date = نېټه
field-time = وخت
field-due-date = تر کومې نېټې
stage-change = پړاو بدلول
stage-changed = «{ $stage }» ته ولېږدول شو.
timeline-title = تاریخچه
interview-add = مرکه زیاتول
interview-round = مرکه { $round }
interview-place = پته
interview-link = د ویډیو لینک یا د ټیلیفون شمېره
action-add = یادونه زیاتول
action-done = شو
documents-title = زما اسناد
document-expires-on = تر { $date } پورې اعتبار لري
document-recognition = په ایټالیا کې منل
meetings-title = له لارښود سره لیدنې
meeting-add = نوې لیدنه
meeting-tutor = لارښود
meeting-topics = څه مو خبرې وکړې
meeting-agreed-actions = څه مو پرېکړه وکړه
stats-title = زما پرمختګ
stats-applications-week = { $count ->
    [one] دا اونۍ { $count } غوښتنلیک
   *[other] دا اونۍ { $count } غوښتنلیکونه
}
stats-answers = { $count ->
    [one] { $count } ځواب
   *[other] { $count } ځوابونه
}
stats-interviews = { $count ->
    [one] { $count } مرکه
   *[other] { $count } مرکې
}
stats-hires = { $count ->
    [one] { $count } کار وموندل شو
   *[other] { $count } کارونه وموندل شول
}
diary-search-placeholder = زما د کار په لټون کې لټون
profile-title = زما پروفایل
profile-languages = هغه ژبې چې پرې خبرې کوم
profile-mother-tongue = مورنۍ ژبه
profile-experience = د کار تجربه
profile-education = زده کړه او روزنه
profile-skills = څه کولی شم
profile-certificates = جوازونه او سندونه
profile-availability = کله او چېرته کار کولی شم
cv-export = زما سوانح جوړول
cv-language = د سوانحو ژبه
cv-side-by-side = پروفایل په دوو ژبو ښودل

## د خدمتونو نقشه

services-title = زما نږدې خدمتونه
services-search-placeholder = خدمتونه لټول
services-list = لړلیک
services-map = نقشه
service-open = پرانیستی
service-open-until = تر { $time } پورې پرانیستی
service-closed = بند
service-opens-at = { $day } په { $time } بجو پرانیستل کېږي
service-opens-today-at = نن په { $time } بجو پرانیستل کېږي
service-by-appointment = د وخت په اخیستلو
service-hours-unknown = د کار وختونه نه دي معلوم
service-distance-m = { $distance } متره
service-distance-km = { $distance } کیلومتره
service-shown-in = په { $language } کې ښودل شوی، په { $wanted } کې نشته.
service-translation-machine = ماشیني ژباړه: کېدای شي تېروتنې ولري.
service-translation-outdated = کېدای شي دا ژباړه زړه وي.
service-last-verified = په { $date } وکتل شو
service-no-map-position = په نقشه کې نشته: دقیق ځای یې نه دی معلوم. پته یا د اړیکې لارې وکاروئ.
service-attribution = سرچینه: { $attribution }
service-languages-spoken = دلته ویل کېدونکې ژبې
service-free = وړیا
service-paid = وړیا نه دی
service-wheelchair = د ویلچېر لپاره مناسب
service-favourite-add = خوښو ته زیاتول
service-favourite-remove = له خوښو لرې کول
service-recent = وروستي لیدل شوي
service-report = د غلطو معلوماتو راپور
report-kind-closed_for_good = د تل لپاره بند شوی
report-kind-wrong_hours = د کار وختونه غلط دي
report-kind-wrong_address = پته غلطه ده
report-kind-wrong_phone = د ټیلیفون شمېره غلطه ده
report-kind-other = بل څه
report-comment = څه غلط دي؟
report-pending = د لېږلو په تمه
report-sent = ولېږل شو. مننه!
filter-open-now = اوس پرانیستی
filter-free-only = یوازې وړیا
filter-language-spoken = زما په ژبه خبرې کوي
filter-for-whom = د چا لپاره
filter-distance = واټن
audience-everyone = ټول
audience-asylum_seekers = پناه غوښتونکي
audience-refugees = کډوال
audience-women = ښځې
audience-minors = کم عمره
category-work = کار او د کارموندنې مرکزونه
category-job_orientation = لارښوونه او روزنه
category-italian_courses = د ایټالوي ژبې کورسونه
category-legal_aid = حقوقي مرسته او اسناد
category-health = روغتیا
category-mental_health = رواني روغتیا
category-housing = استوګنه او سرپناه
category-food = خواړه او اساسي اړتیاوې
category-education = زده کړه او د سندونو منل
category-digital_help = ډیجیټل مرسته او وړیا انټرنیټ
category-womens_support = د ښځو ملاتړ
category-children_families = ماشومان او کورنۍ
category-transport = ترانسپورټ
category-banking = بانک او پیسې
contact-phone = ټیلیفون
contact-whatsapp = WhatsApp
contact-email = برېښنالیک
contact-web = ویب پاڼه
contact-walk_in = له وخت اخیستلو پرته

## درسونه

lessons-title = درسونه
lesson-start = پیل
lesson-resume = دوام
lesson-step = ګام { $current } له { $total } څخه
lesson-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقې
}
lesson-level-beginner = پیل کوونکی
lesson-level-intermediate = منځنی
lesson-level-advanced = پرمختللی
lesson-try-on-phone = په خپل ټیلیفون یې وازمایئ
lesson-check = کتل
lesson-correct = سم دی!
lesson-wrong = بشپړ سم نه دی.
lesson-hint = اشاره
lesson-try-again = بیا هڅه
lesson-listen = واورئ
lesson-glossary = مانا یې څه ده؟
lesson-completed = درس بشپړ شو
lesson-mastered = تاسو دا درس زده کړ!
lesson-locked = لومړی «{ $lesson }» بشپړ کړئ.
lesson-progress = له { $total } درسونو څخه { $done } بشپړ شوي
quiz-choose-one = یو ځواب وټاکئ.
quiz-choose-many = ټول سم ځوابونه وټاکئ.
quiz-true = سم
quiz-false = غلط
quiz-order = ګامونه په ترتیب کېږدئ.
quiz-match = جوړې سره ونښلوئ.
quiz-picture = سم انځور وټاکئ.
lesson-mastery-all-correct = د دې درس د زده کولو لپاره هرې پوښتنې ته سم ځواب ورکړئ.
lesson-mastery-m-of-n = د دې درس د زده کولو لپاره له وروستیو { $total } ځوابونو څخه باید { $count } سم وي.
lesson-mastery-streak = د دې درس د زده کولو لپاره پرله پسې { $count } سم ځوابونه ورکړئ.
quiz-missing = بشپړ سم نه دی: { $count ->
    [one] یو سم ځواب پاتې دی.
   *[other] { $count } سم ځوابونه پاتې دي.
}
quiz-order-wrong = بشپړ سم نه دی: { $count ->
    [one] یو ګام په خپل ځای کې نه دی.
   *[other] { $count } ګامونه په خپل ځای کې نه دي.
}
quiz-pairs-wrong = بشپړ سم نه دی: { $count ->
    [one] یوه جوړه سمه نه ده.
   *[other] { $count } جوړې سمې نه دي.
}
certificate-title = سند
certificate-body = { $name } د «{ $course }» کورس په { $date } بشپړ کړ.

## همغږي، نښلول او محرمیت

sync-now = اوس همغږي کړئ
sync-last = وروستۍ همغږي { $when }
sync-never = هېڅکله همغږي شوې نه ده
sync-pending = { $count ->
    [one] { $count } بدلون د لېږلو په تمه
   *[other] { $count } بدلونونه د لېږلو په تمه
}
sync-offline = اړیکه نشته. ستاسو بدلونونه په ټیلیفون کې خوندي دي او وروسته به ولېږل شي.
sync-failed = همغږي ونه شوه. پخپله به بیا هڅه وکړي.
pair-title = له خپل لارښود سره نښلول
pair-enter-code = هغه کوډ ولیکئ چې لارښود درکړی
pair-done = له { $organisation } سره ونښلول شو.
share-title = څه له لارښود سره شریکوم
share-diary = زما د کار لټون
share-progress = زما درسونه
share-reports = د خدمتونو په اړه زما راپورونه
share-stats = بې نومه شمېرې
unpair = له لارښود څخه جلا کېدل
delete-my-data = زما معلومات ړنګول
delete-my-data-confirm = دا ستاسو معلومات په ټیلیفون او سرور دواړو کې ړنګوي. بېرته نه راګرځي.
settings-language = ژبه
settings-text-size = د متن اندازه
settings-about = د Ponte په اړه

# Sync with the coordinator
error-already-paired = دا ټیلیفون لا دمخه له یو لارښود سره نښلول شوی. لومړی یې بېل کړئ.
error-sync-offline = اړیکه نشته. ستاسو بدلونونه په ټیلیفون کې پاتې کېږي او وروسته لېږل کېږي.
error-sync-not-paired = دا ټیلیفون لا تر اوسه له لارښود سره نه دی نښلول شوی.
error-sync-bad-code = دا کوډ کار نه کوي: کېدای شي غلط، کارول شوی یا پای ته رسېدلی وي. له خپل لارښود نوی کوډ وغواړئ.
error-sync-busy = تازه کول روان دي. لږ انتظار وکړئ.
error-sync-cancelled = تازه کول ودرول شول.
error-sync-unpaired = ستاسو سازمان دا ټیلیفون بېل کړی. له خپل لارښود نوی کوډ وغواړئ.
error-sync-refused = سرور تازه کول ونه منل. ستاسو معلومات خوندي دي؛ خپل لارښود ته ووایاست.
error-sync-server = سرور ستونزه لري. Ponte به وروسته بیا هڅه وکړي.
error-sync-bad-answer = د سرور ځواب ونه لوستل شو. Ponte به وروسته بیا هڅه وکړي.
error-sync-update-required = د Ponte دا نسخه ستاسو د سازمان سره د تازه کولو لپاره ډېره زړه ده. Ponte د اپلیکیشن له پلورنځي تازه کړئ؛ ستاسو معلومات په ټیلیفون کې پاتې کېږي.
error-sync-too-many-attempts = له دې شبکې څخه ډېر غلط کوډونه هڅه شوي. ۱۵ دقیقې انتظار وکړئ، بیا بیا هڅه وکړئ.

## هغه برخې چې د ننوتلو تېروتنې یې نوم اخلي («کارګمارونکی: دا برخه اړینه ده»): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = کارګمارونکی
field-application-position = کار
field-application-source-detail = کومه ویب پاڼه، اداره یا کس
field-application-city = ښار
field-application-contact-name = د اړیکې کس
field-application-contact-phone = د اړیکې کس ټیلیفون
field-application-contact-email = د اړیکې کس برېښنالیک
field-application-job-url = د کار اعلان لینک
field-application-notes = یادښتونه
field-application-stage = پړاو
field-application-at = نېټه
field-application-stage-note = یادښت
field-interview-at = د مرکې نېټه او وخت
field-interview-place = د مرکې پته
field-interview-link = د ویډیو زنګ لینک
field-interview-notes = د مرکې یادښتونه
field-action-note = څه باید وشي
field-action-due-at = تر کومې نېټې
field-document-permit-type = د اوسېدو اجازې ډول
field-document-title = د سند نوم
field-document-expires-on = د مودې د پای نېټه
field-document-notes = یادښتونه
field-meeting-at = د لیدنې نېټه او وخت
field-meeting-tutor = لارښود
field-meeting-topics = موضوعګانې
field-meeting-notes = یادښتونه
field-meeting-agreed-action = څه مو پرېکړه وکړه
field-personal-full-name = بشپړ نوم
field-personal-email = برېښنالیک
field-personal-phone = ټیلیفون
field-personal-city = ښار
field-personal-summary = زما په اړه
field-availability-hours-per-week = په اونۍ کې ساعتونه
field-availability-shifts = وختونه
field-availability-max-travel-km = تر کار پورې تر ټولو ډېر واټن
field-availability-available-from = له کومې نېټې چمتو
field-language-language = ژبه
field-experience-role = کار
field-experience-employer = کارګمارونکی
field-experience-sector = برخه
field-experience-country = هېواد
field-experience-city = ښار
field-experience-start-month = پیل
field-experience-end-month = پای
field-experience-tasks = دندې
field-education-title = سند یا ډیپلوم
field-education-institution = ښوونځی یا پوهنتون
field-education-eqf-level = کچه (EQF)
field-education-country = هېواد
field-education-start-year = د پیل کال
field-education-end-year = د پای کال
field-skill-text = مهارت
field-skill-esco-uri = د ESCO لینک
field-certificate-name = جواز یا سند
field-certificate-issuer = چا صادر کړی
field-certificate-issued-on = د صادرېدو نېټه
field-certificate-expires-on = د مودې د پای نېټه
field-report-comment = څه غلط دي
field-question-text = ستاسو پوښتنه
field-pairing-server = د سرور پته
field-pairing-code = د نښلولو کوډ
field-lesson-answer = ځواب
field-lesson-step = ګام
field-lesson-name = په سند کې نوم
field-query-now = نېټه او وخت
field-query-time-zone = د وخت سیمه
field-query-lat = عرض البلد
field-query-lon = طول البلد
field-query-radius-m = واټن
field-query-cursor = پاڼه
field-query-limit = په هره پاڼه کې څو
field-store-key = کیلي
field-store-path = د کتابچې فایل
field-store-trusted-keys = باوري لاسليک کلي
field-navigation-link = لینک

## د اپ اصلي برخه: پاڼې او لومړی ځل پیلول
nav-guides = لارښوونې
nav-tutor = زما لارښود
app-screen-not-built = دا پاڼه لا تر اوسه چمتو نه ده. هر هغه څه چې مو خوندي کړي، سالم دي.
home-sync-not-paired = ستاسو کتابچه په همدې ټیلیفون کې پاتې کېږي. د شریکولو لپاره له یو لارښود سره ونښلئ.
first-run-ui-language = خپله ژبه وټاکئ
first-run-content-language = په کومه ژبه غواړئ خدمتونه او درسونه ولولئ؟
first-run-same-language = هماغه ژبه
first-run-install = چمتو کېږي
first-run-installing = خدمتونه او درسونه ستاسو ټیلیفون ته اچول کېږي. انټرنیټ ته اړتیا نشته.
first-run-install-missing = د اپ فایلونه ونه لوستل شول. کولای شئ بیا هڅه وکړئ، یا مخکې لاړ شئ: ستاسو کتابچه له دوی پرته هم کار کوي.
first-run-city = ستاسو ښار
first-run-city-services = { $count ->
    [one] { $count } خدمت
   *[other] { $count } خدمتونه
}
first-run-privacy = ستاسو معلومات
first-run-privacy-phone = هر څه چې تاسو لیکئ په همدې ټیلیفون کې پاتې کېږي، په داسې کیلي تړل شوي چې یوازې همدا ټیلیفون یې لري.
first-run-privacy-shared = هېڅ شی نه شریکېږي، مګر دا چې تاسو له لارښود سره ونښلئ او پخپله وټاکئ چې څه شریک کړئ. هر وخت کولای شئ شریکول ودروئ.
first-run-privacy-erase = هر وخت کولای شئ په تنظیماتو کې هر څه ړنګ کړئ.
first-run-privacy-accept = پوه شوم
first-run-pairing = له لارښود سره نښلول
first-run-pairing-explain = که یو سازمان له تاسو سره مرسته کوي، ستاسو لارښود کولای شي تاسو ته یو کوډ درکړي. دا کار وروسته هم کولای شئ.
first-run-pairing-scan = کوډ سکن کړئ
first-run-pairing-type = کوډ ولیکئ
first-run-pairing-skip = اوس نه
field-settings-ui-language = د اپ ژبه
field-settings-content-language = د خدمتونو او درسونو ژبه
field-settings-city = ښار
field-notifications-quiet-hours = د چوپتیا ساعتونه

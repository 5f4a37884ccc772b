# Ponte — متن‌های رابط کاربری، فارسی.
# Review: machine

## مرحله‌های درخواست کار

stage-saved = ذخیره شده
stage-applied = ارسال شده
stage-interview = مصاحبه
stage-offer = پیشنهاد کار
stage-hired = استخدام شد
stage-offer_declined = پیشنهاد رد شد
stage-rejected = پذیرفته نشد
stage-withdrawn = پس گرفته شد
stage-expired = مهلت تمام شد
stage-no_answer = بدون پاسخ

## کار را کجا پیدا کردم

source-job_portal = سایت آگهی کار
source-employment_centre = مرکز کاریابی
source-agency = آژانس کاریابی
source-tutor_suggestion = پیشنهاد مربی‌ام
source-word_of_mouth = از طریق آشنایان
source-walk_in = حضوری رفتم
source-other = دیگر

## نوع قرارداد

contract-fixed_term = موقت
contract-permanent = دائم
contract-apprenticeship = کارآموزی (apprendistato)
contract-internship = دوره کارورزی (tirocinio)
contract-seasonal = فصلی
contract-other = دیگر

## مصاحبه‌ها و کارها

interview-format-in_person = حضوری
interview-format-phone = تلفنی
interview-format-video = تماس تصویری
action-call_back = دوباره تماس بگیرم
action-send_documents = مدارک را بفرستم
action-prepare_interview = برای مصاحبه آماده شوم
action-follow_up = خبر بگیرم
action-other = دیگر

## مدارک

document-residence_permit = اجازه اقامت (permesso di soggiorno)
document-codice_fiscale = کد مالیاتی (codice fiscale)
document-identity_card = کارت شناسایی
document-health_card = کارت بهداشت (tessera sanitaria)
document-spid = هویت دیجیتال SPID
document-cv = رزومه
document-diploma = مدرک تحصیلی
document-driving_licence = گواهینامه رانندگی
document-haccp = گواهی بهداشت مواد غذایی HACCP
document-safety_training = گواهی آموزش ایمنی کار
document-other = مدرک دیگر
document-status-missing = باید بگیرم
document-status-in_progress = در جریان
document-status-have = دارم
permit-asylum_request = درخواست پناهندگی
permit-refugee = وضعیت پناهندگی
permit-subsidiary_protection = حمایت تکمیلی
permit-special_protection = حمایت ویژه
permit-work = کار
permit-family = دلایل خانوادگی
permit-study = تحصیل
permit-eu_long_term = اقامت بلندمدت اتحادیه اروپا
permit-other = دیگر
recognition-unknown = نمی‌دانم
recognition-not_needed = لازم نیست
recognition-not_started = هنوز درخواست نشده
recognition-in_progress = در حال ارزشیابی
recognition-recognised = در ایتالیا به رسمیت شناخته شده
recognition-refused = به رسمیت شناخته نشده

## آمادگی برای کار

transport-none = وسیله نقلیه شخصی ندارم
transport-public = حمل و نقل عمومی
transport-bicycle = دوچرخه
transport-moped = موتور کوچک
transport-car = ماشین
shift-morning = صبح‌ها
shift-afternoon = بعدازظهرها
shift-evening = عصرها
shift-night = شب‌ها
shift-weekend = آخر هفته

## رزومه

cv-title = رزومه
cv-personal = اطلاعات شخصی
cv-email = ایمیل
cv-phone = تلفن
cv-city = محل زندگی
cv-about = درباره من
cv-experience = سابقه کار
cv-present = تاکنون
cv-sector = بخش: { $sector }
cv-education = تحصیلات و آموزش
cv-eqf-level = سطح { $level } چارچوب اروپایی صلاحیت‌ها
cv-recognition = ارزشیابی در ایتالیا: { $status }
cv-languages = مهارت‌های زبانی
cv-mother-tongues = زبان مادری
cv-other-languages = زبان‌های دیگر
cv-listening = شنیدن
cv-reading = خواندن
cv-spoken-interaction = گفتگو
cv-spoken-production = صحبت کردن
cv-writing = نوشتن
cv-cefr-note = سطح‌ها: A1 و A2 مقدماتی، B1 و B2 مستقل، C1 و C2 پیشرفته (چارچوب مرجع مشترک اروپایی برای زبان‌ها).
cv-skills = مهارت‌ها
cv-certificates = گواهینامه‌ها و گواهی‌ها
cv-issued = صادر شده در { $date }
cv-expires = معتبر تا { $date }
cv-availability = آمادگی
cv-hours-per-week = { $hours ->
    [one] { $hours } ساعت در هفته
   *[other] { $hours } ساعت در هفته
}
cv-shifts = شیفت‌ها: { $shifts }
cv-travel = می‌تواند تا { $km } کیلومتر رفت و آمد کند
cv-transport = وسیله نقلیه: { $transport }
cv-available-from = آماده از { $date }
cv-empty = هنوز چیزی اینجا نوشته نشده.

## نام زبان‌ها

language-ar = عربی
language-bn = بنگالی
language-en = انگلیسی
language-es = اسپانیایی
language-fa = فارسی
language-ff = فولانی
language-fr = فرانسوی
language-ha = هوسا
language-it = ایتالیایی
language-ku = کردی
language-ps = پشتو
language-pa = پنجابی
language-ru = روسی
language-so = سومالیایی
language-sq = آلبانیایی
language-ti = تیگرینیا
language-tr = ترکی
language-uk = اوکراینی
language-ur = اردو
language-wo = ولوف
language-zh = چینی

## خطاها

error-wrong-key = این دفترچه با کلید ذخیره شده روی این موبایل باز نمی‌شود.
error-damaged = فایل دفترچه خراب است. همان‌طور که بود باقی ماند.
error-no-database = هنوز دفترچه‌ای اینجا نیست. می‌توانید یک دفترچهٔ تازه شروع کنید.
error-closed = دفترچه بسته است. برای ادامه دوباره بازش کنید.
error-not-found = این مورد دیگر وجود ندارد.
error-storage-full = حافظه موبایل پر است. کمی جا خالی کنید و دوباره امتحان کنید: چیزی ذخیره نشد.
error-other = مشکلی پیش آمد. دوباره امتحان کنید.
error-invalid-required = این بخش لازم است.
error-invalid-too-long = این متن خیلی طولانی است.
error-invalid-bad-date = این تاریخ درست نیست.
error-invalid-out-of-range = این مقدار پذیرفته نیست.
error-invalid-same-stage = درخواست همین حالا در این مرحله است.
error-invalid-before-current-stage = این تاریخ قبل از مرحله فعلی است.
error-invalid-end-before-start = پایان قبل از شروع است.
error-invalid-bad-key-length = کلید باید ۳۲ بایت باشد.
error-bad-content = بخشی از محتوا معتبر نیست.
error-invalid-comment-required = لطفاً بنویسید چه چیزی اشتباه است.
error-invalid-bad-answer = این پاسخ به این سؤال نمی‌خورد.
error-invalid-not-secure = این نشانی امن نیست: باید با https:// شروع شود. آن را بررسی کنید یا کد QR مربی‌تان را اسکن کنید.
error-pack-damaged = این بسته درس‌ها خوانده نمی‌شود: شاید کامل دانلود یا کپی نشده است. دوباره آن را دانلود کنید.
error-pack-tampered = این بسته درس‌ها بعد از آماده شدن توسط سازمان تغییر کرده است. از آن استفاده نکنید: دوباره آن را مستقیم از خود سازمان بگیرید.
error-pack-untrusted = این بسته درس‌ها از سازمانی نیست که این برنامه آن را می‌شناسد. نصب نشد.
error-pack-older = روی این موبایل از قبل درس‌های جدیدتری هست. لازم نیست کاری بکنید.
error-course-not-mastered = اول همه درس‌های این دوره را تمام کنید.
error-lesson-not-finished = اول همه گام‌های این درس را بگذرانید.

## پیمایش و دکمه‌ها

nav-home = خانه
nav-diary = جستجوی کار من
nav-services = خدمات
nav-map = نقشه
nav-lessons = درس‌ها
nav-profile = پروفایل من
nav-settings = تنظیمات
button-save = ذخیره
button-cancel = لغو
button-delete = حذف
button-edit = ویرایش
button-add = افزودن
button-done = تمام
button-back = بازگشت
button-next = بعدی
button-retry = دوباره امتحان کن
button-share = اشتراک‌گذاری
button-call = تماس
button-directions = مسیر
button-close = بستن
button-search = جستجو
button-filter = فیلترها
button-clear = پاک کردن
button-undo = برگرداندن
saved = ذخیره شد.
deleted = حذف شد.
confirm-delete-title = حذف شود؟
confirm-delete-application = درخواست به { $employer } حذف شود؟ تاریخچه، مصاحبه‌ها و یادآورهای آن هم حذف می‌شوند.
confirm-discard-changes = بدون ذخیره تغییرات خارج می‌شوید؟

## صفحه اصلی و اعلان‌ها

home-greeting = سلام { $name }!
home-overdue = عقب افتاده
home-today = امروز
home-this-week = ۷ روز آینده
home-follow-up = { $days ->
    [one] { $days } روز
   *[other] { $days } روز
} است که از { $employer } خبری نیست. بپرسید؟
home-document-expires = اعتبار { $document } تا { $days ->
    [one] { $days } روز
   *[other] { $days } روز
} دیگر تمام می‌شود.
home-document-expired = اعتبار { $document } تمام شده است.
home-permit-renew = دست‌کم ۶۰ روز پیش از پایان اجازه اقامت، درخواست تمدید بدهید.
notification-action-due = { $action }: { $employer }
notification-interview = مصاحبه با { $employer } ساعت { $time }
notification-meeting = دیدار با { $tutor } ساعت { $time }
notification-follow-up = خبری از { $employer } دارید؟
notification-interview-tomorrow = فردا: مصاحبه با { $employer } ساعت { $time }
notification-meeting-tomorrow = فردا: دیدار با { $tutor } ساعت { $time }
notification-appointment-tomorrow = فردا ساعت { $time }: { $title }
notification-appointment = ساعت { $time }: { $title }
notification-where = مکان: { $place }
notification-your-note = یادداشت شما: { $note }
notification-tutor-answer = مربی شما به سؤالتان پاسخ داد
notification-your-question = سؤال شما: { $question }
notification-tap-to-open = برای دیدن جزئیات لمس کنید.
notification-document-renew = مدرک جدید را به‌موقع درخواست کنید. برای دیدن مدارک خود لمس کنید.
notification-lesson = پنج دقیقه برای درستان؟
notification-lesson-body = از همان جایی که ماندید ادامه دهید: هر قدم مهم است.
notification-permit-expiring = اجازه اقامت شما تا { $days ->
    [one] { $days } روز
   *[other] { $days } روز
} دیگر تمام می‌شود.

## صفحه‌های خالی

empty-applications = هنوز درخواستی نیست. اولین کاری را که می‌خواهید برایش درخواست بدهید اضافه کنید.
empty-agenda = برنامه‌ای نیست. آفرین!
empty-search = چیزی پیدا نشد. کلمه‌های دیگری امتحان کنید.
empty-favourites = هنوز علاقه‌مندی نیست. ستاره یک خدمت را بزنید تا اینجا بماند.
empty-services-nearby = خدمتی نزدیک شما پیدا نشد. فاصله بیشتر یا فیلتر کمتر امتحان کنید.
empty-meetings = هنوز دیداری با مربی نبوده است.
empty-lessons = هنوز درسی روی این موبایل نیست. برای دانلود به اینترنت وصل شوید.
empty-offline = آفلاین هستید. همه چیز روی این موبایل کار می‌کند.

## دفترچه

diary-title = جستجوی کار من
application-new = درخواست جدید
application-edit = ویرایش درخواست
field-employer = کارفرما
field-position = کار
field-city = شهر
field-source = کجا پیدا کردم
field-source-detail = کدام سایت، آژانس یا شخص
field-contract = نوع قرارداد
field-contact-name = شخص رابط
field-contact-phone = تلفن
field-contact-email = ایمیل
field-job-url = پیوند آگهی کار
field-notes = یادداشت‌ها
field-date = تاریخ
field-time = ساعت
field-due-date = تا کی
stage-change = تغییر مرحله
stage-changed = به «{ $stage }» منتقل شد.
timeline-title = تاریخچه
interview-add = افزودن مصاحبه
interview-round = مصاحبه { $round }
interview-place = نشانی
interview-link = پیوند تصویری یا شماره تلفن
action-add = افزودن یادآور
action-done = انجام شد
documents-title = مدارک من
document-expires-on = معتبر تا { $date }
document-recognition = ارزشیابی در ایتالیا
meetings-title = دیدارها با مربی
meeting-add = دیدار جدید
meeting-tutor = مربی
meeting-topics = درباره چه صحبت کردیم
meeting-agreed-actions = چه کارهایی را قرار گذاشتیم
stats-title = پیشرفت من
stats-applications-week = { $count ->
    [one] { $count } درخواست این هفته
   *[other] { $count } درخواست این هفته
}
stats-answers = { $count ->
    [one] { $count } پاسخ
   *[other] { $count } پاسخ
}
stats-interviews = { $count ->
    [one] { $count } مصاحبه
   *[other] { $count } مصاحبه
}
stats-hires = { $count ->
    [one] { $count } کار پیدا شد
   *[other] { $count } کار پیدا شد
}
diary-search-placeholder = جستجو در جستجوی کار من
profile-title = پروفایل من
profile-languages = زبان‌هایی که صحبت می‌کنم
profile-mother-tongue = زبان مادری
profile-experience = سابقه کار
profile-education = تحصیلات و آموزش
profile-skills = کارهایی که بلدم
profile-certificates = گواهینامه‌ها و گواهی‌ها
profile-availability = کی و کجا می‌توانم کار کنم
cv-export = ساختن رزومه من
cv-language = زبان رزومه
cv-side-by-side = نمایش پروفایل به دو زبان

## نقشه خدمات

services-title = خدمات نزدیک من
services-search-placeholder = جستجوی خدمات
services-list = فهرست
services-map = نقشه
service-open = باز
service-open-until = باز تا { $time }
service-closed = بسته
service-opens-at = { $day } ساعت { $time } باز می‌شود
service-opens-today-at = امروز ساعت { $time } باز می‌شود
service-by-appointment = با وقت قبلی
service-hours-unknown = ساعت کاری معلوم نیست
service-distance-m = { $distance } متر
service-distance-km = { $distance } کیلومتر
service-shown-in = به { $language } نشان داده شده؛ به { $wanted } موجود نیست.
service-translation-machine = ترجمه ماشینی: ممکن است اشتباه داشته باشد.
service-translation-outdated = این ترجمه ممکن است قدیمی باشد.
service-last-verified = بررسی شده در { $date }
service-no-map-position = روی نقشه نیست: مکان دقیق آن معلوم نیست. از نشانی یا راه‌های تماس استفاده کنید.
service-attribution = منبع: { $attribution }
service-languages-spoken = زبان‌هایی که اینجا صحبت می‌شود
service-free = رایگان
service-paid = پولی
service-wheelchair = مناسب ویلچر
service-favourite-add = افزودن به علاقه‌مندی‌ها
service-favourite-remove = حذف از علاقه‌مندی‌ها
service-recent = به‌تازگی دیده شده
service-report = گزارش اطلاعات نادرست
report-kind-closed_for_good = برای همیشه بسته شده
report-kind-wrong_hours = ساعت کاری اشتباه است
report-kind-wrong_address = نشانی اشتباه است
report-kind-wrong_phone = شماره تلفن اشتباه است
report-kind-other = چیز دیگر
report-comment = چه چیزی اشتباه است؟
report-pending = در انتظار ارسال
report-sent = فرستاده شد. ممنون!
filter-open-now = الان باز
filter-free-only = فقط رایگان
filter-language-spoken = به زبان من صحبت می‌کنند
filter-for-whom = برای چه کسی
filter-distance = فاصله
audience-everyone = همه
audience-asylum_seekers = پناه‌جویان
audience-refugees = پناهندگان
audience-women = زنان
audience-minors = افراد زیر سن قانونی
category-work = کار و مراکز کاریابی
category-job_orientation = راهنمایی شغلی و آموزش
category-italian_courses = کلاس‌های زبان ایتالیایی
category-legal_aid = کمک حقوقی و مدارک
category-health = سلامت
category-mental_health = سلامت روان
category-housing = مسکن و سرپناه
category-food = غذا و نیازهای پایه
category-education = تحصیل و ارزشیابی مدارک
category-digital_help = کمک دیجیتال و اینترنت رایگان
category-womens_support = حمایت از زنان
category-children_families = کودکان و خانواده‌ها
category-transport = حمل و نقل
category-banking = بانک و پول
contact-phone = تلفن
contact-whatsapp = WhatsApp
contact-email = ایمیل
contact-web = وب‌سایت
contact-walk_in = بدون وقت قبلی

## پخش درس‌ها

lessons-title = درس‌ها
lesson-start = شروع
lesson-resume = ادامه
lesson-step = گام { $current } از { $total }
lesson-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
lesson-level-beginner = مبتدی
lesson-level-intermediate = متوسط
lesson-level-advanced = پیشرفته
lesson-try-on-phone = روی موبایل خودتان امتحان کنید
lesson-check = بررسی
lesson-correct = درست است!
lesson-wrong = نه کاملاً.
lesson-hint = راهنمایی
lesson-try-again = دوباره امتحان کن
lesson-listen = گوش بده
lesson-glossary = یعنی چه؟
lesson-completed = درس تمام شد
lesson-mastered = این درس را یاد گرفتید!
lesson-locked = اول «{ $lesson }» را تمام کنید.
lesson-progress = { $done } از { $total } درس انجام شده
quiz-choose-one = یک پاسخ انتخاب کنید.
quiz-choose-many = همه پاسخ‌های درست را انتخاب کنید.
quiz-true = درست
quiz-false = نادرست
quiz-order = گام‌ها را به ترتیب بچینید.
quiz-match = جفت‌ها را به هم وصل کنید.
quiz-picture = تصویر درست را انتخاب کنید.
lesson-mastery-all-correct = برای یاد گرفتن این درس، به همه سؤال‌ها درست پاسخ دهید.
lesson-mastery-m-of-n = برای یاد گرفتن این درس، { $count } پاسخ از { $total } پاسخ آخر شما باید درست باشد.
lesson-mastery-streak = برای یاد گرفتن این درس، { $count } پاسخ درست پشت سر هم بدهید.
quiz-missing = نه کاملاً: { $count } پاسخ درست جا افتاده است.
quiz-order-wrong = نه کاملاً: { $count } گام سر جای خود نیست.
quiz-pairs-wrong = نه کاملاً: { $count } جفت درست جور نشده است.
certificate-title = گواهی
certificate-body = { $name } دوره «{ $course }» را در تاریخ { $date } به پایان رساند.

## همگام‌سازی، اتصال و حریم خصوصی

sync-now = همگام‌سازی
sync-last = آخرین همگام‌سازی { $when }
sync-never = هرگز همگام‌سازی نشده
sync-pending = { $count ->
    [one] { $count } تغییر در انتظار ارسال
   *[other] { $count } تغییر در انتظار ارسال
}
sync-offline = اتصال نیست. تغییرات شما روی موبایل ذخیره است و بعداً فرستاده می‌شود.
sync-failed = همگام‌سازی انجام نشد. خودش دوباره امتحان می‌کند.
pair-title = اتصال به مربی من
pair-enter-code = کدی را که مربی به شما داده وارد کنید
pair-done = به { $organisation } وصل شدید.
share-title = آنچه با مربی‌ام به اشتراک می‌گذارم
share-diary = جستجوی کار من
share-progress = درس‌های من
share-reports = گزارش‌های من درباره خدمات
share-stats = آمار بی‌نام
unpair = قطع اتصال از مربی
delete-my-data = پاک کردن اطلاعات من
delete-my-data-confirm = این کار اطلاعات شما را روی این موبایل و روی سرور پاک می‌کند. برگشت‌پذیر نیست.
settings-language = زبان
settings-text-size = اندازه متن
settings-about = درباره Ponte

# Sync with the coordinator
error-already-paired = این موبایل از قبل به یک مربی وصل است. اول آن را جدا کنید.
error-sync-offline = اتصال نیست. تغییرات شما روی موبایل می‌ماند و بعداً فرستاده می‌شود.
error-sync-not-paired = این موبایل هنوز به مربی وصل نیست.
error-sync-bad-code = این کد کار نمی‌کند: شاید اشتباه، استفاده‌شده یا منقضی باشد. از مربی خود کد تازه بخواهید.
error-sync-busy = به‌روزرسانی در جریان است. کمی صبر کنید.
error-sync-cancelled = به‌روزرسانی متوقف شد.
error-sync-unpaired = سازمان شما این موبایل را جدا کرده است. از مربی خود کد تازه بخواهید.
error-sync-refused = سرور به‌روزرسانی را نپذیرفت. داده‌های شما امن است؛ به مربی خود بگویید.
error-sync-server = سرور مشکل دارد. Ponte بعداً دوباره تلاش می‌کند.
error-sync-bad-answer = پاسخ سرور خوانده نشد. Ponte بعداً دوباره تلاش می‌کند.
error-sync-update-required = این نسخه از Ponte برای به‌روزرسانی با سازمان شما خیلی قدیمی است. Ponte را از فروشگاه برنامه‌ها به‌روز کنید؛ داده‌های شما روی موبایل می‌ماند.
error-sync-too-many-attempts = از این شبکه کدهای اشتباه زیادی امتحان شده است. ۱۵ دقیقه صبر کنید، سپس دوباره امتحان کنید.

## بخش‌هایی که نامشان در خطاهای ورود اطلاعات می‌آید («کارفرما: این بخش لازم است»): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = کارفرما
field-application-position = کار
field-application-source-detail = کدام سایت، آژانس یا شخص
field-application-city = شهر
field-application-contact-name = شخص رابط
field-application-contact-phone = تلفن شخص رابط
field-application-contact-email = ایمیل شخص رابط
field-application-job-url = پیوند آگهی کار
field-application-notes = یادداشت‌ها
field-application-stage = مرحله
field-application-at = تاریخ
field-application-stage-note = یادداشت
field-interview-at = تاریخ و ساعت مصاحبه
field-interview-place = نشانی مصاحبه
field-interview-link = پیوند تماس تصویری
field-interview-notes = یادداشت‌های مصاحبه
field-action-note = چه کاری باید بکنم
field-action-due-at = تا کی
field-document-permit-type = نوع اجازه اقامت
field-document-title = نام مدرک
field-document-expires-on = تاریخ پایان اعتبار
field-document-notes = یادداشت‌ها
field-meeting-at = تاریخ و ساعت دیدار
field-meeting-tutor = مربی
field-meeting-topics = موضوع‌ها
field-meeting-notes = یادداشت‌ها
field-meeting-agreed-action = چه کاری را قرار گذاشتیم
field-personal-full-name = نام و نام خانوادگی
field-personal-email = ایمیل
field-personal-phone = تلفن
field-personal-city = شهر
field-personal-summary = درباره من
field-availability-hours-per-week = ساعت در هفته
field-availability-shifts = شیفت‌ها
field-availability-max-travel-km = بیشترین فاصله تا محل کار
field-availability-available-from = آماده از
field-language-language = زبان
field-experience-role = کار
field-experience-employer = کارفرما
field-experience-sector = بخش
field-experience-country = کشور
field-experience-city = شهر
field-experience-start-month = شروع
field-experience-end-month = پایان
field-experience-tasks = وظایف
field-education-title = مدرک تحصیلی
field-education-institution = مدرسه یا دانشگاه
field-education-eqf-level = سطح (EQF)
field-education-country = کشور
field-education-start-year = سال شروع
field-education-end-year = سال پایان
field-skill-text = مهارت
field-skill-esco-uri = پیوند ESCO
field-certificate-name = گواهینامه یا گواهی
field-certificate-issuer = صادرکننده
field-certificate-issued-on = تاریخ صدور
field-certificate-expires-on = تاریخ پایان اعتبار
field-report-comment = چه چیزی اشتباه است
field-question-text = سؤال شما
field-pairing-server = نشانی سرور
field-pairing-code = کد اتصال
field-lesson-answer = پاسخ
field-lesson-step = گام
field-lesson-name = نام روی گواهی
field-query-now = تاریخ و ساعت
field-query-time-zone = منطقه زمانی
field-query-lat = عرض جغرافیایی
field-query-lon = طول جغرافیایی
field-query-radius-m = فاصله
field-query-cursor = صفحه
field-query-limit = تعداد در هر صفحه
field-store-key = کلید
field-store-path = فایل دفترچه
field-store-trusted-keys = کلیدهای امضای مورد اعتماد
field-navigation-link = پیوند

## هسته برنامه: صفحه‌ها و اولین اجرا
nav-guides = راهنماها
nav-tutor = مربی من
app-screen-not-built = این صفحه هنوز آماده نیست. هر چه ذخیره کرده‌اید امن است.
home-sync-not-paired = دفترچه شما روی همین موبایل می‌ماند. برای به اشتراک گذاشتن آن، به یک مربی وصل شوید.
first-run-ui-language = زبان خود را انتخاب کنید
first-run-content-language = خدمات و درس‌ها را به چه زبانی می‌خواهید بخوانید؟
first-run-same-language = همان زبان
first-run-install = در حال آماده شدن
first-run-installing = خدمات و درس‌ها روی موبایل شما گذاشته می‌شوند. اینترنت لازم نیست.
first-run-install-missing = فایل‌های برنامه خوانده نشد. می‌توانید دوباره امتحان کنید یا ادامه دهید: دفترچه شما بدون آن‌ها هم کار می‌کند.
first-run-city = شهر شما
first-run-city-services = { $count ->
    [one] { $count } خدمت
   *[other] { $count } خدمت
}
first-run-privacy = اطلاعات شما
first-run-privacy-phone = هر چه می‌نویسید روی همین موبایل می‌ماند و با کلیدی قفل شده که فقط همین موبایل آن را دارد.
first-run-privacy-shared = هیچ چیز به اشتراک گذاشته نمی‌شود، مگر اینکه به یک مربی وصل شوید و خودتان انتخاب کنید چه چیزی را به اشتراک بگذارید. هر وقت بخواهید می‌توانید اشتراک را قطع کنید.
first-run-privacy-erase = هر وقت بخواهید می‌توانید همه چیز را در تنظیمات پاک کنید.
first-run-privacy-accept = فهمیدم
first-run-pairing = اتصال به مربی
first-run-pairing-explain = اگر سازمانی به شما کمک می‌کند، مربی‌تان می‌تواند یک کد به شما بدهد. این کار را بعداً هم می‌توانید انجام دهید.
first-run-pairing-scan = کد را اسکن کنید
first-run-pairing-type = کد را بنویسید
first-run-pairing-skip = الان نه
field-settings-ui-language = زبان برنامه
field-settings-content-language = زبان خدمات و درس‌ها
field-settings-city = شهر
field-notifications-quiet-hours = ساعت‌های سکوت

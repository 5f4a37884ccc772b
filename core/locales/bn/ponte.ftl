# Ponte — ইন্টারফেসের লেখা, বাংলা।
# Review: machine

## আবেদনের ধাপ

stage-saved = সংরক্ষিত
stage-applied = পাঠানো হয়েছে
stage-interview = ইন্টারভিউ
stage-offer = চাকরির প্রস্তাব
stage-hired = চাকরি পেয়েছি
stage-offer_declined = প্রস্তাব ফিরিয়ে দিয়েছি
stage-rejected = নির্বাচিত হইনি
stage-withdrawn = আবেদন তুলে নিয়েছি
stage-expired = মেয়াদ শেষ
stage-no_answer = কোনো উত্তর নেই

## কাজটি কোথায় পেয়েছি

source-job_portal = চাকরির ওয়েবসাইট
source-employment_centre = কর্মসংস্থান কেন্দ্র
source-agency = চাকরির এজেন্সি
source-tutor_suggestion = আমার টিউটরের পরামর্শ
source-word_of_mouth = পরিচিতদের কাছ থেকে
source-walk_in = নিজে গিয়েছিলাম
source-other = অন্যান্য

## চুক্তির ধরন

contract-fixed_term = নির্দিষ্ট মেয়াদের
contract-permanent = স্থায়ী
contract-apprenticeship = শিক্ষানবিশি (apprendistato)
contract-internship = ইন্টার্নশিপ (tirocinio)
contract-seasonal = মৌসুমি
contract-other = অন্যান্য

## ইন্টারভিউ ও কাজ

interview-format-in_person = সামনাসামনি
interview-format-phone = ফোনে
interview-format-video = ভিডিও কলে
action-call_back = আবার ফোন করা
action-send_documents = কাগজপত্র পাঠানো
action-prepare_interview = ইন্টারভিউয়ের প্রস্তুতি
action-follow_up = খবর জানতে চাওয়া
action-other = অন্যান্য

## কাগজপত্র

document-residence_permit = বসবাসের অনুমতিপত্র (permesso di soggiorno)
document-codice_fiscale = কর কোড (codice fiscale)
document-identity_card = পরিচয়পত্র
document-health_card = স্বাস্থ্য কার্ড (tessera sanitaria)
document-spid = ডিজিটাল পরিচয় SPID
document-cv = সিভি
document-diploma = সনদ বা ডিগ্রি
document-driving_licence = ড্রাইভিং লাইসেন্স
document-haccp = খাদ্য নিরাপত্তা সনদ HACCP
document-safety_training = কর্মক্ষেত্রে নিরাপত্তা প্রশিক্ষণের সনদ
document-other = অন্য কাগজ
document-status-missing = নিতে হবে
document-status-in_progress = চলছে
document-status-have = আছে
permit-asylum_request = আশ্রয়ের আবেদন
permit-refugee = শরণার্থী মর্যাদা
permit-subsidiary_protection = সহায়ক সুরক্ষা
permit-special_protection = বিশেষ সুরক্ষা
permit-work = কাজ
permit-family = পারিবারিক কারণ
permit-study = পড়াশোনা
permit-eu_long_term = ইইউ দীর্ঘমেয়াদি বসবাস
permit-other = অন্যান্য
recognition-unknown = জানি না
recognition-not_needed = দরকার নেই
recognition-not_started = এখনো আবেদন করিনি
recognition-in_progress = স্বীকৃতি চলছে
recognition-recognised = ইতালিতে স্বীকৃত
recognition-refused = স্বীকৃত নয়

## কখন ও কোথায় কাজ করতে পারি

transport-none = নিজের যানবাহন নেই
transport-public = গণপরিবহন
transport-bicycle = সাইকেল
transport-moped = মোপেড
transport-car = গাড়ি
shift-morning = সকাল
shift-afternoon = বিকেল
shift-evening = সন্ধ্যা
shift-night = রাত
shift-weekend = সপ্তাহান্ত

## সিভি

cv-title = জীবনবৃত্তান্ত
cv-personal = ব্যক্তিগত তথ্য
cv-email = ইমেইল
cv-phone = ফোন
cv-city = বসবাস
cv-about = আমার সম্পর্কে
cv-experience = কাজের অভিজ্ঞতা
cv-present = বর্তমান
cv-sector = খাত: { $sector }
cv-education = শিক্ষা ও প্রশিক্ষণ
cv-eqf-level = EQF স্তর { $level }
cv-recognition = ইতালিতে স্বীকৃতি: { $status }
cv-languages = ভাষার দক্ষতা
cv-mother-tongues = মাতৃভাষা
cv-other-languages = অন্যান্য ভাষা
cv-listening = শোনা
cv-reading = পড়া
cv-spoken-interaction = কথোপকথন
cv-spoken-production = বলা
cv-writing = লেখা
cv-cefr-note = স্তর: A1 ও A2 প্রাথমিক, B1 ও B2 স্বাধীন, C1 ও C2 দক্ষ ব্যবহারকারী (ভাষার জন্য ইউরোপীয় অভিন্ন কাঠামো)।
cv-skills = দক্ষতা
cv-certificates = লাইসেন্স ও সনদ
cv-issued = { $date } তারিখে দেওয়া
cv-expires = { $date } পর্যন্ত বৈধ
cv-availability = কাজের জন্য সময়
cv-hours-per-week = { $hours ->
    [one] সপ্তাহে { $hours } ঘণ্টা
   *[other] সপ্তাহে { $hours } ঘণ্টা
}
cv-shifts = শিফট: { $shifts }
cv-travel = { $km } কিমি পর্যন্ত যেতে পারেন
cv-transport = যানবাহন: { $transport }
cv-available-from = { $date } থেকে কাজের জন্য প্রস্তুত
cv-empty = এখানে এখনো কিছু লেখা নেই।

## ভাষার নাম

language-ar = আরবি
language-bn = বাংলা
language-en = ইংরেজি
language-es = স্প্যানিশ
language-fa = ফারসি
language-ff = ফুলা
language-fr = ফরাসি
language-ha = হাউসা
language-it = ইতালীয়
language-ku = কুর্দি
language-ps = পশতু
language-pa = পাঞ্জাবি
language-ru = রুশ
language-so = সোমালি
language-sq = আলবেনীয়
language-ti = তিগ্রিনিয়া
language-tr = তুর্কি
language-uk = ইউক্রেনীয়
language-ur = উর্দু
language-wo = উলোফ
language-zh = চীনা

## ত্রুটি

error-wrong-key = এই ফোনে রাখা চাবি দিয়ে এই ডায়েরি খোলা যাচ্ছে না।
error-damaged = ডায়েরির ফাইলটি নষ্ট। যেমন ছিল তেমনই রাখা হয়েছে।
error-no-database = এখানে এখনও কোনো ডায়েরি নেই। আপনি নতুন একটি শুরু করতে পারেন।
error-closed = ডায়েরিটি বন্ধ। চালিয়ে যেতে আবার খুলুন।
error-not-found = এটি আর নেই।
error-storage-full = ফোনের মেমরি ভরা। কিছু জায়গা খালি করে আবার চেষ্টা করুন: কিছুই সংরক্ষিত হয়নি।
error-other = কিছু ভুল হয়েছে। আবার চেষ্টা করুন।
error-invalid-required = এই ঘরটি পূরণ করা দরকার।
error-invalid-too-long = লেখাটি খুব লম্বা।
error-invalid-bad-date = তারিখটি সঠিক নয়।
error-invalid-out-of-range = এই মান গ্রহণযোগ্য নয়।
error-invalid-same-stage = আবেদনটি আগে থেকেই এই ধাপে আছে।
error-invalid-before-current-stage = এই তারিখ বর্তমান ধাপের আগের।
error-invalid-end-before-start = শেষ শুরুর আগে।
error-invalid-bad-key-length = চাবির দৈর্ঘ্য ৩২ বাইট হতে হবে।
error-bad-content = একটি বিষয়বস্তু সঠিক নয়।
error-invalid-comment-required = কী ভুল আছে লিখুন।
error-invalid-bad-answer = এই উত্তর প্রশ্নের সাথে মেলে না।
error-invalid-not-secure = এই ঠিকানাটি নিরাপদ নয়: এটি https:// দিয়ে শুরু হতে হবে। দেখে নিন, অথবা টিউটরের QR কোড স্ক্যান করুন।
error-pack-damaged = এই পাঠের প্যাকেজটি পড়া যাচ্ছে না: হয়তো এটি পুরোপুরি ডাউনলোড বা কপি হয়নি। আবার ডাউনলোড করুন।
error-pack-tampered = সংস্থা তৈরি করার পরে এই পাঠের প্যাকেজটি বদলানো হয়েছে। এটি ব্যবহার করবেন না: সরাসরি সংস্থার কাছ থেকে আবার নিন।
error-pack-untrusted = এই পাঠের প্যাকেজটি এই অ্যাপের চেনা কোনো সংস্থা থেকে আসেনি। এটি ইনস্টল করা হয়নি।
error-pack-older = এই ফোনে আগে থেকেই আরও নতুন পাঠ আছে। কিছু করার দরকার নেই।
error-course-not-mastered = আগে কোর্সের সব পাঠ শেষ করুন।
error-lesson-not-finished = আগে পাঠের সব ধাপ শেষ করুন।

## নেভিগেশন ও বোতাম

nav-home = হোম
nav-diary = আমার চাকরি খোঁজা
nav-services = সেবা
nav-map = মানচিত্র
nav-lessons = পাঠ
nav-profile = আমার প্রোফাইল
nav-settings = সেটিংস
button-save = সংরক্ষণ
button-cancel = বাতিল
button-delete = মুছুন
button-edit = সম্পাদনা
button-add = যোগ করুন
button-done = হয়ে গেছে
button-back = পেছনে
button-next = পরবর্তী
button-retry = আবার চেষ্টা
button-share = শেয়ার
button-call = ফোন করুন
button-directions = পথ
button-close = বন্ধ
button-search = খুঁজুন
button-filter = ফিল্টার
button-clear = খালি করুন
button-undo = ফিরিয়ে নিন
saved = সংরক্ষিত হয়েছে।
deleted = মুছে ফেলা হয়েছে।
confirm-delete-title = মুছে ফেলবেন?
confirm-delete-application = { $employer }-এর কাছে আবেদনটি মুছবেন? এর ইতিহাস, ইন্টারভিউ ও রিমাইন্ডারও মুছে যাবে।
confirm-discard-changes = পরিবর্তন সংরক্ষণ না করে বের হবেন?

## হোম ও বিজ্ঞপ্তি

home-greeting = হ্যালো, { $name }!
home-overdue = দেরি হয়ে গেছে
home-today = আজ
home-this-week = আগামী ৭ দিন
home-follow-up = { $days ->
    [one] { $days } দিন
   *[other] { $days } দিন
} ধরে { $employer } থেকে কোনো খবর নেই। জিজ্ঞেস করবেন?
home-document-expires = আপনার { $document }-এর মেয়াদ { $days ->
    [one] { $days } দিনে
   *[other] { $days } দিনে
} শেষ হবে।
home-document-expired = আপনার { $document }-এর মেয়াদ শেষ হয়ে গেছে।
home-permit-renew = মেয়াদ শেষ হওয়ার অন্তত ৬০ দিন আগে বসবাসের অনুমতিপত্র নবায়নের আবেদন করুন।
notification-action-due = { $action }: { $employer }
notification-interview = { $employer }-এর সাথে ইন্টারভিউ { $time }-এ
notification-meeting = { $tutor }-এর সাথে সাক্ষাৎ { $time }-এ
notification-follow-up = { $employer } থেকে কোনো খবর?
notification-interview-tomorrow = আগামীকাল: { $employer }-এর সাথে ইন্টারভিউ { $time }-এ
notification-meeting-tomorrow = আগামীকাল: { $tutor }-এর সাথে সাক্ষাৎ { $time }-এ
notification-appointment-tomorrow = আগামীকাল { $time }-এ: { $title }
notification-appointment = { $time }-এ: { $title }
notification-where = কোথায়: { $place }
notification-your-note = আপনার নোট: { $note }
notification-tutor-answer = আপনার টিউটর আপনার প্রশ্নের উত্তর দিয়েছেন
notification-your-question = আপনার প্রশ্ন: { $question }
notification-tap-to-open = বিস্তারিত দেখতে ট্যাপ করুন।
notification-document-renew = সময়মতো নতুনটির জন্য আবেদন করুন। আপনার কাগজপত্র দেখতে ট্যাপ করুন।
notification-lesson = আপনার পাঠের জন্য পাঁচ মিনিট?
notification-lesson-body = যেখানে থেমেছিলেন সেখান থেকে চালিয়ে যান: প্রতিটি ধাপ গুরুত্বপূর্ণ।
notification-permit-expiring = আপনার বসবাসের অনুমতিপত্রের মেয়াদ { $days ->
    [one] { $days } দিনে
   *[other] { $days } দিনে
} শেষ হবে।

## খালি পাতা

empty-applications = এখনো কোনো আবেদন নেই। যে কাজে আবেদন করতে চান তা প্রথমে যোগ করুন।
empty-agenda = কিছু পরিকল্পনা নেই। খুব ভালো!
empty-search = কিছু পাওয়া যায়নি। অন্য শব্দ দিয়ে চেষ্টা করুন।
empty-favourites = এখনো কোনো প্রিয় নেই। কোনো সেবার তারা চিহ্নে চাপ দিন, সেটি এখানে থাকবে।
empty-services-nearby = কাছে কোনো সেবা পাওয়া যায়নি। বেশি দূরত্ব বা কম ফিল্টার চেষ্টা করুন।
empty-meetings = টিউটরের সাথে এখনো কোনো সাক্ষাৎ হয়নি।
empty-lessons = এই ফোনে এখনো কোনো পাঠ নেই। ডাউনলোড করতে ইন্টারনেটে যুক্ত হন।
empty-offline = আপনি অফলাইনে আছেন। এই ফোনে সব কিছু এখনো কাজ করছে।

## ডায়েরি

diary-title = আমার চাকরি খোঁজা
application-new = নতুন আবেদন
application-edit = আবেদন সম্পাদনা
field-employer = নিয়োগকর্তা
field-position = কাজ
field-city = শহর
field-source = কোথায় পেয়েছি
field-source-detail = কোন ওয়েবসাইট, এজেন্সি বা ব্যক্তি
field-contract = চুক্তির ধরন
field-contact-name = যোগাযোগের ব্যক্তি
field-contact-phone = ফোন
field-contact-email = ইমেইল
field-job-url = চাকরির বিজ্ঞাপনের লিংক
field-notes = নোট
field-date = তারিখ
field-time = সময়
field-due-date = কবে নাগাদ
stage-change = ধাপ বদলান
stage-changed = «{ $stage }»-এ সরানো হয়েছে।
timeline-title = ইতিহাস
interview-add = ইন্টারভিউ যোগ করুন
interview-round = ইন্টারভিউ { $round }
interview-place = ঠিকানা
interview-link = ভিডিও লিংক বা ফোন নম্বর
action-add = রিমাইন্ডার যোগ করুন
action-done = হয়ে গেছে
documents-title = আমার কাগজপত্র
document-expires-on = { $date } পর্যন্ত বৈধ
document-recognition = ইতালিতে স্বীকৃতি
meetings-title = টিউটরের সাথে সাক্ষাৎ
meeting-add = নতুন সাক্ষাৎ
meeting-tutor = টিউটর
meeting-topics = কী নিয়ে কথা হয়েছে
meeting-agreed-actions = কী করতে রাজি হয়েছি
stats-title = আমার অগ্রগতি
stats-applications-week = { $count ->
    [one] এই সপ্তাহে { $count }টি আবেদন
   *[other] এই সপ্তাহে { $count }টি আবেদন
}
stats-answers = { $count ->
    [one] { $count }টি উত্তর
   *[other] { $count }টি উত্তর
}
stats-interviews = { $count ->
    [one] { $count }টি ইন্টারভিউ
   *[other] { $count }টি ইন্টারভিউ
}
stats-hires = { $count ->
    [one] { $count }টি কাজ পাওয়া গেছে
   *[other] { $count }টি কাজ পাওয়া গেছে
}
diary-search-placeholder = আমার চাকরি খোঁজায় খুঁজুন
profile-title = আমার প্রোফাইল
profile-languages = যে ভাষাগুলো বলি
profile-mother-tongue = মাতৃভাষা
profile-experience = কাজের অভিজ্ঞতা
profile-education = পড়াশোনা ও প্রশিক্ষণ
profile-skills = আমি যা পারি
profile-certificates = লাইসেন্স ও সনদ
profile-availability = কখন ও কোথায় কাজ করতে পারি
cv-export = আমার সিভি তৈরি করুন
cv-language = সিভির ভাষা
cv-side-by-side = প্রোফাইল দুই ভাষায় দেখান

## সেবার মানচিত্র

services-title = আমার কাছের সেবা
services-search-placeholder = সেবা খুঁজুন
services-list = তালিকা
services-map = মানচিত্র
service-open = খোলা
service-open-until = { $time } পর্যন্ত খোলা
service-closed = বন্ধ
service-opens-at = { $day } { $time }-এ খুলবে
service-opens-today-at = আজ { $time }-এ খুলবে
service-by-appointment = অ্যাপয়েন্টমেন্ট নিয়ে
service-hours-unknown = সময় জানা নেই
service-distance-m = { $distance } মি
service-distance-km = { $distance } কিমি
service-shown-in = { $language } ভাষায় দেখানো হচ্ছে, { $wanted } ভাষায় নেই।
service-translation-machine = যান্ত্রিক অনুবাদ: ভুল থাকতে পারে।
service-translation-outdated = এই অনুবাদ পুরনো হতে পারে।
service-last-verified = { $date } তারিখে যাচাই করা
service-no-map-position = মানচিত্রে নেই: এর সঠিক অবস্থান জানা নেই। ঠিকানা বা যোগাযোগের তথ্য ব্যবহার করুন।
service-attribution = উৎস: { $attribution }
service-languages-spoken = এখানে যে ভাষা বলা হয়
service-free = বিনামূল্যে
service-paid = টাকা লাগে
service-wheelchair = হুইলচেয়ারে যাওয়া যায়
service-favourite-add = প্রিয়তে যোগ করুন
service-favourite-remove = প্রিয় থেকে সরান
service-recent = সম্প্রতি দেখা
service-report = ভুল তথ্য জানান
report-kind-closed_for_good = চিরতরে বন্ধ হয়ে গেছে
report-kind-wrong_hours = সময় ভুল
report-kind-wrong_address = ঠিকানা ভুল
report-kind-wrong_phone = ফোন নম্বর ভুল
report-kind-other = অন্য কিছু
report-comment = কী ভুল?
report-pending = পাঠানোর অপেক্ষায়
report-sent = পাঠানো হয়েছে। ধন্যবাদ!
filter-open-now = এখন খোলা
filter-free-only = শুধু বিনামূল্যে
filter-language-spoken = আমার ভাষায় কথা বলা হয়
filter-for-whom = কার জন্য
filter-distance = দূরত্ব
audience-everyone = সবার জন্য
audience-asylum_seekers = আশ্রয়প্রার্থী
audience-refugees = শরণার্থী
audience-women = নারী
audience-minors = অপ্রাপ্তবয়স্ক
category-work = কাজ ও কর্মসংস্থান কেন্দ্র
category-job_orientation = দিকনির্দেশনা ও প্রশিক্ষণ
category-italian_courses = ইতালীয় ভাষার কোর্স
category-legal_aid = আইনি সহায়তা ও কাগজপত্র
category-health = স্বাস্থ্য
category-mental_health = মানসিক স্বাস্থ্য
category-housing = বাসস্থান ও আশ্রয়
category-food = খাবার ও মৌলিক প্রয়োজন
category-education = শিক্ষা ও সনদের স্বীকৃতি
category-digital_help = ডিজিটাল সহায়তা ও বিনামূল্যে ইন্টারনেট
category-womens_support = নারীদের সহায়তা
category-children_families = শিশু ও পরিবার
category-transport = পরিবহন
category-banking = ব্যাংক ও টাকা
contact-phone = ফোন
contact-whatsapp = WhatsApp
contact-email = ইমেইল
contact-web = ওয়েবসাইট
contact-walk_in = সরাসরি চলে আসুন

## পাঠ

lessons-title = পাঠ
lesson-start = শুরু করুন
lesson-resume = চালিয়ে যান
lesson-step = ধাপ { $current }, মোট { $total }
lesson-minutes = { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
}
lesson-level-beginner = প্রাথমিক
lesson-level-intermediate = মাঝারি
lesson-level-advanced = উন্নত
lesson-try-on-phone = আপনার ফোনে চেষ্টা করুন
lesson-check = যাচাই করুন
lesson-correct = সঠিক!
lesson-wrong = পুরোপুরি নয়।
lesson-hint = ইঙ্গিত
lesson-try-again = আবার চেষ্টা করুন
lesson-listen = শুনুন
lesson-glossary = এর মানে কী?
lesson-completed = পাঠ শেষ
lesson-mastered = আপনি এই পাঠ আয়ত্ত করেছেন!
lesson-locked = আগে «{ $lesson }» শেষ করুন।
lesson-progress = { $total }টির মধ্যে { $done }টি পাঠ শেষ
quiz-choose-one = একটি উত্তর বেছে নিন।
quiz-choose-many = সব সঠিক উত্তর বেছে নিন।
quiz-true = সত্য
quiz-false = মিথ্যা
quiz-order = ধাপগুলো ক্রমানুসারে সাজান।
quiz-match = জোড়া মেলান।
quiz-picture = সঠিক ছবি বেছে নিন।
lesson-mastery-all-correct = এই পাঠ আয়ত্ত করতে প্রতিটি প্রশ্নের সঠিক উত্তর দিন।
lesson-mastery-m-of-n = এই পাঠ আয়ত্ত করতে শেষ { $total }টি উত্তরের মধ্যে { $count }টি সঠিক হতে হবে।
lesson-mastery-streak = এই পাঠ আয়ত্ত করতে পরপর { $count }টি সঠিক উত্তর দিন।
quiz-missing = পুরোপুরি নয়: আরও { $count }টি সঠিক উত্তর বাকি আছে।
quiz-order-wrong = পুরোপুরি নয়: { $count }টি ধাপ সঠিক জায়গায় নেই।
quiz-pairs-wrong = পুরোপুরি নয়: { $count }টি জোড়া মেলেনি।
certificate-title = সনদ
certificate-body = { $name } { $date } তারিখে «{ $course }» কোর্স সম্পন্ন করেছেন।

## সিঙ্ক, সংযোগ ও গোপনীয়তা

sync-now = এখন সিঙ্ক করুন
sync-last = শেষ সিঙ্ক { $when }
sync-never = কখনো সিঙ্ক হয়নি
sync-pending = { $count ->
    [one] { $count }টি পরিবর্তন পাঠানোর অপেক্ষায়
   *[other] { $count }টি পরিবর্তন পাঠানোর অপেক্ষায়
}
sync-offline = সংযোগ নেই। আপনার পরিবর্তন ফোনে সংরক্ষিত আছে, পরে পাঠানো হবে।
sync-failed = সিঙ্ক হয়নি। এটি নিজেই আবার চেষ্টা করবে।
pair-title = আমার টিউটরের সাথে যুক্ত হন
pair-enter-code = টিউটর যে কোড দিয়েছেন তা লিখুন
pair-done = { $organisation }-এর সাথে যুক্ত হয়েছেন।
share-title = টিউটরের সাথে যা শেয়ার করি
share-diary = আমার চাকরি খোঁজা
share-progress = আমার পাঠ
share-reports = সেবা নিয়ে আমার রিপোর্ট
share-stats = নামহীন পরিসংখ্যান
unpair = টিউটরের সাথে সংযোগ বিচ্ছিন্ন করুন
delete-my-data = আমার তথ্য মুছুন
delete-my-data-confirm = এতে আপনার তথ্য এই ফোন ও সার্ভার থেকে মুছে যাবে। ফেরানো যাবে না।
settings-language = ভাষা
settings-text-size = লেখার আকার
settings-about = Ponte সম্পর্কে

# Sync with the coordinator
error-already-paired = এই ফোন আগেই একজন টিউটরের সাথে যুক্ত। আগে এটি বিচ্ছিন্ন করুন।
error-sync-offline = সংযোগ নেই। আপনার পরিবর্তন ফোনে থাকবে এবং পরে পাঠানো হবে।
error-sync-not-paired = এই ফোন এখনও কোনো টিউটরের সাথে যুক্ত নয়।
error-sync-bad-code = এই কোড কাজ করছে না: হয়তো ভুল, ব্যবহৃত বা মেয়াদোত্তীর্ণ। আপনার টিউটরের কাছে নতুন কোড চান।
error-sync-busy = আপডেট আগে থেকেই চলছে। একটু অপেক্ষা করুন।
error-sync-cancelled = আপডেট থামানো হয়েছে।
error-sync-unpaired = আপনার সংস্থা এই ফোন বিচ্ছিন্ন করেছে। আপনার টিউটরের কাছে নতুন কোড চান।
error-sync-refused = সার্ভার আপডেট গ্রহণ করেনি। আপনার তথ্য নিরাপদ; আপনার টিউটরকে জানান।
error-sync-server = সার্ভারে সমস্যা হয়েছে। Ponte পরে আবার চেষ্টা করবে।
error-sync-bad-answer = সার্ভারের উত্তর পড়া যায়নি। Ponte পরে আবার চেষ্টা করবে।
error-sync-update-required = Ponte-এর এই সংস্করণটি আপনার সংস্থার সাথে আপডেট করার জন্য খুব পুরনো। অ্যাপ স্টোর থেকে Ponte আপডেট করুন; আপনার তথ্য ফোনেই থাকবে।
error-sync-too-many-attempts = এই নেটওয়ার্ক থেকে অনেক বেশি ভুল কোড চেষ্টা করা হয়েছে। ১৫ মিনিট অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।

## ইনপুটের ত্রুটিতে যে ঘরের নাম দেখানো হয় («নিয়োগকর্তা: এই ঘরটি পূরণ করা দরকার»): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = নিয়োগকর্তা
field-application-position = কাজ
field-application-source-detail = কোন ওয়েবসাইট, এজেন্সি বা ব্যক্তি
field-application-city = শহর
field-application-contact-name = যোগাযোগের ব্যক্তি
field-application-contact-phone = যোগাযোগের ব্যক্তির ফোন
field-application-contact-email = যোগাযোগের ব্যক্তির ইমেইল
field-application-job-url = চাকরির বিজ্ঞাপনের লিংক
field-application-notes = নোট
field-application-stage = ধাপ
field-application-at = তারিখ
field-application-stage-note = নোট
field-interview-at = ইন্টারভিউয়ের তারিখ ও সময়
field-interview-place = ইন্টারভিউয়ের ঠিকানা
field-interview-link = ভিডিও কলের লিংক
field-interview-notes = ইন্টারভিউয়ের নোট
field-action-note = কী করতে হবে
field-action-due-at = কবে নাগাদ
field-document-permit-type = অনুমতিপত্রের ধরন
field-document-title = কাগজের নাম
field-document-expires-on = মেয়াদ শেষের তারিখ
field-document-notes = নোট
field-meeting-at = সাক্ষাতের তারিখ ও সময়
field-meeting-tutor = টিউটর
field-meeting-topics = বিষয়
field-meeting-notes = নোট
field-meeting-agreed-action = কী করতে রাজি হয়েছি
field-personal-full-name = পুরো নাম
field-personal-email = ইমেইল
field-personal-phone = ফোন
field-personal-city = শহর
field-personal-summary = আমার সম্পর্কে
field-availability-hours-per-week = সপ্তাহে কত ঘণ্টা
field-availability-shifts = শিফট
field-availability-max-travel-km = কাজের জায়গা সবচেয়ে বেশি কত দূরে
field-availability-available-from = কবে থেকে কাজ করতে পারি
field-language-language = ভাষা
field-experience-role = কাজ
field-experience-employer = নিয়োগকর্তা
field-experience-sector = খাত
field-experience-country = দেশ
field-experience-city = শহর
field-experience-start-month = শুরু
field-experience-end-month = শেষ
field-experience-tasks = দায়িত্ব
field-education-title = সনদ বা ডিগ্রি
field-education-institution = স্কুল বা বিশ্ববিদ্যালয়
field-education-eqf-level = স্তর (EQF)
field-education-country = দেশ
field-education-start-year = শুরুর বছর
field-education-end-year = শেষের বছর
field-skill-text = দক্ষতা
field-skill-esco-uri = ESCO লিংক
field-certificate-name = লাইসেন্স বা সনদ
field-certificate-issuer = কে দিয়েছে
field-certificate-issued-on = দেওয়ার তারিখ
field-certificate-expires-on = মেয়াদ শেষের তারিখ
field-report-comment = কী ভুল
field-question-text = আপনার প্রশ্ন
field-pairing-server = সার্ভারের ঠিকানা
field-pairing-code = সংযোগের কোড
field-lesson-answer = উত্তর
field-lesson-step = ধাপ
field-lesson-name = সনদে নাম
field-query-now = তারিখ ও সময়
field-query-time-zone = সময় অঞ্চল
field-query-lat = অক্ষাংশ
field-query-lon = দ্রাঘিমাংশ
field-query-radius-m = দূরত্ব
field-query-cursor = পাতা
field-query-limit = প্রতি পৃষ্ঠায় কতগুলি
field-store-key = চাবি
field-store-path = ডায়েরির ফাইল
field-store-trusted-keys = বিশ্বস্ত স্বাক্ষর কী
field-navigation-link = লিংক

## অ্যাপের মূল অংশ: স্ক্রিন ও প্রথমবার চালু করা
nav-guides = গাইড
nav-tutor = আমার টিউটর
app-screen-not-built = এই স্ক্রিন এখনও তৈরি হয়নি। আপনি যা সংরক্ষণ করেছেন, সব নিরাপদ আছে।
home-sync-not-paired = আপনার ডায়েরি এই ফোনেই থাকে। শেয়ার করতে একজন টিউটরের সাথে যুক্ত হন।
first-run-ui-language = আপনার ভাষা বেছে নিন
first-run-content-language = সেবা ও পাঠ কোন ভাষায় পড়তে চান?
first-run-same-language = একই ভাষা
first-run-install = প্রস্তুত হচ্ছে
first-run-installing = সেবা ও পাঠ আপনার ফোনে রাখা হচ্ছে। ইন্টারনেট লাগবে না।
first-run-install-missing = অ্যাপের ফাইলগুলো পড়া যায়নি। আবার চেষ্টা করতে পারেন, বা এগিয়ে যেতে পারেন: আপনার ডায়েরি এগুলো ছাড়াও কাজ করে।
first-run-city = আপনার শহর
first-run-city-services = { $count ->
    [one] { $count }টি সেবা
   *[other] { $count }টি সেবা
}
first-run-privacy = আপনার তথ্য
first-run-privacy-phone = আপনি যা লেখেন, সব এই ফোনেই থাকে। তা একটি চাবি দিয়ে তালা দেওয়া, যে চাবি শুধু এই ফোনে আছে।
first-run-privacy-shared = আপনি টিউটরের সাথে যুক্ত হয়ে নিজে বেছে না দিলে কিছুই শেয়ার হয় না। যেকোনো সময় শেয়ার করা বন্ধ করতে পারেন।
first-run-privacy-erase = যেকোনো সময় সেটিংস থেকে সব কিছু মুছে ফেলতে পারেন।
first-run-privacy-accept = আমি বুঝেছি
first-run-pairing = টিউটরের সাথে যুক্ত হন
first-run-pairing-explain = কোনো সংস্থা আপনাকে সাহায্য করলে, আপনার টিউটর আপনাকে একটি কোড দিতে পারেন। এটি পরেও করতে পারেন।
first-run-pairing-scan = কোড স্ক্যান করুন
first-run-pairing-type = কোড লিখুন
first-run-pairing-skip = এখন নয়
field-settings-ui-language = অ্যাপের ভাষা
field-settings-content-language = সেবা ও পাঠের ভাষা
field-settings-city = শহর
field-notifications-quiet-hours = নীরব সময়

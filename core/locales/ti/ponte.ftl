# Ponte — ጽሑፋት መጥቀዊ፡ ትግርኛ።
# Review: machine

## ደረጃታት ጠለብ ስራሕ

stage-saved = ተዓቂቡ
stage-applied = ተላኢኹ
stage-interview = ቃለ-መሕትት
stage-offer = ዝቐረበለይ ስራሕ
stage-hired = ተቆጺረ
stage-offer_declined = ዝቐረበለይ ስራሕ ኣይተቐበልክዎን
stage-rejected = ኣይተመረጽኩን
stage-withdrawn = ተሰሒቡ
stage-expired = ግዜኡ ሓሊፉ
stage-no_answer = መልሲ የለን

## ስራሕ ኣበይ ረኺበ

source-job_portal = መርበብ ስራሕ
source-employment_centre = ማእከል ስራሕ
source-agency = ኤጀንሲ ስራሕ
source-tutor_suggestion = ኣማኻሪየይ ዝሃበኒ ሓሳብ
source-word_of_mouth = ብፈለጥተይ
source-walk_in = ባዕለይ ከይደ
source-other = ካልእ

## ዓይነታት ውዕል

contract-fixed_term = ግዜ ዝተወሰኖ
contract-permanent = ቀዋሚ
contract-apprenticeship = ናይ ሞያ ትምህርቲ (apprendistato)
contract-internship = ልምምድ ስራሕ (tirocinio)
contract-seasonal = ወቕታዊ
contract-other = ካልእ

## ቃለ-መሕትታትን ስራሓትን

interview-format-in_person = ገጽ ንገጽ
interview-format-phone = ብተሌፎን
interview-format-video = ብቪድዮ ጻውዒት
action-call_back = ደጊምካ ምድዋል
action-send_documents = ሰነዳት ምልኣኽ
action-prepare_interview = ንቃለ-መሕትት ምድላው
action-follow_up = ሓበሬታ ምሕታት
action-other = ካልእ

## ሰነዳት

document-residence_permit = ፍቓድ መንበሪ (permesso di soggiorno)
document-codice_fiscale = ኮድ ግብሪ (codice fiscale)
document-identity_card = ወረቐት መንነት
document-health_card = ካርድ ጥዕና (tessera sanitaria)
document-spid = ዲጂታላዊ መንነት SPID
document-cv = CV
document-diploma = ዲፕሎማ ወይ ምስክር ወረቐት
document-driving_licence = መንጃ ፍቓድ
document-haccp = ምስክር ወረቐት ድሕንነት መግቢ HACCP
document-safety_training = ምስክር ወረቐት ስልጠና ድሕንነት ስራሕ
document-other = ካልእ ሰነድ
document-status-missing = ክረኽቦ ኣለኒ
document-status-in_progress = ኣብ መስርሕ
document-status-have = ኣለኒ
permit-asylum_request = ሕቶ ዑቕባ
permit-refugee = ደረጃ ስደተኛ
permit-subsidiary_protection = ተወሳኺ ሓለዋ
permit-special_protection = ፍሉይ ሓለዋ
permit-work = ስራሕ
permit-family = ስድራቤታዊ ምኽንያት
permit-study = ትምህርቲ
permit-eu_long_term = ነዊሕ ግዜ መንበሪ ኣብ ሕብረት ኤውሮጳ
permit-other = ካልእ
recognition-unknown = ኣይፈልጥን
recognition-not_needed = ኣየድልን
recognition-not_started = ገና ኣይጀመረን
recognition-in_progress = ይፍለጥ ኣሎ
recognition-recognised = ኣብ ኢጣልያ ተፈሊጡ
recognition-refused = ኣይተፈልጠን

## ቅሩብነት

transport-none = ናይ ገዛእ ርእሰይ መጓዓዝያ የብለይን
transport-public = ህዝባዊ መጓዓዝያ
transport-bicycle = ብሽክለታ
transport-moped = ንእሽቶ ሞቶ
transport-car = መኪና
shift-morning = ንግሆ
shift-afternoon = ድሕሪ ቐትሪ
shift-evening = ምሸት
shift-night = ለይቲ
shift-weekend = ቀዳመ-ሰንበት

## CV

cv-title = CV
cv-personal = ውልቃዊ ሓበሬታ
cv-email = ኢመይል
cv-phone = ተሌፎን
cv-city = መንበሪ
cv-about = ብዛዕባይ
cv-experience = ተመኩሮ ስራሕ
cv-present = ክሳብ ሕጂ
cv-sector = ዘርፊ፡ { $sector }
cv-education = ትምህርትን ስልጠናን
cv-eqf-level = ደረጃ EQF { $level }
cv-recognition = ኣብ ኢጣልያ ምፍላጥ፡ { $status }
cv-languages = ክእለት ቋንቋ
cv-mother-tongues = ቋንቋ ኣደ
cv-other-languages = ካልኦት ቋንቋታት
cv-listening = ምስማዕ
cv-reading = ምንባብ
cv-spoken-interaction = ዝርርብ
cv-spoken-production = ምዝራብ
cv-writing = ምጽሓፍ
cv-cefr-note = ደረጃታት፡ A1ን A2ን መሰረታዊ፡ B1ን B2ን ናጻ፡ C1ን C2ን ክኢላ (ሓባራዊ ኤውሮጳዊ መወከሲ ቋንቋታት)።
cv-skills = ክእለታት
cv-certificates = ፍቓዳትን ምስክር ወረቐታትን
cv-issued = ብ{ $date } ዝተዋህበ
cv-expires = ክሳብ { $date } ይሰርሕ
cv-availability = ቅሩብነት
cv-hours-per-week = { $hours ->
    [one] ኣብ ሰሙን { $hours } ሰዓት
   *[other] ኣብ ሰሙን { $hours } ሰዓታት
}
cv-shifts = ግዜታት፡ { $shifts }
cv-travel = ክሳብ { $km } ኪሜ ምጉዓዝ ይከኣል
cv-transport = መጓዓዝያ፡ { $transport }
cv-available-from = ካብ { $date } ቅሩብ
cv-empty = ኣብዚ ገና ዝተጻሕፈ የለን።

## ኣስማት ቋንቋታት

language-ar = ዓረብኛ
language-bn = ቤንጋሊ
language-en = እንግሊዝኛ
language-es = ስጳንኛ
language-fa = ፋርስኛ
language-ff = ፉላ
language-fr = ፈረንሳይኛ
language-ha = ሃውሳ
language-it = ጣልያንኛ
language-ku = ኩርድኛ
language-ps = ፓሽቶ
language-pa = ፑንጃቢ
language-ru = ሩስኛ
language-so = ሶማልኛ
language-sq = ኣልባንኛ
language-ti = ትግርኛ
language-tr = ቱርክኛ
language-uk = ዩክሬንኛ
language-ur = ኡርዱ
language-wo = ዎሎፍ
language-zh = ቻይንኛ

## ጌጋታት

error-wrong-key = እዚ መዝገብ በቲ ኣብዚ ተሌፎን ዘሎ መፍትሕ ክኽፈት ኣይክእልን።
error-damaged = ፋይል መዝገብ ተበላሺዩ። ከምዘለዎ ተሪፉ።
error-no-database = ኣብዚ ገና መዝገብ የለን። ሓድሽ ክትጅምሩ ትኽእሉ ኢኹም።
error-closed = መዝገብ ተዓጽዩ ኣሎ። ንምቕጻል ደጊምኩም ክፈትዎ።
error-not-found = እዚ ነገር ድሕሪ ሕጂ የለን።
error-storage-full = ዝኽሪ ተሌፎን መሊኡ። ቦታ ኣጽርዩ ደጊምኩም ፈትኑ፡ ዝተዓቀበ የለን።
error-other = ገለ ጌጋ ተፈጢሩ። ደጊምኩም ፈትኑ።
error-invalid-required = እዚ ቦታ ኣድላዪ እዩ።
error-invalid-too-long = እዚ ጽሑፍ ኣዝዩ ነዊሕ እዩ።
error-invalid-bad-date = እዚ ዕለት ቅኑዕ ኣይኮነን።
error-invalid-out-of-range = እዚ ዋጋ ተቐባልነት የብሉን።
error-invalid-same-stage = እቲ ጠለብ ድሮ ኣብዚ ደረጃ እዩ ዘሎ።
error-invalid-before-current-stage = እዚ ዕለት ቅድሚ እቲ ሕጂ ዘሎ ደረጃ እዩ።
error-invalid-end-before-start = መወዳእታ ቅድሚ መጀመርታ እዩ።
error-invalid-bad-key-length = መፍትሕ 32 ባይት ክኸውን ኣለዎ።
error-bad-content = ሓደ ትሕዝቶ ቅኑዕ ኣይኮነን።
error-invalid-comment-required = እንታይ ከም ዝተጋገየ ጽሓፉ።
error-invalid-bad-answer = እዚ መልሲ ምስቲ ሕቶ ኣይሰማማዕን።
error-invalid-not-secure = እዚ ኣድራሻ ውሑስ ኣይኮነን፡ ብ https:// ክጅምር ኣለዎ። ኣረጋግጹዎ፡ ወይ ናይ ኣማኻሪኹም QR ኮድ ስኣሉ።
error-pack-damaged = እዚ ጥቕላል ትምህርትታት ክንበብ ኣይከኣለን፡ ምናልባት ምሉእ ብምሉእ ኣይወረደን ወይ ኣይተቐድሐን። ደጊምኩም ኣውርድዎ።
error-pack-tampered = እዚ ጥቕላል ትምህርትታት ድሕሪ እቲ ትካል ምድላዉ ተቐይሩ እዩ። ኣይትጠቐሙሉ፡ ብቐጥታ ካብቲ ትካል ደጊምኩም ውሰድዎ።
error-pack-untrusted = እዚ ጥቕላል ትምህርትታት ካብ እዚ ኣፕ ዝፈልጦ ትካል ኣይመጸን። ኣይተጻዕነን።
error-pack-older = ኣብዚ ተሌፎን ድሮ ሓደስቲ ትምህርትታት ኣለዉ። ገለ ክትገብሩ ኣየድልን።
error-course-not-mastered = ቅድም ኩሎም ትምህርትታት ናይቲ ኮርስ ወድኡ።
error-lesson-not-finished = ቅድም ኩሎም ስጉምትታት ናይቲ ትምህርቲ ሕለፉ።

## ምንቅስቓስን መልጎማትን

nav-home = መበገሲ
nav-diary = ምድላይ ስራሐይ
nav-services = ኣገልግሎታት
nav-map = ካርታ
nav-lessons = ትምህርትታት
nav-profile = ፕሮፋይለይ
nav-settings = ምድላዋት
button-save = ዓቅብ
button-cancel = ሰርዝ
button-delete = ደምስስ
button-edit = ኣስተኻኽል
button-add = ወስኽ
button-done = ተወዲኡ
button-back = ንድሕሪት
button-next = ዝቕጽል
button-retry = ደጊምኩም ፈትኑ
button-share = ኣካፍል
button-call = ደውል
button-directions = መንገዲ
button-close = ዕጸው
button-search = ድለ
button-filter = መጻረዪታት
button-clear = ኣጽሪ
button-undo = ምለስ
saved = ተዓቂቡ።
deleted = ተደምሲሱ።
confirm-delete-title = ይደምሰስ ዶ?
confirm-delete-application = እቲ ናብ { $employer } ዝቐረበ ጠለብ ይደምሰስ ዶ? ታሪኹ፡ ቃለ-መሕትታቱን መዘኻኸሪታቱን እውን ክድምሰሱ እዮም።
confirm-discard-changes = ለውጥታት ከይዓቀብኩም ክትወጹ ዶ?

## መበገሲ ገጽን መፍለጥታትን

home-greeting = ሰላም { $name }!
home-overdue = ዝደንጎየ
home-today = ሎሚ
home-this-week = ዝመጽእ 7 መዓልታት
home-follow-up = { $days ->
    [one] { $days } መዓልቲ
   *[other] { $days } መዓልታት
} ኮይኑ ካብ { $employer } ሓበሬታ የለን። ክትሓቱዎም ዶ?
home-document-expires = { $document } ኣብ { $days ->
    [one] { $days } መዓልቲ
   *[other] { $days } መዓልታት
} ግዜኡ ክሓልፍ እዩ።
home-document-expired = ግዜ { $document } ሓሊፉ።
home-permit-renew = ፍቓድ መንበሪኹም ግዜኡ ቅድሚ ምሕላፉ እንተወሓደ 60 መዓልቲ ኣቐዲምኩም ምሕዳሱ ሕተቱ።
notification-action-due = { $action }: { $employer }
notification-interview = ቃለ-መሕትት ምስ { $employer } ሰዓት { $time }
notification-meeting = ርክብ ምስ { $tutor } ሰዓት { $time }
notification-follow-up = ካብ { $employer } ሓድሽ ወረ ኣሎ ድዩ?
notification-interview-tomorrow = ጽባሕ: ቃለ-መሕትት ምስ { $employer } ሰዓት { $time }
notification-meeting-tomorrow = ጽባሕ: ርክብ ምስ { $tutor } ሰዓት { $time }
notification-appointment-tomorrow = ጽባሕ ሰዓት { $time }: { $title }
notification-appointment = ሰዓት { $time }: { $title }
notification-where = ቦታ: { $place }
notification-your-note = መዘኻኸሪኹም: { $note }
notification-tutor-answer = ኣማኻሪኹም ንሕቶኹም መሊሱ
notification-your-question = ሕቶኹም: { $question }
notification-tap-to-open = ዝርዝር ንምርኣይ ጠውቑ።
notification-document-renew = ሓድሹ ብግዜኡ ሕተቱ። ሰነዳትኩም ንምርኣይ ጠውቑ።
notification-lesson = ንትምህርትኹም ሓሙሽተ ደቓይቕ?
notification-lesson-body = ካብቲ ዝኣተኹምዎ ቀጽሉ: ነፍሲ ወከፍ ስጉምቲ ኣገዳሲ እዩ።
notification-permit-expiring = ፍቓድ መንበሪኹም ኣብ { $days ->
    [one] { $days } መዓልቲ
   *[other] { $days } መዓልታት
} ግዜኡ ክሓልፍ እዩ።

## ባዶ ገጻት

empty-applications = ገና ጠለብ ስራሕ የለን። ክትጠልብዎ እትደልዩ ቀዳማይ ስራሕ ወስኹ።
empty-agenda = ዝተመደበ የለን። ጽቡቕ!
empty-search = ዝተረኽበ የለን። ካልእ ቃላት ፈትኑ።
empty-favourites = ገና ዝተፈተወ የለን። ኣብዚ ንኽጸንሕ ኮኾብ ናይ ሓደ ኣገልግሎት ጠውቑ።
empty-services-nearby = ኣብ ጥቓኹም ኣገልግሎት ኣይተረኽበን። ዝዓበየ ርሕቀት ወይ ዝወሓዱ መጻረዪታት ፈትኑ።
empty-meetings = ገና ምስ ኣማኻሪ ርክብ የለን።
empty-lessons = ኣብዚ ተሌፎን ገና ትምህርቲ የለን። ንምውራድ ምስ ኢንተርነት ተራኸቡ።
empty-offline = ካብ መስመር ወጻኢ ኢኹም። ኩሉ ኣብዚ ተሌፎን ዘሎ ሕጂ እውን ይሰርሕ እዩ።

## መዝገብ

diary-title = ምድላይ ስራሐይ
application-new = ሓድሽ ጠለብ
application-edit = ጠለብ ኣስተኻኽሉ
field-employer = ኣስራሒ
field-position = ስራሕ
field-city = ከተማ
field-source = ኣበይ ረኺበዮ
field-source-detail = ኣየናይ መርበብ፡ ኤጀንሲ ወይ ሰብ
field-contract = ዓይነት ውዕል
field-contact-name = ሰብ ርክብ
field-contact-phone = ተሌፎን
field-contact-email = ኢመይል
field-job-url = ሊንክ ናይ ስራሕ ምልክታ
field-notes = ማስታወሻ
field-date = ዕለት
field-time = ሰዓት
field-due-date = ክሳብ መዓስ
stage-change = ደረጃ ቀይር
stage-changed = ናብ «{ $stage }» ተሰጋጊሩ።
timeline-title = ታሪኽ
interview-add = ቃለ-መሕትት ወስኽ
interview-round = ቃለ-መሕትት { $round }
interview-place = ኣድራሻ
interview-link = ሊንክ ቪድዮ ወይ ቁጽሪ ተሌፎን
action-add = መዘኻኸሪ ወስኽ
action-done = ተፈጺሙ
documents-title = ሰነዳተይ
document-expires-on = ክሳብ { $date } ይሰርሕ
document-recognition = ኣብ ኢጣልያ ምፍላጥ
meetings-title = ርክባት ምስ ኣማኻሪየይ
meeting-add = ሓድሽ ርክብ
meeting-tutor = ኣማኻሪ (tutor)
meeting-topics = ብዛዕባ እንታይ ተዘራሪብና
meeting-agreed-actions = እንታይ ክንገብር ተሰማሚዕና
stats-title = ምዕባለይ
stats-applications-week = { $count ->
    [one] ኣብዚ ሰሙን { $count } ጠለብ
   *[other] ኣብዚ ሰሙን { $count } ጠለባት
}
stats-answers = { $count ->
    [one] { $count } መልሲ
   *[other] { $count } መልስታት
}
stats-interviews = { $count ->
    [one] { $count } ቃለ-መሕትት
   *[other] { $count } ቃለ-መሕትታት
}
stats-hires = { $count ->
    [one] { $count } ስራሕ ተረኺቡ
   *[other] { $count } ስራሓት ተረኺቦም
}
diary-search-placeholder = ኣብ ምድላይ ስራሐይ ድለ
profile-title = ፕሮፋይለይ
profile-languages = ዝዛረቦም ቋንቋታት
profile-mother-tongue = ቋንቋ ኣደ
profile-experience = ተመኩሮ ስራሕ
profile-education = ትምህርትን ስልጠናን
profile-skills = እንታይ ክገብር እኽእል
profile-certificates = ፍቓዳትን ምስክር ወረቐታትን
profile-availability = መዓስን ኣበይን ክሰርሕ እኽእል
cv-export = CV ኣዳልው
cv-language = ቋንቋ CV
cv-side-by-side = ፕሮፋይለይ ብኽልተ ቋንቋ ኣርኢ

## ካርታ ኣገልግሎታት

services-title = ኣብ ጥቓይ ዘለዉ ኣገልግሎታት
services-search-placeholder = ኣገልግሎታት ድለ
services-list = ዝርዝር
services-map = ካርታ
service-open = ክፉት
service-open-until = ክሳብ { $time } ክፉት
service-closed = ዕጹው
service-opens-at = { $day } ሰዓት { $time } ይኽፈት
service-opens-today-at = ሎሚ ሰዓት { $time } ይኽፈት
service-by-appointment = ብቖጸራ
service-hours-unknown = ሰዓታት ስራሕ ኣይፍለጥን
service-distance-m = { $distance } ሜ
service-distance-km = { $distance } ኪሜ
service-shown-in = ብ{ $language } ይርአ ኣሎ፡ ብ{ $wanted } የለን።
service-translation-machine = ብማሽን ዝተተርጎመ፡ ጌጋታት ክህልዉ ይኽእሉ።
service-translation-outdated = እዚ ትርጉም ዝኣረገ ክኸውን ይኽእል።
service-last-verified = ብ{ $date } ተረጋጊጹ
service-no-map-position = ኣብ ካርታ የለን፡ ልክዕ ቦታኡ ኣይፍለጥን። ኣድራሻ ወይ መራኸቢታት ተጠቐም።
service-attribution = ምንጪ፡ { $attribution }
service-languages-spoken = ኣብዚ ዝዝረቡ ቋንቋታት
service-free = ብነጻ
service-paid = ብኽፍሊት
service-wheelchair = ንዓረብያ ስንኩላን ምቹእ
service-favourite-add = ናብ ዝተፈተዉ ወስኽ
service-favourite-remove = ካብ ዝተፈተዉ ኣውጽእ
service-recent = ቀረባ ግዜ ዝተራእዩ
service-report = ጌጋ ሓበሬታ ሓብር
report-kind-closed_for_good = ንሓዋሩ ተዓጽዩ
report-kind-wrong_hours = ሰዓታት ስራሕ ጌጋ እዩ
report-kind-wrong_address = ኣድራሻ ጌጋ እዩ
report-kind-wrong_phone = ቁጽሪ ተሌፎን ጌጋ እዩ
report-kind-other = ካልእ ነገር
report-comment = እንታይ ተጋጊዩ?
report-pending = ክልኣኽ ይጽበ ኣሎ
report-sent = ተላኢኹ። የቐንየልና!
filter-open-now = ሕጂ ክፉት
filter-free-only = ብነጻ ጥራይ
filter-language-spoken = ቋንቋይ ይዛረቡ
filter-for-whom = ንመን
filter-distance = ርሕቀት
audience-everyone = ንኹሉ
audience-asylum_seekers = ሓተትቲ ዑቕባ
audience-refugees = ስደተኛታት
audience-women = ደቂ ኣንስትዮ
audience-minors = ንኣሽቱ
category-work = ስራሕን ማእከላት ስራሕን
category-job_orientation = ምኽሪ ስራሕን ስልጠናን
category-italian_courses = ኮርሳት ጣልያንኛ
category-legal_aid = ሕጋዊ ሓገዝን ሰነዳትን
category-health = ጥዕና
category-mental_health = ጥዕና ኣእምሮ
category-housing = መንበሪን መዕቆቢን
category-food = መግብን መሰረታዊ ድሌታትን
category-education = ትምህርትን ምፍላጥ ዲፕሎማን
category-digital_help = ዲጂታላዊ ሓገዝን ነጻ ኢንተርነትን
category-womens_support = ደገፍ ደቂ ኣንስትዮ
category-children_families = ቆልዑን ስድራቤታትን
category-transport = መጓዓዝያ
category-banking = ባንክን ገንዘብን
contact-phone = ተሌፎን
contact-whatsapp = WhatsApp
contact-email = ኢመይል
contact-web = መርበብ
contact-walk_in = ብዘይ ቖጸራ

## ትምህርትታት

lessons-title = ትምህርትታት
lesson-start = ጀምር
lesson-resume = ቀጽል
lesson-step = ስጉምቲ { $current } ካብ { $total }
lesson-minutes = { $minutes ->
    [one] { $minutes } ደቒቕ
   *[other] { $minutes } ደቓይቕ
}
lesson-level-beginner = መጀመርታ
lesson-level-intermediate = ማእከላይ
lesson-level-advanced = ልዑል
lesson-try-on-phone = ኣብ ተሌፎንኩም ፈትኑ
lesson-check = መርምር
lesson-correct = ቅኑዕ!
lesson-wrong = ምሉእ ብምሉእ ኣይኮነን።
lesson-hint = ምልክት
lesson-try-again = ደጊምኩም ፈትኑ
lesson-listen = ስማዕ
lesson-glossary = እንታይ ማለት እዩ?
lesson-completed = ትምህርቲ ተወዲኡ
lesson-mastered = ነዚ ትምህርቲ ብምሉኡ ተማሂርኩሞ!
lesson-locked = ቅድም «{ $lesson }» ወድኡ።
lesson-progress = ካብ { $total } ትምህርትታት { $done } ተወዲኦም
quiz-choose-one = ሓደ መልሲ ምረጹ።
quiz-choose-many = ኩሎም ቅኑዓት መልስታት ምረጹ።
quiz-true = ሓቂ
quiz-false = ሓሶት
quiz-order = ስጉምትታት ብቕደም ሰዓብ ስርዑ።
quiz-match = ጽምዲታት ኣራኽቡ።
quiz-picture = ቅኑዕ ስእሊ ምረጹ።
lesson-mastery-all-correct = ነዚ ትምህርቲ ንምምሃር፡ ንኹሉ ሕቶ ቅኑዕ መልሲ ሃቡ።
lesson-mastery-m-of-n = ነዚ ትምህርቲ ንምምሃር፡ ካብ መወዳእታ { $total } መልስታት { $count } ቅኑዓት ክኾኑ ኣለዎም።
lesson-mastery-streak = ነዚ ትምህርቲ ንምምሃር፡ { $count } ቅኑዓት መልስታት ብተኸታታሊ ሃቡ።
quiz-missing = ምሉእ ብምሉእ ኣይኮነን፡ { $count } ቅኑዓት መልስታት ጎዲሎም ኣለዉ።
quiz-order-wrong = ምሉእ ብምሉእ ኣይኮነን፡ { $count } ስጉምትታት ኣብ ቦታኦም ኣይኮኑን።
quiz-pairs-wrong = ምሉእ ብምሉእ ኣይኮነን፡ { $count } ጽምዲታት ኣይሰማምዑን።
certificate-title = ምስክር ወረቐት
certificate-body = ኮርስ «{ $course }» ብ{ $date } ብ{ $name } ተዛዚሙ።

## ምትእስሳር፡ ምርኻብን ብሕትውናን

sync-now = ሕጂ ኣተኣሳስር
sync-last = ናይ መወዳእታ ምትእስሳር { $when }
sync-never = ፈጺሙ ኣይተኣሳሰረን
sync-pending = { $count ->
    [one] { $count } ለውጢ ክልኣኽ ይጽበ
   *[other] { $count } ለውጥታት ክልኣኹ ይጽበዩ
}
sync-offline = ርክብ የለን። ለውጥታትኩም ኣብ ተሌፎን ተዓቂቦም ኣለዉ፡ ድሒሮም ክልኣኹ እዮም።
sync-failed = ምትእስሳር ኣይሰለጠን። ባዕሉ ደጊሙ ክፍትን እዩ።
pair-title = ምስ ኣማኻሪየይ ተራኸብ
pair-enter-code = እቲ ኣማኻሪኹም ዝሃበኩም ኮድ ኣእትዉ
pair-done = ምስ { $organisation } ተራኺብኩም።
share-title = ምስ ኣማኻሪየይ ዘካፍሎ
share-diary = ምድላይ ስራሐይ
share-progress = ትምህርትታተይ
share-reports = ብዛዕባ ኣገልግሎታት ዝሃብክዎ ሓበሬታ
share-stats = ስም ዘይብሉ ስታቲስቲክስ
unpair = ካብ ኣማኻሪየይ ተፈለ
delete-my-data = ሓበሬታይ ደምስስ
delete-my-data-confirm = እዚ ሓበሬታኹም ኣብዚ ተሌፎንን ኣብ ሰርቨርን ይድምስሶ። ክምለስ ኣይክእልን።
settings-language = ቋንቋ
settings-text-size = ዓቐን ጽሑፍ
settings-about = ብዛዕባ Ponte

# Sync with the coordinator
error-already-paired = እዚ ተሌፎን ኣቐዲሙ ምስ ሓደ ኣማኻሪ ተራኺቡ ኣሎ። ቅድም ፈልይዎ።
error-sync-offline = ርክብ የለን። ለውጥታትኩም ኣብ ተሌፎን ይጸንሑ፣ ደሓር ክልኣኹ እዮም።
error-sync-not-paired = እዚ ተሌፎን ገና ምስ ኣማኻሪ ኣይተራኸበን።
error-sync-bad-code = እዚ ኮድ ኣይሰርሕን፦ ጌጋ፣ ዝተጠቐመሉ ወይ ግዜኡ ዝሓለፈ ክኸውን ይኽእል። ካብ ኣማኻሪኹም ሓድሽ ኮድ ሕተቱ።
error-sync-busy = ምሕዳስ ይካየድ ኣሎ። ቁሩብ ተጸበዩ።
error-sync-cancelled = ምሕዳስ ደው ኢሉ።
error-sync-unpaired = ትካልኩም ነዚ ተሌፎን ፈልይዎ። ካብ ኣማኻሪኹም ሓድሽ ኮድ ሕተቱ።
error-sync-refused = እቲ ሰርቨር ነቲ ምሕዳስ ኣይተቐበሎን። ሓበሬታኹም ውሑስ እዩ፤ ንኣማኻሪኹም ሓብሩ።
error-sync-server = እቲ ሰርቨር ጸገም ኣለዎ። Ponte ደሓር ደጊሙ ክፍትን እዩ።
error-sync-bad-answer = መልሲ ናይቲ ሰርቨር ክንበብ ኣይከኣለን። Ponte ደሓር ደጊሙ ክፍትን እዩ።
error-sync-update-required = እዚ ሕታም Ponte ምስ ትካልኩም ንምሕዳስ ኣዝዩ ኣረጊቱ እዩ። Ponte ካብ ድኳን ኣፕሊኬሽን ኣሐድሱ፤ ሓበሬታኹም ኣብ ተሌፎን ይተርፍ።
error-sync-too-many-attempts = ካብዚ መርበብ ብዙሕ ጌጋ ኮዳት ተፈቲኑ። 15 ደቒቕ ተጸበዩ፡ ድሕሪኡ ደጊምኩም ፈትኑ።

## ኣብ ጌጋታት ምእታው ዝጥቀሱ ቦታታት («ኣስራሒ: እዚ ቦታ ኣድላዪ እዩ»): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = ኣስራሒ
field-application-position = ስራሕ
field-application-source-detail = ኣየናይ መርበብ፡ ኤጀንሲ ወይ ሰብ
field-application-city = ከተማ
field-application-contact-name = ሰብ ርክብ
field-application-contact-phone = ተሌፎን ሰብ ርክብ
field-application-contact-email = ኢመይል ሰብ ርክብ
field-application-job-url = ሊንክ ናይ ስራሕ ምልክታ
field-application-notes = ማስታወሻ
field-application-stage = ደረጃ
field-application-at = ዕለት
field-application-stage-note = ማስታወሻ
field-interview-at = ዕለትን ሰዓትን ቃለ-መሕትት
field-interview-place = ኣድራሻ ቃለ-መሕትት
field-interview-link = ሊንክ ቪድዮ ጻውዒት
field-interview-notes = ማስታወሻ ቃለ-መሕትት
field-action-note = እንታይ ክግበር ኣለዎ
field-action-due-at = ክሳብ መዓስ
field-document-permit-type = ዓይነት ፍቓድ መንበሪ
field-document-title = ስም ሰነድ
field-document-expires-on = ግዜኡ ዝሓልፈሉ ዕለት
field-document-notes = ማስታወሻ
field-meeting-at = ዕለትን ሰዓትን ርክብ
field-meeting-tutor = ኣማኻሪ (tutor)
field-meeting-topics = ኣርእስታት
field-meeting-notes = ማስታወሻ
field-meeting-agreed-action = እንታይ ክንገብር ተሰማሚዕና
field-personal-full-name = ምሉእ ስም
field-personal-email = ኢመይል
field-personal-phone = ተሌፎን
field-personal-city = ከተማ
field-personal-summary = ብዛዕባይ
field-availability-hours-per-week = ሰዓታት ኣብ ሰሙን
field-availability-shifts = ግዜታት
field-availability-max-travel-km = ዝለዓለ ርሕቀት ክሳብ ስራሕ
field-availability-available-from = ካብ መዓስ ቅሩብ
field-language-language = ቋንቋ
field-experience-role = ስራሕ
field-experience-employer = ኣስራሒ
field-experience-sector = ዘርፊ
field-experience-country = ሃገር
field-experience-city = ከተማ
field-experience-start-month = መጀመርታ
field-experience-end-month = መወዳእታ
field-experience-tasks = ዕማማት
field-education-title = ዲፕሎማ ወይ ምስክር ወረቐት
field-education-institution = ቤት ትምህርቲ ወይ ዩኒቨርሲቲ
field-education-eqf-level = ደረጃ (EQF)
field-education-country = ሃገር
field-education-start-year = ዓመት መጀመርታ
field-education-end-year = ዓመት መወዳእታ
field-skill-text = ክእለት
field-skill-esco-uri = ሊንክ ESCO
field-certificate-name = ፍቓድ ወይ ምስክር ወረቐት
field-certificate-issuer = ዝሃበ ኣካል
field-certificate-issued-on = ዝተዋህበሉ ዕለት
field-certificate-expires-on = ግዜኡ ዝሓልፈሉ ዕለት
field-report-comment = እንታይ ተጋጊዩ
field-question-text = ሕቶኹም
field-pairing-server = ኣድራሻ ሰርቨር
field-pairing-code = ኮድ ምርኻብ
field-lesson-answer = መልሲ
field-lesson-step = ስጉምቲ
field-lesson-name = ስም ኣብ ምስክር ወረቐት
field-query-now = ዕለትን ሰዓትን
field-query-time-zone = ዞባ ሰዓት
field-query-lat = ኬክሮስ
field-query-lon = ኬንትሮስ
field-query-radius-m = ርሕቀት
field-query-cursor = ገጽ
field-query-limit = ኣብ ነፍሲ-ወከፍ ገጽ ክንደይ
field-store-key = መፍትሕ
field-store-path = ፋይል መዝገብ
field-store-trusted-keys = እሙናት መፍትሕ ፌርማ
field-navigation-link = መላግቦ

## ማእከል ኣፕ፡ ገጻትን ፈለማ ምጅማርን
nav-guides = መምርሒታት
nav-tutor = ኣማኻሪየይ
app-screen-not-built = እዚ ገጽ ገና ድሉው ኣይኮነን። ዝዓቀብኩምዎ ኩሉ ውሑስ እዩ።
home-sync-not-paired = መዝገብኩም ኣብዚ ተሌፎን ይጸንሕ። ንምክፋሉ ምስ ኣማኻሪ ተራኸቡ።
first-run-ui-language = ቋንቋኹም ምረጹ
first-run-content-language = ኣገልግሎታትን ትምህርትታትን ብኣየናይ ቋንቋ ክተንብቡ ትደልዩ?
first-run-same-language = ተመሳሳሊ ቋንቋ
first-run-install = ይዳሎ ኣሎ
first-run-installing = ኣገልግሎታትን ትምህርትታትን ኣብ ተሌፎንኩም ነቐምጥ ኣለና። ኢንተርነት ኣየድልን።
first-run-install-missing = ፋይላት ናይቲ ኣፕ ክንበቡ ኣይከኣሉን። ደጊምኩም ክትፍትኑ ወይ ክትቕጽሉ ትኽእሉ ኢኹም፡ መዝገብኩም ብዘይብኦም እውን ይሰርሕ እዩ።
first-run-city = ከተማኹም
first-run-city-services = { $count ->
    [one] { $count } ኣገልግሎት
   *[other] { $count } ኣገልግሎታት
}
first-run-privacy = ሓበሬታኹም
first-run-privacy-phone = እትጽሕፍዎ ኩሉ ኣብዚ ተሌፎን ይጸንሕ። እዚ ተሌፎን ጥራይ ብዘለዎ መፍትሕ ዕጹው እዩ።
first-run-privacy-shared = ምስ ኣማኻሪ ተራኺብኩም እንታይ ከም እትካፈሉ ባዕልኹም እንተዘይመሪጽኩም፡ ዋላ ሓደ ነገር ናብ ካልእ ኣይኸይድን። ኣብ ዝኾነ እዋን ምክፋል ከተቋርጹ ትኽእሉ ኢኹም።
first-run-privacy-erase = ኣብ ዝኾነ እዋን ኣብ ምድላዋት ኩሉ ክትድምስሱ ትኽእሉ ኢኹም።
first-run-privacy-accept = ተረዲኡኒ
first-run-pairing = ምስ ኣማኻሪ ተራኸቡ
first-run-pairing-explain = ሓደ ትካል እንተሓጊዙኩም፡ ኣማኻሪኹም ኮድ ክህበኩም ይኽእል። ነዚ ድሒርኩም እውን ክትገብርዎ ትኽእሉ ኢኹም።
first-run-pairing-scan = ኮድ ስካን ግበሩ
first-run-pairing-type = ኮድ ጽሓፉ
first-run-pairing-skip = ሕጂ ኣይኮነን
field-settings-ui-language = ቋንቋ ኣፕ
field-settings-content-language = ቋንቋ ኣገልግሎታትን ትምህርትታትን
field-settings-city = ከተማ
field-notifications-quiet-hours = ሰዓታት ህድኣት

# Ponte — qoraallada interface-ka, Soomaali.
# Review: machine

## Heerarka codsiga

stage-saved = La kaydiyay
stage-applied = La diray
stage-interview = Waraysi
stage-offer = Shaqo la ii bandhigay
stage-hired = Shaqo ayaan helay
stage-offer_declined = Shaqadii la ii bandhigay waan diiday
stage-rejected = Lama dooran
stage-withdrawn = Waan ka noqday
stage-expired = Wakhtigii wuu dhacay
stage-no_answer = Jawaab ma jirto

## Halka aan shaqada ka helay

source-job_portal = Bogga shaqooyinka
source-employment_centre = Xarunta shaqada
source-agency = Wakaaladda shaqada
source-tutor_suggestion = Talo ka timid la-taliyahayga
source-word_of_mouth = Dadka aan aqaan
source-walk_in = Si toos ah ayaan u tagay
source-other = Kale

## Noocyada qandaraaska

contract-fixed_term = Muddo go'an
contract-permanent = Joogto ah
contract-apprenticeship = Tababar shaqo (apprendistato)
contract-internship = Tababar wax-barasho (tirocinio)
contract-seasonal = Xilliyeed
contract-other = Kale

## Waraysiyada iyo hawlaha

interview-format-in_person = Fool ka fool
interview-format-phone = Taleefan
interview-format-video = Wicitaan fiidiyow
action-call_back = Dib u wac
action-send_documents = Dir dukumentiyada
action-prepare_interview = U diyaargarow waraysiga
action-follow_up = Weydii war
action-other = Kale

## Dukumentiyada

document-residence_permit = Sharciga deggenaanshaha (permesso di soggiorno)
document-codice_fiscale = Koodka canshuurta (codice fiscale)
document-identity_card = Kaarka aqoonsiga
document-health_card = Kaarka caafimaadka (tessera sanitaria)
document-spid = Aqoonsiga dhijitaalka SPID
document-cv = CV
document-diploma = Shahaado
document-driving_licence = Liisanka darawalnimada
document-haccp = Shahaadada nabadgelyada cuntada HACCP
document-safety_training = Shahaadada tababarka badbaadada shaqada
document-other = Dukumenti kale
document-status-missing = Waa in la helo
document-status-in_progress = Socda
document-status-have = Waan haystaa
permit-asylum_request = Codsi magangelyo
permit-refugee = Xaaladda qaxootinimo
permit-subsidiary_protection = Ilaalin dheeraad ah
permit-special_protection = Ilaalin gaar ah
permit-work = Shaqo
permit-family = Sababo qoys
permit-study = Waxbarasho
permit-eu_long_term = Degganaansho muddo dheer EU
permit-other = Kale
recognition-unknown = Ma garanayo
recognition-not_needed = Looma baahna
recognition-not_started = Weli lama codsan
recognition-in_progress = Waa la aqoonsanayaa
recognition-recognised = Talyaaniga waa laga aqoonsaday
recognition-refused = Lama aqoonsan

## Diyaarnaanshaha

transport-none = Gaadiid gaar ah ma haysto
transport-public = Gaadiidka dadweynaha
transport-bicycle = Baaskiil
transport-moped = Mooto yar
transport-car = Baabuur
shift-morning = Subaxdii
shift-afternoon = Galabtii
shift-evening = Fiidkii
shift-night = Habeenkii
shift-weekend = Dhammaadka toddobaadka

## CV-ga

cv-title = CV
cv-personal = Macluumaadka shakhsiga
cv-email = Iimayl
cv-phone = Taleefan
cv-city = Degaan
cv-about = Aniga ku saabsan
cv-experience = Khibradda shaqo
cv-present = ilaa hadda
cv-sector = Qaybta: { $sector }
cv-education = Waxbarasho iyo tababar
cv-eqf-level = Heerka EQF { $level }
cv-recognition = Aqoonsiga Talyaaniga: { $status }
cv-languages = Xirfadaha luqadda
cv-mother-tongues = Afka hooyo
cv-other-languages = Luqado kale
cv-listening = Dhageysi
cv-reading = Akhris
cv-spoken-interaction = Wada-hadal
cv-spoken-production = Hadal
cv-writing = Qoraal
cv-cefr-note = Heerarka: A1 iyo A2 aasaasi, B1 iyo B2 madax-bannaan, C1 iyo C2 khabiir (Qaabdhismeedka Tixraaca Guud ee Yurub ee Luqadaha).
cv-skills = Xirfadaha
cv-certificates = Liisamo iyo shahaadooyin
cv-issued = la bixiyay { $date }
cv-expires = ansax ilaa { $date }
cv-availability = Diyaarnaanshaha
cv-hours-per-week = { $hours ->
    [one] { $hours } saac toddobaadkii
   *[other] { $hours } saacadood toddobaadkii
}
cv-shifts = Wakhtiyada: { $shifts }
cv-travel = Safar ilaa { $km } km waa suurtogal
cv-transport = Gaadiidka: { $transport }
cv-available-from = Diyaar laga bilaabo { $date }
cv-empty = Halkan weli waxba laguma qorin.

## Magacyada luqadaha

language-ar = Carabi
language-bn = Bangaali
language-en = Ingiriis
language-es = Isbaanish
language-fa = Faarisi
language-ff = Fulani
language-fr = Faransiis
language-ha = Hawsa
language-it = Talyaani
language-ku = Kurdi
language-ps = Bashtuu
language-pa = Punjaabi
language-ru = Ruush
language-so = Soomaali
language-sq = Albaaniyaan
language-ti = Tigriinya
language-tr = Turki
language-uk = Yukreeni
language-ur = Urduu
language-wo = Woolof
language-zh = Shiinays

## Khaladaad

error-wrong-key = Buuggan lagama furi karo furaha ku kaydsan taleefankan.
error-damaged = Faylka buugga wuu xumaaday. Sidiisii ayaa loo daayay.
error-no-database = Weli buug halkan kuma jiro. Waxaad bilaabi kartaa mid cusub.
error-closed = Buuggu waa xiran yahay. Mar kale fur si aad u sii wadato.
error-not-found = Shaygan ma jiro mar dambe.
error-storage-full = Xusuusta taleefanku way buuxdaa. Meel bannee oo isku day mar kale: waxba lama kaydin.
error-other = Wax baa qaldamay. Isku day mar kale.
error-invalid-required = Meeshan waa lagama maarmaan.
error-invalid-too-long = Qoraalkani aad buu u dheer yahay.
error-invalid-bad-date = Taariikhdani sax ma aha.
error-invalid-out-of-range = Qiimahan lama aqbalo.
error-invalid-same-stage = Codsigu horeba heerkan buu joogaa.
error-invalid-before-current-stage = Taariikhdani waa ka hor heerka hadda.
error-invalid-end-before-start = Dhammaadku wuu ka horreeyaa bilowga.
error-invalid-bad-key-length = Furuhu waa inuu ahaadaa 32 bytes.
error-bad-content = Nuxur sax ma aha.
error-invalid-comment-required = Fadlan qor waxa qaldan.
error-invalid-bad-answer = Jawaabtani kuma habboona su'aasha.
error-invalid-not-secure = Cinwaankani ma aha mid ammaan ah: waa inuu ku bilaabmaa https://. Hubi, ama iskaan garee koodka QR ee la-taliyahaaga.
error-pack-damaged = Xirmadan casharrada lama akhriyi karo: malaha si buuxda looma soo dejin ama looma koobiyeyn. Mar kale soo deji.
error-pack-tampered = Xirmadan casharrada waa la beddelay ka dib markii hay'addu diyaarisay. Ha isticmaalin: mar kale si toos ah uga qaado hay'adda.
error-pack-untrusted = Xirmadan casharrada kama timaado hay'ad uu barnaamijkani yaqaan. Lama rakibin.
error-pack-older = Taleefankan waxaa horey ugu jira casharro ka cusub. Waxba looma baahna in la sameeyo.
error-course-not-mastered = Marka hore dhammee dhammaan casharrada koorsada.
error-lesson-not-finished = Marka hore mar dhammaan tallaabooyinka casharka.

## Hagid iyo badhamada

nav-home = Bogga hore
nav-diary = Raadintayda shaqo
nav-services = Adeegyada
nav-map = Khariidad
nav-lessons = Casharrada
nav-profile = Bogayga
nav-settings = Dejinta
button-save = Kaydi
button-cancel = Jooji
button-delete = Tirtir
button-edit = Wax ka beddel
button-add = Ku dar
button-done = Dhammaaday
button-back = Dib u noqo
button-next = Xiga
button-retry = Isku day mar kale
button-share = La wadaag
button-call = Wac
button-directions = Jihada
button-close = Xir
button-search = Raadi
button-filter = Shaandhayn
button-clear = Nadiifi
button-undo = Ka noqo
saved = Waa la kaydiyay.
deleted = Waa la tirtiray.
confirm-delete-title = Ma tirtirtaa?
confirm-delete-application = Ma tirtirtaa codsiga aad u dirtay { $employer }? Dhacdooyinkiisa, waraysiyada iyo xusuusiyayaasha sidoo kale waa la tirtirayaa.
confirm-discard-changes = Ma ka baxaysaa adigoon kaydin isbeddelada?

## Bogga hore iyo ogeysiisyada

home-greeting = Salaan, { $name }!
home-overdue = Dib u dhacay
home-today = Maanta
home-this-week = 7-da maalmood ee soo socda
home-follow-up = War kama jiro { $employer } muddo { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
}. Ma weydiinaysaa?
home-document-expires = { $document }: wakhtigiisu wuxuu dhacayaa { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
} kadib.
home-document-expired = { $document } wakhtigiisii wuu dhacay.
home-permit-renew = Codso cusboonaysiinta sharciga deggenaanshaha ugu yaraan 60 maalmood ka hor inta uusan dhicin.
notification-action-due = { $action }: { $employer }
notification-interview = Waraysi lala leeyahay { $employer } saacadda { $time }
notification-meeting = Kulan lala leeyahay { $tutor } saacadda { $time }
notification-follow-up = War ma ka heshay { $employer }?
notification-interview-tomorrow = Berri: waraysi lala leeyahay { $employer } saacadda { $time }
notification-meeting-tomorrow = Berri: kulan lala leeyahay { $tutor } saacadda { $time }
notification-appointment-tomorrow = Berri saacadda { $time }: { $title }
notification-appointment = Saacadda { $time }: { $title }
notification-where = Meesha: { $place }
notification-your-note = Qoraalkaaga: { $note }
notification-tutor-answer = La-taliyahaagu wuu ka jawaabay su'aashaada
notification-your-question = Su'aashaada: { $question }
notification-tap-to-open = Taabo si aad u aragto faahfaahinta.
notification-document-renew = Waqtiga ku codso mid cusub. Taabo si aad u aragto dukumentiyadaada.
notification-lesson = Shan daqiiqo casharkaaga?
notification-lesson-body = Ka sii wad meeshii aad ku joogsatay: tallaabo kasta waa muhiim.
notification-permit-expiring = Sharcigaaga deggenaanshaha wuxuu dhacayaa { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
} kadib.

## Bogag madhan

empty-applications = Weli codsi ma jiro. Ku dar shaqada ugu horreysa ee aad rabto.
empty-agenda = Wax qorshaysan ma jiro. Waa fiican tahay!
empty-search = Waxba lama helin. Isku day erayo kale.
empty-favourites = Weli waxaad jeceshahay ma jiro. Taabo xiddigta adeeg si uu halkan u joogo.
empty-services-nearby = Adeeg kuu dhow lama helin. Isku day masaafo weyn ama shaandhayn yar.
empty-meetings = Weli kulan lama yeelan la-taliyaha.
empty-lessons = Weli cashar kuma jiro taleefankan. Ku xirmo internetka si aad u soo dejiso.
empty-offline = Internet kuma xirnid. Wax walba oo taleefankan ku jira weli way shaqeeyaan.

## Buugga

diary-title = Raadintayda shaqo
application-new = Codsi cusub
application-edit = Wax ka beddel codsiga
field-employer = Loo shaqeeyaha
field-position = Shaqada
field-city = Magaalada
field-source = Halka aan ka helay
field-source-detail = Bog, wakaalad ama qof kee ah
field-contract = Nooca qandaraaska
field-contact-name = Qofka la xiriirka
field-contact-phone = Taleefan
field-contact-email = Iimayl
field-job-url = Linkiga xayeysiiska shaqada
field-notes = Qoraallo
field-date = Taariikh
field-time = Saacad
field-due-date = Ilaa goorma
stage-change = Beddel heerka
stage-changed = Loo wareejiyay «{ $stage }».
timeline-title = Dhacdooyinka
interview-add = Ku dar waraysi
interview-round = Waraysiga { $round }
interview-place = Cinwaanka
interview-link = Linkiga fiidiyowga ama lambarka taleefanka
action-add = Ku dar xusuusiye
action-done = Waa la sameeyay
documents-title = Dukumentiyadayda
document-expires-on = Ansax ilaa { $date }
document-recognition = Aqoonsiga Talyaaniga
meetings-title = Kulamada la-taliyahayga
meeting-add = Kulan cusub
meeting-tutor = La-taliye (tutor)
meeting-topics = Waxa aan ka hadalnay
meeting-agreed-actions = Waxa aan isku raacnay inaan samayno
stats-title = Horumarkayga
stats-applications-week = { $count ->
    [one] { $count } codsi toddobaadkan
   *[other] { $count } codsiyo toddobaadkan
}
stats-answers = { $count ->
    [one] { $count } jawaab
   *[other] { $count } jawaabood
}
stats-interviews = { $count ->
    [one] { $count } waraysi
   *[other] { $count } waraysiyo
}
stats-hires = { $count ->
    [one] { $count } shaqo la helay
   *[other] { $count } shaqooyin la helay
}
diary-search-placeholder = Ka raadi raadintayda shaqo
profile-title = Bogayga
profile-languages = Luqadaha aan ku hadlo
profile-mother-tongue = Afka hooyo
profile-experience = Khibradda shaqo
profile-education = Waxbarasho iyo tababar
profile-skills = Waxa aan qaban karo
profile-certificates = Liisamo iyo shahaadooyin
profile-availability = Goorta iyo halka aan ka shaqayn karo
cv-export = Samee CV-gayga
cv-language = Luqadda CV-ga
cv-side-by-side = Tus bogayga laba luqadood

## Khariidadda adeegyada

services-title = Adeegyada iga dhow
services-search-placeholder = Raadi adeegyo
services-list = Liis
services-map = Khariidad
service-open = Furan
service-open-until = Furan ilaa { $time }
service-closed = Xiran
service-opens-at = Wuxuu furmayaa { $day } saacadda { $time }
service-opens-today-at = Maanta ayuu furmayaa saacadda { $time }
service-by-appointment = Ballan ku salaysan
service-hours-unknown = Saacadaha lama yaqaan
service-distance-m = { $distance } m
service-distance-km = { $distance } km
service-shown-in = Waxaa lagu muujiyay { $language }, kuma jiro { $wanted }.
service-translation-machine = Turjumaad mishiin: khalad ayaa ku jiri kara.
service-translation-outdated = Turjumaaddani waxay noqon kartaa mid duugoobay.
service-last-verified = La hubiyay { $date }
service-no-map-position = Kuma jiro khariidadda: meesheeda saxda ah lama yaqaan. Isticmaal cinwaanka ama xiriirrada.
service-attribution = Isha: { $attribution }
service-languages-spoken = Luqadaha halkan looga hadlo
service-free = Bilaash
service-paid = Bilaash ma aha
service-wheelchair = Ku habboon dadka kursiga naafada
service-favourite-add = Ku dar kuwa aad jeceshahay
service-favourite-remove = Ka saar kuwa aad jeceshahay
service-recent = Dhawaan la arkay
service-report = Soo sheeg macluumaad khaldan
report-kind-closed_for_good = Gebi ahaanba wuu xirmay
report-kind-wrong_hours = Saacadaha waa khalad
report-kind-wrong_address = Cinwaanku waa khalad
report-kind-wrong_phone = Lambarka taleefanku waa khalad
report-kind-other = Wax kale
report-comment = Maxaa khaldan?
report-pending = Sugaya in la diro
report-sent = Waa la diray. Mahadsanid!
filter-open-now = Hadda furan
filter-free-only = Bilaash oo keliya
filter-language-spoken = Ku hadla luqaddayda
filter-for-whom = Yaa loogu talagalay
filter-distance = Masaafo
audience-everyone = Qof walba
audience-asylum_seekers = Magangalyo-doonayaal
audience-refugees = Qaxooti
audience-women = Haween
audience-minors = Carruur aan qaan-gaarin
category-work = Shaqo iyo xarumaha shaqada
category-job_orientation = Hagid iyo tababar
category-italian_courses = Koorsooyinka luqadda Talyaaniga
category-legal_aid = Caawimaad sharci iyo dukumentiyo
category-health = Caafimaad
category-mental_health = Caafimaadka maskaxda
category-housing = Guri iyo hoy
category-food = Cunto iyo baahiyaha aasaasiga
category-education = Waxbarasho iyo aqoonsiga shahaadooyinka
category-digital_help = Caawimaad dhijitaal iyo internet bilaash
category-womens_support = Taageerada haweenka
category-children_families = Carruur iyo qoysas
category-transport = Gaadiid
category-banking = Bangi iyo lacag
contact-phone = Taleefan
contact-whatsapp = WhatsApp
contact-email = Iimayl
contact-web = Bog internet
contact-walk_in = Ballan la'aan

## Casharrada

lessons-title = Casharrada
lesson-start = Bilow
lesson-resume = Sii wad
lesson-step = Tallaabada { $current } ee { $total }
lesson-minutes = { $minutes ->
    [one] { $minutes } daqiiqo
   *[other] { $minutes } daqiiqo
}
lesson-level-beginner = Heerka bilowga
lesson-level-intermediate = Dhexe
lesson-level-advanced = Sare
lesson-try-on-phone = Ku tijaabi taleefankaaga
lesson-check = Hubi
lesson-correct = Sax!
lesson-wrong = Weli sax ma aha.
lesson-hint = Tilmaan
lesson-try-again = Isku day mar kale
lesson-listen = Dhageyso
lesson-glossary = Maxay ka dhigan tahay?
lesson-completed = Casharka waa la dhammeeyay
lesson-mastered = Casharkan waad baratay!
lesson-locked = Marka hore dhammee «{ $lesson }».
lesson-progress = { $done } ka mid ah { $total } casharro waa la dhammeeyay
quiz-choose-one = Dooro hal jawaab.
quiz-choose-many = Dooro dhammaan jawaabaha saxda ah.
quiz-true = Run
quiz-false = Been
quiz-order = Tallaabooyinka u kala horreysii.
quiz-match = Isku xir lammaanaha.
quiz-picture = Dooro sawirka saxda ah.
lesson-mastery-all-correct = Si aad casharkan u barato, su'aal kasta si sax ah uga jawaab.
lesson-mastery-m-of-n = Si aad casharkan u barato, { $count } ka mid ah { $total }-da jawaabood ee ugu dambeeyay waa inay sax ahaadaan.
lesson-mastery-streak = Si aad casharkan u barato, bixi { $count } jawaabood oo sax ah oo isku xiga.
quiz-missing = Weli sax ma aha: { $count } jawaabood oo sax ah ayaa ka maqan.
quiz-order-wrong = Weli sax ma aha: { $count } tallaabo meeshooda kuma jiraan.
quiz-pairs-wrong = Weli sax ma aha: { $count } lammaane isma laha.
certificate-title = Shahaado
certificate-body = { $name }: waxaa la dhammeeyay koorsada «{ $course }» { $date }.

## Waafajinta, isku-xirka iyo asturnaanta

sync-now = Hadda waafaji
sync-last = Waafajintii ugu dambaysay { $when }
sync-never = Weligii lama waafajin
sync-pending = { $count ->
    [one] { $count } isbeddel ayaa sugaya in la diro
   *[other] { $count } isbeddelo ayaa sugaya in la diro
}
sync-offline = Xiriir ma jiro. Isbeddeladaadu waxay ku kaydsan yihiin taleefanka, goor dambe ayaa la dirayaa.
sync-failed = Waafajintu ma shaqayn. Iskeed ayay mar kale isku dayi doontaa.
pair-title = Ku xirmo la-taliyahayga
pair-enter-code = Geli koodka uu la-taliyuhu ku siiyay
pair-done = Waxaad ku xiran tahay { $organisation }.
share-title = Waxa aan la wadaago la-taliyahayga
share-diary = Raadintayda shaqo
share-progress = Casharradayda
share-reports = Warbixinnadayda adeegyada
share-stats = Tirakoob aan magac lahayn
unpair = Ka go' la-taliyahayga
delete-my-data = Tirtir xogtayda
delete-my-data-confirm = Tani waxay tirtiraysaa xogtaada taleefanka iyo server-ka. Dib looma celin karo.
settings-language = Luqadda
settings-text-size = Cabbirka qoraalka
settings-about = Ku saabsan Ponte

# Sync with the coordinator
error-already-paired = Taleefankan horey ayuu ugu xiran yahay la-taliye. Marka hore ka jar.
error-sync-offline = Xiriir ma jiro. Isbeddelladaadu taleefanka ayay ku jiraan, goor dambe ayaa la diri doonaa.
error-sync-not-paired = Taleefankan weli kuma xirna la-taliye.
error-sync-bad-code = Koodhkan ma shaqaynayo: waxaa laga yaabaa inuu khaldan yahay, la isticmaalay ama dhacay. La-taliyahaaga weydii koodh cusub.
error-sync-busy = Cusbooneysiin ayaa socota. Wax yar sug.
error-sync-cancelled = Cusbooneysiintii waa la joojiyay.
error-sync-unpaired = Ururkaagu wuu ka jaray taleefankan. La-taliyahaaga weydii koodh cusub.
error-sync-refused = Server-ku ma aqbalin cusbooneysiinta. Xogtaadu way nabad qabtaa; u sheeg la-taliyahaaga.
error-sync-server = Server-ka ayaa dhib qaba. Ponte mar dambe ayuu isku dayi doonaa.
error-sync-bad-answer = Jawaabta server-ka lama akhriyi karin. Ponte mar dambe ayuu isku dayi doonaa.
error-sync-update-required = Noocan Ponte aad buu u duugoobay si uu ula cusboonaado ururkaaga. Ka cusboonaysii Ponte dukaanka barnaamijyada; xogtaadu waxay ku sii jiraysaa taleefanka.
error-sync-too-many-attempts = Koodh badan oo khaldan ayaa laga isku dayay shabakaddan. Sug 15 daqiiqo, kadibna mar kale isku day.

## Meelaha ay khaladaadka gelintu magacaabaan ("Loo shaqeeyaha: Meeshan waa lagama maarmaan"): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = Loo shaqeeyaha
field-application-position = Shaqada
field-application-source-detail = Bog, wakaalad ama qof kee ah
field-application-city = Magaalada
field-application-contact-name = Qofka la xiriirka
field-application-contact-phone = Taleefanka qofka la xiriirka
field-application-contact-email = Iimaylka qofka la xiriirka
field-application-job-url = Linkiga xayeysiiska shaqada
field-application-notes = Qoraallo
field-application-stage = Heerka
field-application-at = Taariikh
field-application-stage-note = Qoraal
field-interview-at = Taariikhda iyo saacadda waraysiga
field-interview-place = Cinwaanka waraysiga
field-interview-link = Linkiga wicitaanka fiidiyowga
field-interview-notes = Qoraallada waraysiga
field-action-note = Waxa la samaynayo
field-action-due-at = Ilaa goorma
field-document-permit-type = Nooca sharciga deggenaanshaha
field-document-title = Magaca dukumentiga
field-document-expires-on = Taariikhda uu dhacayo
field-document-notes = Qoraallo
field-meeting-at = Taariikhda iyo saacadda kulanka
field-meeting-tutor = La-taliye (tutor)
field-meeting-topics = Mawduucyada
field-meeting-notes = Qoraallo
field-meeting-agreed-action = Waxa aan isku raacnay inaan samayno
field-personal-full-name = Magaca oo dhan
field-personal-email = Iimayl
field-personal-phone = Taleefan
field-personal-city = Magaalada
field-personal-summary = Aniga ku saabsan
field-availability-hours-per-week = Saacadaha toddobaadkii
field-availability-shifts = Wakhtiyada
field-availability-max-travel-km = Masaafada ugu fog ee shaqada
field-availability-available-from = Diyaar laga bilaabo
field-language-language = Luqadda
field-experience-role = Shaqada
field-experience-employer = Loo shaqeeyaha
field-experience-sector = Qaybta
field-experience-country = Dalka
field-experience-city = Magaalada
field-experience-start-month = Bilowga
field-experience-end-month = Dhammaadka
field-experience-tasks = Hawlaha
field-education-title = Shahaadada
field-education-institution = Dugsi ama jaamacad
field-education-eqf-level = Heerka (EQF)
field-education-country = Dalka
field-education-start-year = Sannadka bilowga
field-education-end-year = Sannadka dhammaadka
field-skill-text = Xirfadda
field-skill-esco-uri = Linkiga ESCO
field-certificate-name = Liisan ama shahaado
field-certificate-issuer = Cidda bixisay
field-certificate-issued-on = Taariikhda la bixiyay
field-certificate-expires-on = Taariikhda uu dhacayo
field-report-comment = Waxa khaldan
field-question-text = Su'aashaada
field-pairing-server = Cinwaanka server-ka
field-pairing-code = Koodka isku-xirka
field-lesson-answer = Jawaabta
field-lesson-step = Tallaabada
field-lesson-name = Magaca ku qoran shahaadada
field-query-now = Taariikhda iyo saacadda
field-query-time-zone = Aagga wakhtiga
field-query-lat = Loolka
field-query-lon = Dhigga
field-query-radius-m = Masaafo
field-query-cursor = Bogga
field-query-limit = Immisa bog kasta
field-store-key = Furaha
field-store-path = Faylka buugga
field-store-trusted-keys = Furayaasha saxiixa la aaminsan yahay
field-navigation-link = Xiriir

## Xudunta barnaamijka: shaashadaha iyo bilowga koowaad
nav-guides = Hagayaal
nav-tutor = La-taliyahayga
app-screen-not-built = Shaashaddan weli diyaar ma aha. Wax kasta oo aad kaydisay waa ammaan.
home-sync-not-paired = Buuggaagu wuxuu ku jiraa taleefankan. Ku xirmo la-taliye si aad ula wadaagto.
first-run-ui-language = Dooro luqaddaada
first-run-content-language = Luqaddee ayaad rabtaa inaad ku akhriso adeegyada iyo casharrada?
first-run-same-language = Isla luqadda
first-run-install = Diyaarin
first-run-installing = Adeegyada iyo casharrada ayaa la gelinayaa taleefankaaga. Internet looma baahna.
first-run-install-missing = Faylasha barnaamijka lama akhrin karin. Waad isku dayi kartaa mar kale, ama waad sii wadi kartaa: buuggaagu iyaga la'aantood wuu shaqeeyaa.
first-run-city = Magaaladaada
first-run-city-services = { $count ->
    [one] { $count } adeeg
   *[other] { $count } adeegyo
}
first-run-privacy = Xogtaada
first-run-privacy-phone = Wax kasta oo aad qorto waxay ku jiraan taleefankan, waxaana lagu xiray fure uu taleefankan oo keliya leeyahay.
first-run-privacy-shared = Waxba lama wadaago, ilaa aad ku xirmto la-taliye oo aad doorato waxa aad wadaagayso. Waqti kasta waad joojin kartaa wadaagista.
first-run-privacy-erase = Waqti kasta waxaad wax walba ka tirtiri kartaa Dejinta.
first-run-privacy-accept = Waan fahmay
first-run-pairing = Ku xirmo la-taliye
first-run-pairing-explain = Haddii hay'ad ku caawiso, la-taliyahaagu wuxuu ku siin karaa kood. Tan waxaad sidoo kale samayn kartaa goor dambe.
first-run-pairing-scan = Iskaan garee koodka
first-run-pairing-type = Qor koodka
first-run-pairing-skip = Hadda maya
field-settings-ui-language = Luqadda barnaamijka
field-settings-content-language = Luqadda adeegyada iyo casharrada
field-settings-city = Magaalada
field-notifications-quiet-hours = Saacadaha aamusnaanta

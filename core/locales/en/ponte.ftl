# Ponte — user interface strings, English (the source of the catalogue).
# Review: reviewed

## Application stages

stage-saved = Saved
stage-applied = Applied
stage-interview = Interview
stage-offer = Offer
stage-hired = Hired
stage-offer_declined = Offer declined
stage-rejected = Rejected
stage-withdrawn = Withdrawn
stage-expired = Expired
stage-no_answer = No answer

## Where the job was found

source-job_portal = Job website
source-employment_centre = Employment centre
source-agency = Employment agency
source-tutor_suggestion = Suggested by my tutor
source-word_of_mouth = Word of mouth
source-walk_in = I went in person
source-other = Other

## Contract types

contract-fixed_term = Fixed-term
contract-permanent = Permanent
contract-apprenticeship = Apprenticeship
contract-internship = Internship (tirocinio)
contract-seasonal = Seasonal
contract-other = Other

## Interviews and actions

interview-format-in_person = In person
interview-format-phone = Phone call
interview-format-video = Video call
action-call_back = Call back
action-send_documents = Send documents
action-prepare_interview = Prepare the interview
action-follow_up = Ask for news
action-other = Other

## Documents

document-residence_permit = Residence permit
document-codice_fiscale = Tax code (codice fiscale)
document-identity_card = Identity card
document-health_card = Health card (tessera sanitaria)
document-spid = SPID digital identity
document-cv = CV
document-diploma = Diploma or degree
document-driving_licence = Driving licence
document-haccp = HACCP food safety certificate
document-safety_training = Workplace safety training certificate
document-other = Other document
document-status-missing = To get
document-status-in_progress = In progress
document-status-have = I have it
permit-asylum_request = Asylum request
permit-refugee = Refugee status
permit-subsidiary_protection = Subsidiary protection
permit-special_protection = Special protection
permit-work = Work
permit-family = Family
permit-study = Study
permit-eu_long_term = EU long-term residence
permit-other = Other
recognition-unknown = Not known
recognition-not_needed = Not needed
recognition-not_started = Not started
recognition-in_progress = Being recognised
recognition-recognised = Recognised in Italy
recognition-refused = Not recognised

## Availability

transport-none = No transport of my own
transport-public = Public transport
transport-bicycle = Bicycle
transport-moped = Moped
transport-car = Car
shift-morning = Mornings
shift-afternoon = Afternoons
shift-evening = Evenings
shift-night = Nights
shift-weekend = Weekends

## The CV

cv-title = Curriculum vitae
cv-personal = Personal information
cv-email = E-mail
cv-phone = Phone
cv-city = Lives in
cv-about = About me
cv-experience = Work experience
cv-present = present
cv-sector = Sector: { $sector }
cv-education = Education and training
cv-eqf-level = EQF level { $level }
cv-recognition = Recognition in Italy: { $status }
cv-languages = Language skills
cv-mother-tongues = Mother tongue(s)
cv-other-languages = Other languages
cv-listening = Listening
cv-reading = Reading
cv-spoken-interaction = Spoken interaction
cv-spoken-production = Spoken production
cv-writing = Writing
cv-cefr-note = Levels: A1 and A2 basic user, B1 and B2 independent user, C1 and C2 proficient user (Common European Framework of Reference for Languages).
cv-skills = Skills
cv-certificates = Licences and certificates
cv-issued = issued { $date }
cv-expires = valid until { $date }
cv-availability = Availability
cv-hours-per-week = { $hours ->
    [one] { $hours } hour a week
   *[other] { $hours } hours a week
}
cv-shifts = Shifts: { $shifts }
cv-travel = Can travel up to { $km } km
cv-transport = Transport: { $transport }
cv-available-from = Available from { $date }
cv-empty = Nothing written here yet.

## Language names, for the CV and the profile

language-ar = Arabic
language-bn = Bengali
language-en = English
language-es = Spanish
language-fa = Persian
language-ff = Fula
language-fr = French
language-ha = Hausa
language-it = Italian
language-ku = Kurdish
language-ps = Pashto
language-pa = Punjabi
language-ru = Russian
language-so = Somali
language-sq = Albanian
language-ti = Tigrinya
language-tr = Turkish
language-uk = Ukrainian
language-ur = Urdu
language-wo = Wolof
language-zh = Chinese

## Errors the core returns

error-wrong-key = This diary cannot be opened with the key kept on this phone.
error-damaged = The diary file is damaged. It has been left as it is.
error-no-database = There is no diary here yet. You can start a new one.
error-closed = The diary is closed. Open it again to go on.
error-not-found = This item no longer exists.
error-storage-full = The phone's memory is full. Free some space and try again: nothing was saved.
error-other = Something went wrong. Try again.
error-invalid-required = This field is needed.
error-invalid-too-long = This text is too long.
error-invalid-bad-date = This date is not valid.
error-invalid-out-of-range = This value is not accepted.
error-invalid-same-stage = The application is already at this stage.
error-invalid-before-current-stage = This date is before the current stage.
error-invalid-end-before-start = The end comes before the start.
error-invalid-bad-key-length = The key must be 32 bytes long.
error-bad-content = A content record is not valid.
error-invalid-comment-required = Please say what is wrong.
error-invalid-bad-answer = This answer does not fit the question.
error-invalid-not-secure = This address is not safe: it must start with https://. Check it, or scan your tutor's QR code.
error-pack-damaged = This lesson package cannot be read: it may not have been downloaded or copied completely. Download it again.
error-pack-tampered = This lesson package was changed after the organisation made it. Do not use it: get it again from the organisation itself.
error-pack-untrusted = This lesson package does not come from an organisation this app knows. It was not installed.
error-pack-older = This phone already has newer lessons. Nothing needs to be done.
error-course-not-mastered = Finish every lesson of the course first.
error-lesson-not-finished = Go through every step of the lesson first.

## Navigation and common actions

nav-home = Home
nav-diary = My job search
nav-services = Services
nav-map = Map
nav-lessons = Lessons
nav-profile = My profile
nav-settings = Settings
button-save = Save
button-cancel = Cancel
button-delete = Delete
button-edit = Edit
button-add = Add
button-done = Done
button-back = Back
button-next = Next
button-retry = Try again
button-share = Share
button-call = Call
button-directions = Directions
button-close = Close
button-search = Search
button-filter = Filters
button-clear = Clear
button-undo = Undo
saved = Saved.
deleted = Deleted.
confirm-delete-title = Delete this?
confirm-delete-application = Delete the application to { $employer }? Its history, interviews and reminders are deleted too.
confirm-discard-changes = Leave without saving your changes?

## Home screen and notifications

home-greeting = Hello { $name }!
home-overdue = Late
home-today = Today
home-this-week = Next 7 days
home-follow-up = No news from { $employer } for { $days ->
    [one] { $days } day
   *[other] { $days } days
}. Ask them?
home-document-expires = Your { $document } expires in { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
home-document-expired = Your { $document } has expired.
home-permit-renew = Ask to renew your residence permit at least 60 days before it expires.
notification-action-due = { $action }: { $employer }
notification-interview = Interview with { $employer } at { $time }
notification-meeting = Meeting with { $tutor } at { $time }
notification-follow-up = Any news from { $employer }?
notification-interview-tomorrow = Tomorrow: interview with { $employer } at { $time }
notification-meeting-tomorrow = Tomorrow: meeting with { $tutor } at { $time }
notification-appointment-tomorrow = Tomorrow at { $time }: { $title }
notification-appointment = At { $time }: { $title }
notification-where = Where: { $place }
notification-your-note = Your note: { $note }
notification-tutor-answer = Your tutor answered your question
notification-your-question = Your question: { $question }
notification-tap-to-open = Tap to see the details.
notification-document-renew = Ask for the new one in time. Tap to see your documents.
notification-lesson = Five minutes for your lesson?
notification-lesson-body = Go on where you stopped: every step counts.
notification-permit-expiring = Your residence permit expires in { $days ->
    [one] { $days } day
   *[other] { $days } days
}.

## Empty states

empty-applications = No applications yet. Add the first job you want to apply for.
empty-agenda = Nothing planned. Well done!
empty-search = Nothing found. Try other words.
empty-favourites = No favourites yet. Tap the star on a service to keep it here.
empty-services-nearby = No services found near you. Try a larger distance or fewer filters.
empty-meetings = No meetings with a tutor yet.
empty-lessons = No lessons on this phone yet. Connect to the internet to download them.
empty-offline = You are offline. Everything on this phone still works.

## The diary

diary-title = My job search
application-new = New application
application-edit = Edit application
field-employer = Employer
field-position = Job
field-city = City
field-source = Where I found it
field-source-detail = Which website, agency or person
field-contract = Type of contract
field-contact-name = Contact person
field-contact-phone = Phone
field-contact-email = E-mail
field-job-url = Link to the job offer
field-notes = Notes
field-date = Date
field-time = Time
field-due-date = By when
stage-change = Change stage
stage-changed = Moved to “{ $stage }”.
timeline-title = History
interview-add = Add an interview
interview-round = Interview { $round }
interview-place = Address
interview-link = Video link or phone number
action-add = Add a reminder
action-done = Done
documents-title = My documents
document-expires-on = Valid until { $date }
document-recognition = Recognition in Italy
meetings-title = Meetings with my tutor
meeting-add = New meeting
meeting-tutor = Tutor
meeting-topics = What we talked about
meeting-agreed-actions = What we agreed to do
stats-title = My progress
stats-applications-week = { $count ->
    [one] { $count } application this week
   *[other] { $count } applications this week
}
stats-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
stats-interviews = { $count ->
    [one] { $count } interview
   *[other] { $count } interviews
}
stats-hires = { $count ->
    [one] { $count } job found
   *[other] { $count } jobs found
}
diary-search-placeholder = Search my job search
profile-title = My profile
profile-languages = Languages I speak
profile-mother-tongue = Mother tongue
profile-experience = Work experience
profile-education = Studies and training
profile-skills = What I can do
profile-certificates = Licences and certificates
profile-availability = When and where I can work
cv-export = Create my CV
cv-language = Language of the CV
cv-side-by-side = Show my profile in two languages

## The services map

services-title = Services near me
services-search-placeholder = Search services
services-list = List
services-map = Map
service-open = Open
service-open-until = Open until { $time }
service-closed = Closed
service-opens-at = Opens { $day } at { $time }
service-opens-today-at = Opens today at { $time }
service-by-appointment = By appointment
service-hours-unknown = Opening hours not known
service-distance-m = { $distance } m
service-distance-km = { $distance } km
service-shown-in = Shown in { $language }, not available in { $wanted }.
service-translation-machine = Translated automatically: it may contain mistakes.
service-translation-outdated = This translation may be out of date.
service-last-verified = Checked on { $date }
service-no-map-position = Not on the map: its exact place is not known. Use the address or the contacts.
service-attribution = Source: { $attribution }
service-languages-spoken = Languages spoken here
service-free = Free
service-paid = Not free
service-wheelchair = Wheelchair accessible
service-favourite-add = Add to favourites
service-favourite-remove = Remove from favourites
service-recent = Recently viewed
service-report = Report wrong information
report-kind-closed_for_good = It has closed for good
report-kind-wrong_hours = The opening hours are wrong
report-kind-wrong_address = The address is wrong
report-kind-wrong_phone = The phone number is wrong
report-kind-other = Something else
report-comment = What is wrong?
report-pending = Waiting to be sent
report-sent = Sent. Thank you!
filter-open-now = Open now
filter-free-only = Free only
filter-language-spoken = Speaks my language
filter-for-whom = For whom
filter-distance = Distance
audience-everyone = Everyone
audience-asylum_seekers = Asylum seekers
audience-refugees = Refugees
audience-women = Women
audience-minors = Minors
category-work = Work and employment centres
category-job_orientation = Job orientation and training
category-italian_courses = Italian language courses
category-legal_aid = Legal aid and documents
category-health = Health
category-mental_health = Mental health
category-housing = Housing and shelter
category-food = Food and basic needs
category-education = Education and diploma recognition
category-digital_help = Digital help and free internet
category-womens_support = Support for women
category-children_families = Children and families
category-transport = Transport
category-banking = Banking and money
contact-phone = Phone
contact-whatsapp = WhatsApp
contact-email = E-mail
contact-web = Website
contact-walk_in = Walk in

## The lesson player

lessons-title = Lessons
lesson-start = Start
lesson-resume = Continue
lesson-step = Step { $current } of { $total }
lesson-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
lesson-level-beginner = Beginner
lesson-level-intermediate = Intermediate
lesson-level-advanced = Advanced
lesson-try-on-phone = Try it on your phone
lesson-check = Check
lesson-correct = Correct!
lesson-wrong = Not quite.
lesson-hint = Hint
lesson-try-again = Try again
lesson-listen = Listen
lesson-glossary = What does it mean?
lesson-completed = Lesson completed
lesson-mastered = You have mastered this lesson!
lesson-locked = Finish “{ $lesson }” first.
lesson-progress = { $done } of { $total } lessons done
quiz-choose-one = Choose one answer.
quiz-choose-many = Choose all the right answers.
quiz-true = True
quiz-false = False
quiz-order = Put the steps in order.
quiz-match = Match the pairs.
quiz-picture = Choose the right picture.
lesson-mastery-all-correct = To master this lesson, answer every question correctly.
lesson-mastery-m-of-n = To master this lesson, get { $count } of your last { $total } answers right.
lesson-mastery-streak = To master this lesson, get { $count ->
    [one] { $count } answer right.
   *[other] { $count } answers right in a row.
}
quiz-missing = Not quite: { $count ->
    [one] one right answer is missing.
   *[other] { $count } right answers are missing.
}
quiz-order-wrong = Not quite: { $count ->
    [one] one step is not in its place.
   *[other] { $count } steps are not in their place.
}
quiz-pairs-wrong = Not quite: { $count ->
    [one] one pair does not match.
   *[other] { $count } pairs do not match.
}
certificate-title = Certificate
certificate-body = { $name } has completed the course “{ $course }” on { $date }.

## Sync, pairing and privacy

sync-now = Sync now
sync-last = Last synced { $when }
sync-never = Never synced
sync-pending = { $count ->
    [one] { $count } change waiting to be sent
   *[other] { $count } changes waiting to be sent
}
sync-offline = No connection. Your changes are saved on this phone and will be sent later.
sync-failed = Sync did not work. It will try again by itself.
pair-title = Connect with my tutor
pair-enter-code = Enter the code your tutor gave you
pair-done = Connected with { $organisation }.
share-title = What I share with my tutor
share-diary = My job search
share-progress = My lessons
share-reports = My reports about services
share-stats = Anonymous statistics
unpair = Disconnect from my tutor
delete-my-data = Delete my data
delete-my-data-confirm = This deletes your data on this phone and on the server. It cannot be undone.
settings-language = Language
settings-text-size = Text size
settings-about = About Ponte

# Sync with the coordinator
error-already-paired = This phone is already connected to a tutor. Disconnect it first.
error-sync-offline = No connection. Your changes are kept on the phone and will be sent later.
error-sync-not-paired = This phone is not connected to a tutor yet.
error-sync-bad-code = This code does not work: it may be wrong, used or expired. Ask your tutor for a new one.
error-sync-busy = Already updating. Wait a moment.
error-sync-cancelled = Update stopped.
error-sync-unpaired = This phone was disconnected by your organisation. Ask your tutor for a new code.
error-sync-refused = The server did not accept the update. Your data is safe; tell your tutor.
error-sync-server = The server has a problem. Ponte will try again later.
error-sync-bad-answer = The answer from the server could not be read. Ponte will try again later.
error-sync-update-required = This version of Ponte is too old to update with your organisation. Update Ponte from the app store; your data stays on the phone.
error-sync-too-many-attempts = Too many wrong codes were tried from this network. Wait 15 minutes, then try again.

## The fields named by input errors ("Employer: this field is needed"): field-<record>-<field>.
error-in-field = { $field }: { $problem }
field-application-employer = Employer
field-application-position = Job
field-application-source-detail = Which website, agency or person
field-application-city = City
field-application-contact-name = Contact person
field-application-contact-phone = Contact phone
field-application-contact-email = Contact e-mail
field-application-job-url = Link to the job offer
field-application-notes = Notes
field-application-stage = Stage
field-application-at = Date
field-application-stage-note = Note
field-interview-at = Interview date and time
field-interview-place = Interview address
field-interview-link = Video-call link
field-interview-notes = Interview notes
field-action-note = What to do
field-action-due-at = By when
field-document-permit-type = Type of permit
field-document-title = Document name
field-document-expires-on = Expiry date
field-document-notes = Notes
field-meeting-at = Meeting date and time
field-meeting-tutor = Tutor
field-meeting-topics = Topics
field-meeting-notes = Notes
field-meeting-agreed-action = Agreed action
field-personal-full-name = Full name
field-personal-email = E-mail
field-personal-phone = Phone
field-personal-city = City
field-personal-summary = About me
field-availability-hours-per-week = Hours per week
field-availability-shifts = Shifts
field-availability-max-travel-km = Furthest distance to work
field-availability-available-from = Available from
field-language-language = Language
field-experience-role = Job
field-experience-employer = Employer
field-experience-sector = Sector
field-experience-country = Country
field-experience-city = City
field-experience-start-month = Start
field-experience-end-month = End
field-experience-tasks = Tasks
field-education-title = Qualification
field-education-institution = School or university
field-education-eqf-level = Level (EQF)
field-education-country = Country
field-education-start-year = Start year
field-education-end-year = End year
field-skill-text = Skill
field-skill-esco-uri = ESCO link
field-certificate-name = Licence or certificate
field-certificate-issuer = Issued by
field-certificate-issued-on = Date of issue
field-certificate-expires-on = Expiry date
field-report-comment = What is wrong
field-question-text = Your question
field-pairing-server = Server address
field-pairing-code = Pairing code
field-lesson-answer = Answer
field-lesson-step = Step
field-lesson-name = Name on the certificate
field-query-now = Date and time
field-query-time-zone = Time zone
field-query-lat = Latitude
field-query-lon = Longitude
field-query-radius-m = Distance
field-query-cursor = Page
field-query-limit = How many per page
field-store-key = Key
field-store-path = Diary file
field-store-trusted-keys = Trusted signing keys
field-navigation-link = Link

## The app core: screens and the first run
nav-guides = Guides
nav-tutor = My tutor
app-screen-not-built = This screen is not ready yet. Everything you saved is safe.
home-sync-not-paired = Your diary stays on this phone. Connect with a tutor to share it.
first-run-ui-language = Choose your language
first-run-content-language = In which language do you want to read services and lessons?
first-run-same-language = The same language
first-run-install = Getting ready
first-run-installing = Putting the services and lessons on your phone. No internet is needed.
first-run-install-missing = The app's files could not be read. You can try again, or go on: your diary works without them.
first-run-city = Your city
first-run-city-services = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
first-run-privacy = Your data
first-run-privacy-phone = Everything you write stays on this phone, locked with a key only this phone has.
first-run-privacy-shared = Nothing is shared unless you connect with a tutor and choose what to share. You can stop sharing at any time.
first-run-privacy-erase = You can erase everything in Settings at any time.
first-run-privacy-accept = I understand
first-run-pairing = Connect with a tutor
first-run-pairing-explain = If an organisation helps you, your tutor can give you a code. You can also do this later.
first-run-pairing-scan = Scan the code
first-run-pairing-type = Type the code
first-run-pairing-skip = Not now
field-settings-ui-language = Language of the app
field-settings-content-language = Language of services and lessons
field-settings-city = City
field-notifications-quiet-hours = Quiet hours

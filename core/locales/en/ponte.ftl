# Ponte — user interface strings, English.
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
error-invalid-bad-content = A content record is not valid.
error-invalid-comment-required = Please say what is wrong.

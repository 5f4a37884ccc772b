# Ponte coordinator dashboard, English.
# Review: reviewed
dashboard-title = Ponte coordinator
dashboard-demo-warning = Demo: the services are not verified, and the people, their diaries, questions, reports and outcomes are invented. Do not give any of it to beneficiaries as it is.
dashboard-services = Services
dashboard-region = Territory
dashboard-count = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
dashboard-name = Name
dashboard-categories = Categories
dashboard-address = Address
dashboard-hours = Opening hours
dashboard-lessons = Lesson pack
dashboard-pack = Version { $version }, { $bytes } bytes
dashboard-no-pack = No lesson pack published yet.
dashboard-api = Sync API

## Dates (Europe/Rome) and the overview page
date-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-time = { $day } { $month } { $year }, { $time }
overview-waiting = Waiting for your answer
overview-waiting-none = Nobody is waiting for an answer from you.
overview-question = Question
overview-asked = Sent
overview-week = This week's appointments
overview-week-none = No appointments this week.
overview-when = When
overview-what = What
overview-unchecked = Services not checked for a year
overview-unchecked-none = Every service of your territory was checked in the last year.
overview-sources-due = Facts in the lessons not checked in the last year
overview-sources-due-none = Every fact the published lessons cite was checked against its source in the last year.
overview-sources-due-count = { $count ->
    [one] One source the lessons cite is due for a check: open it, check what the lessons say, and publish the course with the new date.
   *[other] { $count } sources the lessons cite are due for a check: open each, check what the lessons say, and publish the course with the new date.
}
overview-course = Course
overview-source = Source
overview-unchecked-count = { $count ->
    [one] One service of your territory is due a check: call it, or visit its website, and write today's date in “Last checked”.
   *[other] { $count } services of your territory are due a check: call them, or visit their websites, and write today's date in “Last checked”.
}
overview-last-checked = Last checked
overview-never-checked = Never
overview-reports = Open reports of wrong information
overview-outdated = Outdated translations
overview-outdated-none = No outdated translations: every translation was made from the current text.
overview-kind = Kind
overview-a-service = Service
overview-a-guide = Guide
overview-languages = Languages to update
overview-more = { $count ->
    [one] And one more
   *[other] And { $count } more
}
overview-username = User name
overview-manage-accounts = Manage the accounts
overview-audit = Latest changes
overview-all-audit = The whole audit log

## Navigation and errors
nav-beneficiaries = Beneficiaries
nav-reports = Reports
nav-accounts = Accounts
nav-audit = Audit log
nav-logout = Sign out
nav-signed-in = { $user } ({ $role })
brand-name = Ponte
skip-to-content = Skip to main content
nav-label = Main menu
nav-home = Overview
back = Back
error-title = Something went wrong
error-forbidden = Your account cannot see or do this.
error-csrf = This form has expired. Go back, reload the page and try again.
error-internal = The server could not do this. Try again; if it keeps failing, tell the administrator.
error-not-found = Not found
error-bad-upload = The form with its files did not arrive whole. Go back, choose the files again and send it again.

## Signing in
login-title = Sign in
login-username = User name
login-password = Password
login-submit = Sign in
login-wrong = Wrong user name or password.
login-too-many = Too many failed attempts. Wait 15 minutes, or ask an administrator to reset the password.

## Beneficiaries
beneficiary-nickname = Nickname
beneficiary-languages = Languages
beneficiary-tutor = Tutor
beneficiary-none = No beneficiaries yet.
beneficiary-add = Add a beneficiary
beneficiary-privacy = Only a nickname and the languages: no name, no documents, nothing about asylum.
beneficiary-devices = Phones
beneficiary-new-code = New pairing code
beneficiary-no-devices = No phone paired yet.
beneficiary-shares = What they share with you
beneficiary-shares-nothing = Nothing yet: the person chooses on their phone what to share.
beneficiary-items = Your items for them
device-paired = paired { $when }
device-seen = last seen { $when }
device-revoked = revoked
device-revoke = Revoke
consent-diary = job-search diary
consent-progress = lesson progress
consent-profile = skills profile
consent-outcomes = anonymous outcome counts
shared-field-employer = Employer
shared-field-position = Job
shared-field-source-detail = Found through
shared-field-city = City
shared-field-contact-name = Contact
shared-field-contact-phone = Contact's phone
shared-field-contact-email = Contact's e-mail
shared-field-job-url = Job advert
shared-field-notes = Notes
shared-field-stage = Stage
shared-field-stage-note = Note on the stage
shared-field-stage-changed-at = Stage changed
shared-field-created-at = Added
shared-field-at = When
shared-field-topics = Topics
shared-field-tutor = Tutor
shared-field-title = Title
shared-field-text = Text
shared-field-place = Place
shared-field-url = Link
shared-field-service = Service
stage-saved = Saved
stage-applied = Applied
stage-interview = Interview
stage-offer = Offer
stage-hired = Hired
stage-offer-declined = Offer declined
stage-rejected = Rejected
stage-withdrawn = Withdrawn
stage-expired = Expired
stage-no-answer = No answer
record-application = Application
record-diary-meeting = Meeting in the diary
record-lesson-progress = Lesson progress
record-profile = Profile
record-tutor-note = Note
record-referral = Referral to a service
record-tutor-meeting = Meeting
record-job-offer = Suggested job offer
item-add = Add an item
item-kind = Kind
item-title = Title
item-text = Text
item-service = Service id (for a referral)
item-at = Date and time (appointment, meeting)
item-place = Place
item-url = Link (job offer)
item-bad-kind = Choose the kind of item.
item-edit = Change or delete
item-save = Save the changes
item-delete = Delete this item
code-title = Pairing code
code-explain = On the phone, open Ponte, choose “Connect to my tutor” and type this code, or scan the QR code.
code-expires = Valid once, until { $when }.
code-qr = The same code as a QR code.

## Questions from the phone ("ask my tutor")
beneficiary-questions = Questions
question-none = No questions yet: the person can send you one from Ask on their phone when no guide answers it.
question-open = Waiting for your answer
question-answered = Answered
question-asked = sent { $when }
question-answered-by = Answered by { $who }, { $when }. The phone gets the answer as a note at its next sync.
question-answer = Your answer
question-script = Or answer with an operators' script
question-script-none = No script
question-help = With a script chosen and no text, the script's text is sent in the person's language (or in English, or Italian).
question-send = Send the answer
question-answer-sent = Answer sent: the phone gets it as a note at its next sync.
question-empty = Write an answer or choose a script.
question-too-long = An answer has at most 4000 characters.
question-bad-script = Choose one of the scripts in the list.
question-already-answered = This question has already been answered.

## Services
nav-services = Services
nav-lessons = Lessons
nav-outcomes = Outcomes
service-search = Search by name, organisation, city or id
service-search-button = Search
service-all-regions = All territories
service-import = Import services from a file
service-organisation = Organisation
service-city = City
service-lat = Latitude
service-lon = Longitude
service-last-verified = Last checked (YYYY-MM-DD)
service-hours-help = OpenStreetMap syntax, for example: Mo-Fr 09:00-13:00; Sa 09:00-12:00; PH off
service-contacts = Contacts
service-contact-phone = Phone
service-contact-whatsapp = WhatsApp
service-contact-email = E-mail
service-contact-web = Website
service-contact-walk-in = Walk in without an appointment (where or when)
service-free = Free of charge
service-wheelchair = Wheelchair access
service-unknown = Not known
service-yes = Yes
service-no = No
service-version = Version { $version }
service-source-language = texts written in { $language }
service-texts = Texts
service-text-source = Original text ({ $language })
service-text-translation = Translation ({ $language })
service-outdated = Outdated: translated from version { $from }, the original text is now at version { $version }. Check it and save, or mark it as reviewed.
service-description = Description
service-eligibility = Who can use it
service-how-to = How to get there, what to bring
service-provenance = Where this text comes from
provenance-original = Written in this language
provenance-machine = Machine translation, not checked
provenance-reviewed = Checked by a person
service-save = Save
service-saved = Saved. The phones receive the change at their next sync.
service-delete = Delete this service
service-delete-explain = The service disappears from the phones at their next sync.
service-refused = Not saved. { $field }:
service-not-a-number = not a number
service-not-yes-no = choose yes, no or not known
service-bad-provenance = choose where the text comes from
service-changed-meanwhile = Someone else saved this service after you opened it. Reload the page to see their changes, then make yours again.
category-work = Work and employment
category-job-orientation = Job orientation
category-italian-courses = Italian courses
category-legal-aid = Legal aid and documents
category-health = Health
category-mental-health = Mental health
category-housing = Housing
category-food = Food and basic needs
category-education = Education
category-digital-help = Digital help
category-womens-support = Support for women
category-children-families = Children and families
category-transport = Transport
category-banking = Banking and money

## Import
import-explain = Upload the file: first you see how each row is read, ok, with warnings or refused, and nothing is written until you confirm.
import-file = File
import-format = Format
import-format-csv = CSV (any spreadsheet saved as CSV)
import-format-geojson = GeoJSON
import-format-osm = OpenStreetMap (Overpass JSON)
import-no-file = Choose a file to import.
import-region-city = Give the territory and the city.
import-bad-format = Choose the file's format.
import-unreadable = The file cannot be read:
import-row = Row
import-field = Field
import-reason = Problem
import-source = Source
import-source-none = None (a one-off file)
import-source-explain = With a source, a new file of the same source updates the services it gave last time, and the column mapping is kept for the next one.
import-preview = Upload and preview
import-too-large = The file is larger than { $mib } MiB: split it into smaller files.
import-no-such-source = That source does not exist: choose one from the list.
import-gone = This upload is no longer waiting (imported, cancelled or older than two hours): upload the file again.
import-preview-title = Import of { $file }
import-nothing-yet = Nothing has been written yet: check the rows, then confirm.
import-read-as = Read as { $encoding }, separator { $separator }, { $columns } columns.
import-summary = { $total } rows: { $good } can be imported ({ $warned } with warnings), { $refused } refused.
import-reading = How the file is read
import-encoding = Encoding
import-separator = Separator
import-separator-comma = comma (,)
import-separator-semicolon = semicolon (;)
import-separator-tab = tab
import-separator-pipe = vertical bar (|)
import-mapping = Columns
import-mapping-explain = Choose what each column of the file becomes in Ponte. Columns left as “not imported” are left out.
import-column = Column of the file
import-example = First row
import-becomes = Becomes
import-column-new = new since the mapping was saved
import-constants = Values for every row
import-constants-explain = Used where a row leaves the field empty.
import-defaults-explain = For the objects of the file that do not say them: the kind of service (an object whose tags name none the table knows) and who runs it (no operator tag).
import-geocoded = Position from the geocoder, { $precision }: { $place }. Check it.
import-geocoded-count = { $count } positions found by the geocoder.
import-not-geocoded = { $count } rows have an address and no position: the geocoder can look them up, one a second.
import-geocode = Find the positions of { $count } rows
import-no-geocoder = This coordinator has no geocoder (serve --geocoder-url), or the file is not a CSV.
import-languages-spoken = Languages spoken (codes separated by ;)
import-file-language = Language of the names and descriptions (code)
import-preview-again = Preview again
import-bad-choice = That choice is not one of the list: choose again.
import-bad-language = A language code is not valid: use codes such as it, en, ar.
import-plan = What the import does to { $source }
import-plan-counts = { $added } new, { $changed } changed, { $unchanged } unchanged, { $gone } no longer in the file.
import-gone-explain = These services of the source are no longer in the file: they are kept unless you choose to retire them.
import-duplicates = Maybe already on the map
import-duplicate = { $new } looks like { $existing } ({ $metres } m apart, names { $percent }% alike).
import-open = open
import-retire = Retire the services no longer in the file (the phones remove them)
import-good-only = The { $refused } refused rows are not imported: download them, fix them and upload them again.
import-confirm = { $count ->
    [one] Import the row that can be imported
   *[other] Import the { $count } rows that can be imported
}
import-nothing-good = No row can be imported: fix the file and upload it again.
import-cancel = Import nothing
import-already = This file has already been imported.
import-done-counts = Imported: { $count } services, { $changed } changed, { $unchanged } unchanged, { $retired } retired; { $refused } rows refused.
import-refused-download = Download the { $count } refused rows (CSV)
import-refused-rows = Refused rows
import-rows = First { $shown } rows of { $total }
import-status = Status
import-name = Name
import-details = Details
import-status-ok = ok
import-status-warning = warning
import-status-refused = refused
import-target-ignore = (not imported)
import-field-id = Id in the source
import-field-organisation = Organisation
import-field-name = Name
import-field-description = Description
import-field-categories = Categories
import-field-address = Address (street)
import-field-house-number = House number
import-field-postcode = Postcode
import-field-city = City
import-field-province = Province
import-field-district = District
import-field-lat = Latitude
import-field-lon = Longitude
import-field-opening-hours = Opening hours
import-field-phone = Phone
import-field-whatsapp = WhatsApp
import-field-email = E-mail
import-field-web = Web site
import-field-languages-spoken = Languages spoken
import-field-free = Free of charge
import-field-wheelchair = Wheelchair access
import-field-last-verified = Last checked
import-field-source = Checked by

## Reports
report-none = No open reports.
report-service = Service
report-kind = What is wrong
report-comment = Comment
report-date = Sent
report-fix = Fix the service
report-dismiss = Dismiss
report-resolved = Report resolved.
report-dismissed = Report dismissed.
report-kind-closed-for-good = Closed for good
report-kind-wrong-hours = Wrong opening hours
report-kind-wrong-address = Wrong address
report-kind-wrong-phone = Wrong phone number
report-kind-other = Something else

## Lessons
lessons-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
lessons-other-key = The published pack was not signed with this coordinator's key: a new upload publishes only the uploaded courses.
lessons-key = The phones must trust this public key: { $key }
lessons-demo-key = The packs are signed with the public demo key: they prove nothing. Do not use it for real beneficiaries.
lessons-upload = Publish courses
lessons-upload-explain = One or more course files (JSON, see content/lessons/FORMAT.md). A course with the same id as a published one replaces it; the others stay. Everything is checked first: if anything is wrong, nothing is published.
lessons-files = Course files
lessons-submit = Check and publish
lessons-published = Version { $version } published: the phones install it at their next sync.
lessons-twice = the course { $course } is in two files
lessons-no-files = Choose at least one course file.
lessons-refused = Nothing was published. Problems found:

## Outcomes
outcome-explain = Anonymous counts from the phones whose owners chose to share them: no person can be recognised.
outcome-none = No outcomes shared yet.
outcome-chart = Totals per month, all organisations.
outcome-month = Month
outcome-organisation = Organisation
outcome-applications = Applications
outcome-interviews = Interviews
outcome-hires = Hires
outcome-lessons = Lessons completed
outcome-phones = Phones

## Accounts and audit
account-role = Role
account-new-password = New password
account-set-password = Set
account-add = Add an account
account-rules = User name: lowercase letters, digits and - _ . @. Password: at least 10 characters. Setting a new password ends the account's sessions.
account-bad-role = Choose a role.
role-admin = Administrator
role-operator = Operator
role-tutor = Tutor
audit-action-login = Signed in
audit-action-logout = Signed out
audit-action-account-add = Account added
audit-action-account-password = Password changed
audit-action-beneficiary-add = Person added
audit-action-beneficiary-erase = Person erased
audit-action-consent-grant = Consent given
audit-action-consent-withdraw = Consent withdrawn
audit-action-device-pair = Phone paired
audit-action-device-revoke = Phone revoked
audit-action-device-unpair = Phone unpaired
audit-action-item-add = Item added
audit-action-item-edit = Item changed
audit-action-item-delete = Item deleted
audit-action-lessons-publish = Lessons published
audit-action-maps-publish = City map published
audit-action-pairing-code-create = Pairing code made
audit-action-question-answer = Question answered
audit-action-service-delete = Service deleted
audit-action-service-edit = Service changed
audit-action-service-import = Services imported
audit-action-guide-create = Guide created
audit-action-guide-edit = Guide changed
audit-action-guide-image = Guide image set
audit-action-guide-image-remove = Guide image removed
audit-action-guide-make-public = Guide made public
audit-action-guide-publish = Guide published
audit-action-guide-unpublish = Guide withdrawn
audit-action-report-dismissed = Report dismissed
audit-action-report-resolved = Report resolved
audit-when = When
audit-who = Who
audit-action = What
audit-target = On
audit-detail = Details

## Offline city map
nav-maps = Map
maps-title = Offline city map
maps-current = Map of { $region }: version { $version }, { $bytes } bytes, zoom { $min }–{ $max }, published { $when }.
maps-bounds = Area: south { $south }, west { $west }, north { $north }, east { $east }.
maps-none = No map published for { $region } yet: the phones show the services as a list, and their map screen says there is no map.
maps-upload = Publish a map
maps-upload-explain = A PMTiles file (version 3) of your territory, up to 256 MiB, for example cut with "pmtiles extract" from a Protomaps build with the territory's bounding box. Its area and zoom range are read from the file. The phones download it on Wi-Fi (or on mobile data if the person allows it) and replace their map only once the new one is complete and its signature checks.
maps-file = PMTiles file
maps-submit = Check and publish
maps-published = Version { $version } published: the phones download it when they next check for a map.
maps-refused = Nothing was published:
maps-no-file = Choose a PMTiles file.
maps-not-pmtiles = this is not a PMTiles file (it does not start with "PMTiles").
maps-version = this is PMTiles version { $version }; only version 3 can be published (convert it with "pmtiles convert").
maps-truncated = the file is cut short: its header points past its end. Upload it again.
maps-zoom = the zoom range { $min }–{ $max } in its header is not possible.
maps-bounds-bad = the area in its header is not a rectangle on the Earth.
maps-too-large = the file is larger than 256 MiB: cut a smaller area or fewer zoom levels.

## Guides
nav-guides = Guides
guide-national = National (every territory)
guide-tree-explain = The tree a territory's phones show: the national guides and the territory's own. Operators' scripts are never sent to the phones; a guide that is not published is seen only by the editors.
guide-show = Show
guide-language = Language
guide-none = No guides here yet.
guide-new = New guide
guide-new-under = Add a guide under this one
guide-title = Title
guide-body = Text
guide-body-help = Headings (# Title), lists (- item, 1. item), **bold**, links to https:// addresses, mailto: and tel:, and inside Ponte: [text](service:ID), [text](lesson:ID), [text](guide:ID). Phone numbers and street addresses written as text are recognised. No images in the text (the guide's one image is uploaded in the Image part of this page), HTML, code or quotes.
guide-id = Id
guide-id-help = Lowercase letters, digits and - _ . : (for example codice-fiscale). It cannot be changed later.
guide-id-taken = a guide with this id exists already
guide-parent = Under
guide-parent-top = (at the top of the tree)
guide-parent-missing = no guide has this id
guide-parent-region = a national guide can only be under a national guide; a territory's guide under a national one or one of the same territory
guide-parent-loop = a guide cannot be under itself or under one of its own guides
guide-position = Position among the guides beside it (smallest first)
guide-visibility = Who reads it
guide-visibility-public = Everyone: the phones
guide-visibility-operators = Operators only: a script for answering people
guide-source-language = Language of the original text
guide-last-checked = Last checked against the official sources (YYYY-MM-DD)
guide-sources = Official sources
guide-source-title = Name of the source
guide-source-url = Address (https://)
guide-text-source = Original text ({ $language })
guide-text-translation = Translation ({ $language })
guide-outdated = Outdated: translated from version { $from }, the original text is now at version { $version }. Check it and save, or mark it as checked by a person.
guide-remove-hint = To remove this translation, empty its title and text, then save.
guide-add-language = Add a translation in
guide-add = Add
guide-save = Save
guide-preview = Preview
guide-preview-in = Preview in
guide-preview-empty = Nothing to show yet: write a title and a text.
guide-saved = Saved.
guide-created = Guide created. It is not published yet: only the editors see it until you publish it.
guide-refused = Not saved: nothing was changed.
guide-required = is required
guide-not-a-number = not a whole number
guide-bad-choice = choose one of the options
guide-bad-language = choose a language
guide-changed-meanwhile = Someone else saved this guide after you opened it. Reload the page to see their changes, then make yours again.
guide-link-service = service { $id }
guide-link-lesson = lesson { $id }
guide-link-guide = guide { $id }
guide-link-missing = not found
guide-phone = Phone number: { $number }
guide-address = Street address
guide-published = Published
guide-draft = Not published
guide-state-public = Published: the phones receive it at their next sync.
guide-state-script = Published for the tutors. Operators' scripts are never sent to the phones.
guide-state-draft = Not published: only the editors see it; the phones do not get it and the tutors do not see it.
guide-publish = Publish
guide-unpublish = Unpublish
guide-published-done = Published.
guide-unpublished-done = Unpublished: the phones drop it at their next sync.
guide-make-public = Turn into a public guide
guide-make-public-explain = This operators' script becomes a guide for everyone: while it is published, the phones receive it at their next sync, in its languages. Its version goes up, so its translations show as outdated until someone checks them.
guide-make-public-confirm = Yes, turn it into a public guide
guide-made-public = It is now a public guide.
guide-history = Who changed what
guide-history-none = No changes recorded yet.
guide-version = Version { $version }
guide-in-language = Shown in { $language }: there is no text in the language chosen.
guide-checked = Checked on { $date } against:
guide-under-it = Guides under it
guide-status = Translations
guide-status-original = original
guide-status-reviewed = reviewed
guide-status-machine = machine
guide-status-outdated = outdated
guide-status-missing = missing
guide-image = Image
guide-image-explain = One picture, shown above the guide's text on the phones: a JPEG, PNG or WebP of at most { $kib } KiB and { $side } pixels on a side. Every phone of the territory downloads it with the guide, often on prepaid data: keep it small. Describe it in words for the people who use a screen reader.
guide-image-none = This guide has no image.
guide-image-about = { $type }, { $width } × { $height } pixels, { $kib } KiB
guide-image-file = Image file (JPEG, PNG or WebP)
guide-image-alt = Description of the image
guide-image-alt-in = Description of the image ({ $language }), read aloud by screen readers
guide-image-upload = Upload the image
guide-image-replace = Replace the image
guide-image-remove = Remove the image
guide-image-saved = Image saved.
guide-image-removed = Image removed, with its descriptions.
guide-image-no-file = choose an image file
language-it = Italian
language-en = English
language-fr = French
language-es = Spanish
language-ar = Arabic
language-fa = Persian
language-ps = Pashto
language-ur = Urdu
language-bn = Bengali
language-ti = Tigrinya
language-so = Somali
language-uk = Ukrainian

## Why a field, an imported row or a file is refused (ponte_wire::Problem). Each follows the
## field's name, so it starts in lower case, and says what to do.
problem-required = is required: fill it in
problem-record-id = use lowercase letters, digits and - _ . : only, at most 100 characters
problem-version = must be 1 or more
problem-region = must be a territory code: lowercase letters, digits and - (for example reggio-emilia)
problem-date = is not a date: write it as YYYY-MM-DD (for example 2026-11-20)
problem-language-code = “{ $code }” is not a language code: use codes such as it, en, ar or pt-BR
problem-twice = “{ $value }” appears twice: keep only one
problem-too-long = a text is longer than { $max } characters: shorten it
problem-source-text = the text in the source language ({ $language }) is required: write at least its name or title
problem-source-version = a translation's version must be between 1 and the current version ({ $version })
problem-category = choose at least one category
problem-latitude = must be a latitude between -90 and 90, in decimal degrees (for example 44.4949)
problem-longitude = must be a longitude between -180 and 180, in decimal degrees (for example 11.3426)
problem-position-half = latitude and longitude go together: give both, or neither for a service without a map position
problem-opening-hours = are not valid OpenStreetMap opening hours: write them like the example under the field (for example Mo-Fr 09:00-13:00; PH off)
problem-parent = must be another guide: a guide cannot be under itself
problem-https = must be an address starting with https://
problem-body-image = line { $line }: images are not supported in the text: upload the guide's image in the Image part of this page
problem-body-html = line { $line }: HTML is not supported: use the formatting explained under the field
problem-body-code = line { $line }: code blocks are not supported: do not start a line with four spaces or ```
problem-body-quote = line { $line }: quotes are not supported: do not start a line with >
problem-body-rule = line { $line }: horizontal rules are not supported: remove the line of --- or ***
problem-body-link = line { $line }: a link must go to https://, mailto:, tel:, service:, lesson: or guide: (not { $target })
problem-image-too-large = the image is larger than { $max_kib } KiB: make it smaller (for example 1200 pixels wide, JPEG quality 80) and upload it again
problem-image-not-image = this file is not a JPEG, PNG or WebP image
problem-image-too-many-pixels = the image is { $width } × { $height } pixels: at most { $side } on a side
problem-image-alt-required = describe the image in the language of the original text: screen readers read it in its place
problem-image-alt-without-image = there is no image to describe: upload one first
problem-term-required = write at least one term
problem-too-many-terms = at most { $max } terms per language: keep the ones people type most
problem-empty-term = a term is empty: write it or remove it
problem-lesson-id = the id must be lowercase letters, digits and - (at most 80 characters), and used only once
problem-lesson-text = the { $language } text is missing or empty: write it
problem-translation-missing = the translations do not list { $language }: add it
problem-course-lessons = a course needs at least one lesson
problem-lesson-steps = a lesson needs at least one step
problem-minutes = the minutes must be between 1 and 120
problem-mastery-m-of-n = in the mastery rule "m of n", m must be between 1 and n
problem-mastery-streak = the mastery streak must be at least 1
problem-mastery-items = the mastery rule needs { $needed } quiz items and the lesson has { $items }: add items or lower the rule
problem-glossary-term = the term [[{ $term }]] is not in the lesson's glossary in { $language }: add it to the glossary or remove the brackets
problem-one-right-answer = a single-choice question needs exactly one right answer; it has { $found }
problem-some-right-answer = a multiple-choice question needs at least one right answer
problem-two-items = an ordering question needs at least two items
problem-two-pairs = a matching question needs at least two pairs
problem-two-choices = a question needs at least two choices, each with its own id
problem-media-missing = the file { $path } is not among the lessons' pictures: upload it or name one that exists
problem-claim-without-source = this step states a law, a cost or a deadline ("{ $found }") but names no source: mark it with its claims and the sources it comes from (see FORMAT.md)
problem-claim-marked-without-source = this step is marked with claims but names no source: add the sources its facts come from
problem-claim-kind-unknown = the claim kind { $kind } is unknown: use law, cost, deadline or rule
problem-source-unknown = the source { $id } is not among the course's sources: add it there or correct the name
problem-source-incomplete = the source { $id } needs a reference, an https:// address, and either the date it was checked (YYYY-MM-DD) or no date while nobody has checked it
problem-source-not-cited = no step cites the source { $id }: cite it where its facts are used, or remove it
problem-not-a-lesson = { $id } is not a lesson: write the id of an existing lesson
problem-unknown-column = is not a column Ponte reads: rename or remove it (the columns are listed in the README)
problem-unknown-category = “{ $code }” is not a category: use the codes of the list (for example work, legal_aid, health)
problem-unknown-audience = “{ $code }” is not an audience: use everyone, asylum_seekers, refugees, women or minors
problem-not-a-number = “{ $value }” is not a number: write decimal degrees (for example 44.4949)
problem-not-a-whole-number = “{ $value }” is not a whole number: write 1, 2, 3…
problem-not-yes-no = “{ $value }” is not yes or no: write yes, no, or leave it empty
problem-not-a-provenance = “{ $value }” is not original, machine or reviewed
problem-bad-csv-row = this line cannot be read: check that it has as many fields as the header and that every quote is closed
problem-geometry-not-point = must be a Point (one position), not a line or an area
problem-coordinates-missing = the Point has no coordinates
problem-osm-kind = the tags do not say what kind of service this is: give the import a category, or add a ponte:category tag
problem-not-csv = it is not a CSV file with a header row in UTF-8: save it again as "CSV UTF-8"
problem-not-json = it is not valid JSON (line { $line }): check that the file is whole and is the one you exported
problem-not-geojson = it is not a GeoJSON FeatureCollection: export the points as a FeatureCollection
problem-not-overpass = it is not Overpass JSON (it has no elements): export with [out:json] and "out center tags"
problem-not-utf8 = is not UTF-8 text: save the course file again as UTF-8
problem-not-a-course = is not a course file: a field is missing or has the wrong type (see content/lessons/FORMAT.md)
problem-course-unknown-field = { $at }: this field is not one this coordinator knows: check its spelling or remove it
problem-course-unknown-kind = { $at }: this kind of step is not one this coordinator knows: use a kind of content/lessons/FORMAT.md
problem-course-unknown-value = { $at }: { $value } is not a value this coordinator knows: use one of content/lessons/FORMAT.md

## What is wrong with an account's, a beneficiary's or an item's input (error::Invalid).
invalid-languages-required = Languages: write at least one language code, for example ar, it.
invalid-language-code = Languages: “{ $value }” is not a language code: use codes such as ar, it or pt-BR.
invalid-nickname = Nickname: write 1 to 60 characters.
invalid-not-a-tutor = Tutor: this person is not a tutor of your organisation: choose one from the list.
invalid-tutor-required = Tutor: choose the tutor.
invalid-kind = A tutor adds notes, referrals, meetings or job offers only.
invalid-title = Title: it is required: fill it in.
invalid-referral-service = Service: a referral needs the service it sends the person to: choose one.
invalid-date-time = Date and time: write them as 2026-12-01T09:30, or choose them in the field.
invalid-user-name = User name: 2 to 64 lowercase letters, digits or - _ . @
invalid-password = Password: at least { $value } characters.
invalid-user-name-taken = User name: “{ $value }” is already taken: choose another.

## Importing operators' files as they come (intake): warnings about a row's values
intake-phone-lost-zero = Phone “{ $original }” had lost its leading 0 in a spreadsheet: read as { $result }. Check it.
intake-phone-from-number-cell = Phone “{ $original }” was saved as a number by a spreadsheet: read back as { $result }.
intake-phone-digits-lost = Phone “{ $original }”: the spreadsheet cut its last digits; left out. Write it as text in the file.
intake-phone-unreadable = “{ $original }” is not a phone number that can be read; left out.
intake-phone-fax-left-out = “{ $original }” is a fax number, which a person cannot call; left out.
intake-url-scheme-added = Web address “{ $original }” had no https://: read as { $result }.
intake-url-is-email = “{ $original }” in the web column is an e-mail address; left out of the web address.
intake-url-invalid = “{ $original }” is not a web address; left out.
intake-email-invalid = “{ $original }” is not an e-mail address; left out.
intake-email-at-restored = E-mail “{ $original }” was written against spam: read as { $result }.
intake-address-split = The address “{ $original }” held other details: the street is “{ $street }”, the rest was split out.
intake-address-unclear = The address “{ $original }” seems to hold a phone number or a district, but not clearly: left whole. Check it.
intake-hours-converted = Opening hours “{ $original }” converted to { $result }. Check the result.
intake-hours-kept-as-note = Opening hours “{ $original }” could not be converted: shown to the person as written.
intake-value-not-used = Column “{ $column }”: { $field } has one value per service; “{ $value }” was not used.
intake-file-empty = The file is empty.
intake-file-not-utf8 = The file is not UTF-8 (line { $line }): choose its encoding (Windows-1252 or ISO-8859-1).
intake-file-unreadable = Line { $line } cannot be read: { $message }
intake-row-field-count = This row has { $found } cells, the header { $expected }: a separator inside a value without quotes, or a row cut short.

## Finding a position for an address (geocoding)
geocode-precision-address = at the address
geocode-precision-street = on the street (not the house number)
geocode-precision-district = in the district only
geocode-precision-city = in the city only: not used
geocode-error-bad-url = The geocoder's address is not an http(s) address: check the configuration.
geocode-error-unreachable = The geocoder does not answer: the rows without a position stay so.
geocode-error-refused = The geocoder refused the request: the rows without a position stay so.
geocode-error-bad-answer = The geocoder's answer cannot be read: the rows without a position stay so.

## Import sources
source-problem-id = Source id: 1 to 40 lowercase letters, digits and -.
source-problem-name = Name: required, at most 200 characters.
source-problem-region = Territory: lowercase letters, digits and -.
source-problem-licence = Licence: choose one from the list (own data, ODbL-1.0, CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, IODL-2.0).
source-problem-attribution = Attribution: this licence asks for one (who to credit, at most 300 characters).
intake-category-translated = Category “{ $original }” read as { $result }. Check it.
intake-category-unknown = “{ $original }” is not a category Ponte knows: left out. Give the categories for every row, or choose another column.
intake-no-position = No map position: found by search and in lists, not on the map. Add its coordinates when you can.

## The map of the services (services page and service editor)
map-title = Map
map-label = Map of the services
map-legend = Pin colours by category
map-no-category = No category
map-attribution = © OpenStreetMap contributors
map-help-services = A pin's colour is its service's first category. Click a pin to open the service, a white circle with a dark ring (several services) to zoom in. Services without a position are only in the list.
map-help-editor = Drag the pin, or click the map, to correct the position: latitude and longitude below follow it. Save the form to keep it.

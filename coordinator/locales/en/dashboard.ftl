# Ponte coordinator dashboard, English.
# Review: reviewed
dashboard-title = Ponte coordinator
dashboard-demo-warning = Demo data: not verified. Do not give it to beneficiaries as it is.
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

## Navigation and errors
nav-beneficiaries = Beneficiaries
nav-reports = Reports
nav-accounts = Accounts
nav-audit = Audit log
nav-logout = Sign out
nav-signed-in = { $user } ({ $role })
back = Back
error-title = Something went wrong
error-forbidden = Your account cannot see or do this.
error-csrf = This form has expired. Go back, reload the page and try again.
error-internal = The server could not do this. Try again; if it keeps failing, tell the administrator.
error-not-found = Not found

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
service-refused = Not saved. { $field }: { $message }
service-required = is required
service-bad-hours = not valid OpenStreetMap opening hours: see the example under the field
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
import-explain = The file is imported whole or not at all: if any row is wrong, nothing changes and every wrong row is listed.
import-file = File
import-format = Format
import-format-csv = CSV (Ponte's columns)
import-format-geojson = GeoJSON
import-format-osm = OpenStreetMap (Overpass JSON)
import-submit = Import
import-no-file = Choose a file to import.
import-region-city = Give the territory and the city.
import-bad-format = Choose the file's format.
import-unreadable = The file cannot be read: { $reason }
import-refused = { $count ->
    [one] One row is wrong: nothing was imported.
   *[other] { $count } rows are wrong: nothing was imported.
}
import-row = Row
import-field = Field
import-reason = Problem
import-done = { $count } services read: { $changed } changed, { $unchanged } unchanged.

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

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
code-title = Pairing code
code-explain = On the phone, open Ponte, choose “Connect to my tutor” and type this code, or scan the QR code.
code-expires = Valid once, until { $when }.
code-qr = The same code as a QR code.

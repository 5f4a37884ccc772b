# Ponte — app-common, English (the source of the catalogue).
# Review: reviewed

speech-no-voice = This phone has no voice for { $language }.
speech-other-language = This phone has no voice for { $language }: reading it in { $other }.
guides-coming = Guides from the organisations near you will be here. Everything else works without internet.

# The profile, the CV and the settings.
profile-filled = { $filled } of { $total } parts filled
profile-hint-personal = Add your name and a phone number or an e-mail, so an employer can reach you.
profile-hint-availability = Say when you can work and how far you can travel.
profile-hint-language = Add the languages you speak, even a little.
profile-hint-experience = Add the jobs you have done, in Italy or in other countries, paid or not.
profile-hint-education = Add your schools and courses, even unfinished ones.
profile-hint-skill = Add what you know how to do: cooking, driving, cleaning, caring for people…
profile-hint-certificate = Add your driving licence and any other certificate.
profile-add-language = Add a language
profile-add-experience = Add a job
profile-add-education = Add a school or course
profile-add-skill = Add a skill
profile-add-certificate = Add a licence or certificate
profile-transport = How I get to work
profile-not-said = Not said
profile-level-a1 = A1 · beginner
profile-level-a2 = A2 · elementary
profile-level-b1 = B1 · intermediate
profile-level-b2 = B2 · upper intermediate
profile-level-c1 = C1 · advanced
profile-level-c2 = C2 · very good
profile-error-email = Write an e-mail address like name@example.com.
profile-error-phone = Write a phone number with digits only, like { $example }.
profile-format-date = Like 2026-12-31 (year-month-day)
profile-format-month = Like 2024-03 (year-month)
profile-format-year = Like 2019
profile-discard = Forget my changes
profile-delete-confirm = Delete this for good? It cannot be undone.
profile-cv-your-language = Your language
profile-cv-employer-language = Language for employers
profile-cv-share = Share the CV in { $language }
profile-cv-empty = Your CV is empty. Fill in your profile first.
settings-data = Internet and data
settings-wifi-only = Sync only on Wi-Fi
settings-wifi-only-explain = Saves the data of your SIM card.
settings-data-saver = Save data
settings-data-saver-explain = On mobile data: no map download and no pictures.
settings-map-mobile-data = Allow the map download on mobile data
settings-notifications = Reminders
settings-notify-follow-up = Ask for news about my applications
settings-notify-action = Things to do
settings-notify-interview = Job interviews
settings-notify-tutor = Appointments from my tutor
settings-notify-meeting = Meetings with my tutor
settings-notify-document = Documents about to expire
settings-notify-lesson = Lessons to continue
settings-notify-tutor-answer = Answers from my tutor
settings-quiet-hours-hint = No reminders between these times, like 21:00-08:00. Leave it empty for none.
settings-quiet-hours-error-bad-date = Write two times like 21:00-08:00.
settings-quiet-hours-error-out-of-range = The two times must be different.
settings-share-profile = My profile and CV
settings-sharing-not-paired = You are not connected with a tutor: nothing is shared.
settings-export = Export my data
settings-export-explain = One file with everything you wrote and your CV, to keep or to give to someone you trust.
settings-erase = Erase everything on this phone
settings-erase-confirm = This erases your diary, your profile, your settings and the map on this phone. It cannot be undone. What you already shared with your tutor stays with the organisation.
settings-erase-yes = Yes, erase everything
nav-back = Back
guides-count =
    { $count ->
        [one] 1 guide
       *[other] { $count } guides
    }
guide-checked = Checked on { $date }
guide-sources = Official sources
guides-ask = Ask a question
guides-ask-none = No guide answers this yet. Try other words, or ask your tutor.
ask-from-guide = Guide
ask-from-service = Service
ask-from-lesson = Lesson
ask-tutor = Ask my tutor
ask-tutor-confirm = Send this question to your tutor? Only your tutor and their organisation will read it.
ask-tutor-send = Send
ask-tutor-cancel = Don't send
ask-tutor-sent = Sent to your tutor. The answer will come with your tutor's messages.

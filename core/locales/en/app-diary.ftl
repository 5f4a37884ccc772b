# Ponte — app-diary, English (the source of the catalogue).
# Review: reviewed

diary-actions-title = Next steps
diary-tab = { $stage } ({ $count })
diary-tab-all = All
diary-since = Since { $date }
diary-empty-stage = No applications at this stage.
diary-more = Show more
diary-previous = Show the more recent ones
diary-move-to = Move to “{ $stage }”
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } at { $time }
diary-interviews = Interviews
diary-action-due = By { $date }
diary-mark-done = Mark as done
diary-mark-not-done = Mark as not done
diary-upcoming = Coming up
diary-empty-actions = No next steps yet. Add what you want to do, and by when.
diary-add-document = Add: { $document }
diary-field-interview-format = How the interview takes place
diary-field-action-kind = Kind of step
diary-field-document-kind = Document
diary-field-document-status = Where I am with it
diary-choice-none = Not said
diary-one-per-line = One per line
diary-interview-edit = Edit interview
diary-action-edit = Edit reminder
diary-document-new = Add a document
diary-document-edit = Edit document
diary-meeting-edit = Edit meeting
diary-open-job = See the job offer

# Ponte — app-diary (so).
# Review: machine

diary-actions-title = Tallaabooyinka xiga
diary-tab = { $stage } ({ $count })
diary-tab-all = Dhammaan
diary-since = Laga bilaabo { $date }
diary-empty-stage = Codsi kama jiro heerkan.
diary-more = Tus wax badan
diary-previous = Tus kuwa ugu dambeeyay
diary-move-to = U wareeji “{ $stage }”
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } saacadda { $time }
diary-interviews = Wareysiyada
diary-action-due = Ka hor { $date }
diary-mark-done = Calaamadee inay dhammaatay
diary-mark-not-done = Calaamadee inaysan dhammaan
diary-upcoming = Soo socda
diary-empty-actions = Weli tallaabo ma jirto. Ku dar waxaad rabto inaad samayso iyo goorta.
diary-add-document = Ku dar: { $document }
diary-field-interview-format = Sida wareysigu u dhacayo
diary-field-action-kind = Nooca tallaabada
diary-field-document-kind = Dukumenti
diary-field-document-status = Halka aan marayo
diary-choice-none = Lama sheegin
diary-one-per-line = Mid sadar kasta
diary-interview-edit = Wax ka beddel wareysiga
diary-action-edit = Wax ka beddel xasuusinta
diary-document-new = Ku dar dukumenti
diary-document-edit = Wax ka beddel dukumentiga
diary-meeting-edit = Wax ka beddel kulanka
diary-open-job = Eeg xayeysiiska shaqada

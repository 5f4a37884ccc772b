# Ponte — app-diary (it).
# Review: machine

diary-actions-title = Prossimi passi
diary-tab = { $stage } ({ $count })
diary-tab-all = Tutte
diary-since = Dal { $date }
diary-empty-stage = Nessuna candidatura in questa fase.
diary-more = Mostra altre
diary-previous = Mostra le più recenti
diary-move-to = Sposta a “{ $stage }”
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } alle { $time }
diary-interviews = Colloqui
diary-action-due = Entro il { $date }
diary-mark-done = Segna come fatto
diary-mark-not-done = Segna come non fatto
diary-upcoming = In arrivo
diary-empty-actions = Ancora nessun passo. Aggiungi cosa vuoi fare ed entro quando.
diary-add-document = Aggiungi: { $document }
diary-field-interview-format = Come si svolge il colloquio
diary-field-action-kind = Tipo di passo
diary-field-document-kind = Documento
diary-field-document-status = A che punto sono
diary-choice-none = Non indicato
diary-one-per-line = Uno per riga
diary-interview-edit = Modifica colloquio
diary-action-edit = Modifica promemoria
diary-document-new = Aggiungi un documento
diary-document-edit = Modifica documento
diary-meeting-edit = Modifica incontro
diary-open-job = Vedi l'offerta di lavoro

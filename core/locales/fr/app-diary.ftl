# Ponte — app-diary (fr).
# Review: machine

diary-actions-title = Prochaines étapes
diary-tab = { $stage } ({ $count })
diary-tab-all = Toutes
diary-since = Depuis le { $date }
diary-empty-stage = Aucune candidature à cette étape.
diary-more = Afficher plus
diary-previous = Afficher les plus récentes
diary-move-to = Passer à « { $stage } »
diary-timeline-entry = { $stage } : { $date }
diary-when = { $date } à { $time }
diary-interviews = Entretiens
diary-action-due = Avant le { $date }
diary-mark-done = Marquer comme fait
diary-mark-not-done = Marquer comme non fait
diary-upcoming = À venir
diary-empty-actions = Pas encore d'étapes. Ajoutez ce que vous voulez faire, et pour quand.
diary-add-document = Ajouter : { $document }
diary-field-interview-format = Comment se passe l'entretien
diary-field-action-kind = Type d'étape
diary-field-document-kind = Document
diary-field-document-status = Où j'en suis
diary-choice-none = Non précisé
diary-one-per-line = Un par ligne
diary-interview-edit = Modifier l'entretien
diary-action-edit = Modifier le rappel
diary-document-new = Ajouter un document
diary-document-edit = Modifier le document
diary-meeting-edit = Modifier la rencontre
diary-open-job = Voir l'offre d'emploi

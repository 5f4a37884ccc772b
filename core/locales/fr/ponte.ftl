# Ponte — textes de l'interface, français.
# Review: machine

## Étapes d'une candidature

stage-saved = Enregistrée
stage-applied = Envoyée
stage-interview = Entretien
stage-offer = Offre
stage-hired = Embauché(e)
stage-offer_declined = Offre refusée
stage-rejected = Non retenu(e)
stage-withdrawn = Retirée
stage-expired = Expirée
stage-no_answer = Pas de réponse

## Où j'ai trouvé l'offre

source-job_portal = Site d'offres d'emploi
source-employment_centre = Centre pour l'emploi
source-agency = Agence d'intérim
source-tutor_suggestion = Proposé par mon tuteur
source-word_of_mouth = Bouche-à-oreille
source-walk_in = Je suis allé(e) sur place
source-other = Autre

## Types de contrat

contract-fixed_term = Durée déterminée
contract-permanent = Durée indéterminée
contract-apprenticeship = Apprentissage
contract-internship = Stage (tirocinio)
contract-seasonal = Saisonnier
contract-other = Autre

## Entretiens et actions

interview-format-in_person = En personne
interview-format-phone = Par téléphone
interview-format-video = En appel vidéo
action-call_back = Rappeler
action-send_documents = Envoyer des documents
action-prepare_interview = Préparer l'entretien
action-follow_up = Demander des nouvelles
action-other = Autre

## Documents

document-residence_permit = Titre de séjour (permesso di soggiorno)
document-codice_fiscale = Code fiscal (codice fiscale)
document-identity_card = Carte d'identité
document-health_card = Carte de santé (tessera sanitaria)
document-spid = Identité numérique SPID
document-cv = CV
document-diploma = Diplôme
document-driving_licence = Permis de conduire
document-haccp = Attestation HACCP (hygiène alimentaire)
document-safety_training = Attestation de formation à la sécurité au travail
document-other = Autre document
document-status-missing = À obtenir
document-status-in_progress = En cours
document-status-have = Je l'ai
permit-asylum_request = Demande d'asile
permit-refugee = Statut de réfugié
permit-subsidiary_protection = Protection subsidiaire
permit-special_protection = Protection spéciale
permit-work = Travail
permit-family = Raisons familiales
permit-study = Études
permit-eu_long_term = Résident de longue durée UE
permit-other = Autre
recognition-unknown = Je ne sais pas
recognition-not_needed = Pas nécessaire
recognition-not_started = Pas encore demandée
recognition-in_progress = Reconnaissance en cours
recognition-recognised = Reconnu en Italie
recognition-refused = Non reconnu

## Disponibilité

transport-none = Pas de moyen de transport personnel
transport-public = Transports en commun
transport-bicycle = Vélo
transport-moped = Scooter
transport-car = Voiture
shift-morning = Le matin
shift-afternoon = L'après-midi
shift-evening = Le soir
shift-night = La nuit
shift-weekend = Le week-end

## Le CV

cv-title = Curriculum vitae
cv-personal = Informations personnelles
cv-email = E-mail
cv-phone = Téléphone
cv-city = Habite à
cv-about = À propos de moi
cv-experience = Expérience professionnelle
cv-present = aujourd'hui
cv-sector = Secteur : { $sector }
cv-education = Éducation et formation
cv-eqf-level = Niveau CEC { $level }
cv-recognition = Reconnaissance en Italie : { $status }
cv-languages = Compétences linguistiques
cv-mother-tongues = Langue(s) maternelle(s)
cv-other-languages = Autres langues
cv-listening = Écouter
cv-reading = Lire
cv-spoken-interaction = Prendre part à une conversation
cv-spoken-production = S'exprimer oralement
cv-writing = Écrire
cv-cefr-note = Niveaux : A1 et A2 utilisateur élémentaire, B1 et B2 utilisateur indépendant, C1 et C2 utilisateur expérimenté (Cadre européen commun de référence pour les langues).
cv-skills = Compétences
cv-certificates = Permis et attestations
cv-issued = délivré le { $date }
cv-expires = valable jusqu'au { $date }
cv-availability = Disponibilité
cv-hours-per-week = { $hours ->
    [one] { $hours } heure par semaine
   *[other] { $hours } heures par semaine
}
cv-shifts = Horaires : { $shifts }
cv-travel = Peut se déplacer jusqu'à { $km } km
cv-transport = Moyen de transport : { $transport }
cv-available-from = Disponible à partir du { $date }
cv-empty = Rien d'écrit ici pour l'instant.

## Noms des langues

language-ar = Arabe
language-bn = Bengali
language-en = Anglais
language-es = Espagnol
language-fa = Persan
language-ff = Peul
language-fr = Français
language-ha = Haoussa
language-it = Italien
language-ku = Kurde
language-ps = Pachto
language-pa = Pendjabi
language-ru = Russe
language-so = Somali
language-sq = Albanais
language-ti = Tigrigna
language-tr = Turc
language-uk = Ukrainien
language-ur = Ourdou
language-wo = Wolof
language-zh = Chinois

## Erreurs

error-wrong-key = Ce journal ne peut pas être ouvert avec la clé enregistrée sur ce téléphone.
error-damaged = Le fichier du journal est endommagé. Il a été laissé tel quel.
error-no-database = Il n'y a pas encore de journal ici. Vous pouvez en commencer un nouveau.
error-closed = Le journal est fermé. Ouvrez-le de nouveau pour continuer.
error-not-found = Cet élément n'existe plus.
error-storage-full = La mémoire du téléphone est pleine. Libérez de la place et réessayez : rien n'a été enregistré.
error-other = Quelque chose n'a pas marché. Réessayez.
error-invalid-required = Ce champ est nécessaire.
error-invalid-too-long = Ce texte est trop long.
error-invalid-bad-date = Cette date n'est pas valable.
error-invalid-out-of-range = Cette valeur n'est pas acceptée.
error-invalid-same-stage = La candidature est déjà à cette étape.
error-invalid-before-current-stage = Cette date est avant l'étape actuelle.
error-invalid-end-before-start = La fin est avant le début.
error-invalid-bad-key-length = La clé doit faire 32 octets.
error-bad-content = Un contenu n'est pas valable.
error-invalid-comment-required = Dites ce qui ne va pas.
error-invalid-bad-answer = Cette réponse ne correspond pas à la question.
error-invalid-not-secure = Cette adresse n'est pas sûre : elle doit commencer par https://. Vérifiez-la, ou scannez le code QR de votre tuteur.
error-pack-damaged = Ce paquet de leçons est illisible : il n'a peut-être pas été téléchargé ou copié en entier. Téléchargez-le à nouveau.
error-pack-tampered = Ce paquet de leçons a été modifié après sa préparation par l'organisation. Ne l'utilisez pas : demandez-le à nouveau directement à l'organisation.
error-pack-untrusted = Ce paquet de leçons ne vient pas d'une organisation connue de cette application. Il n'a pas été installé.
error-pack-older = Ce téléphone a déjà des leçons plus récentes. Il n'y a rien à faire.
error-course-not-mastered = Terminez d'abord toutes les leçons du cours.
error-lesson-not-finished = Passez d'abord par toutes les étapes de la leçon.

## Navigation et actions

nav-home = Accueil
nav-diary = Ma recherche d'emploi
nav-services = Services
nav-map = Carte
nav-lessons = Leçons
nav-profile = Mon profil
nav-settings = Réglages
button-save = Enregistrer
button-cancel = Annuler
button-delete = Supprimer
button-edit = Modifier
button-add = Ajouter
button-done = Terminé
button-back = Retour
button-next = Suivant
button-retry = Réessayer
button-share = Partager
button-call = Appeler
button-directions = Itinéraire
button-close = Fermer
button-search = Rechercher
button-filter = Filtres
button-clear = Effacer
button-undo = Annuler l'action
saved = Enregistré.
deleted = Supprimé.
confirm-delete-title = Supprimer ?
confirm-delete-application = Supprimer la candidature chez { $employer } ? Son historique, ses entretiens et ses rappels seront aussi supprimés.
confirm-discard-changes = Quitter sans enregistrer les modifications ?

## Accueil et notifications

home-greeting = Bonjour { $name } !
home-overdue = En retard
home-today = Aujourd'hui
home-this-week = 7 prochains jours
home-follow-up = Pas de nouvelles de { $employer } depuis { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}. Demander ?
home-document-expires = { $document } expire dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
home-document-expired = Document expiré : { $document }.
home-permit-renew = Demandez le renouvellement du titre de séjour au moins 60 jours avant son expiration.
notification-action-due = { $action } : { $employer }
notification-interview = Entretien avec { $employer } à { $time }
notification-meeting = Rendez-vous avec { $tutor } à { $time }
notification-follow-up = Des nouvelles de { $employer } ?
notification-interview-tomorrow = Demain : entretien avec { $employer } à { $time }
notification-meeting-tomorrow = Demain : rendez-vous avec { $tutor } à { $time }
notification-appointment-tomorrow = Demain à { $time } : { $title }
notification-appointment = À { $time } : { $title }
notification-where = Où : { $place }
notification-your-note = Votre note : { $note }
notification-tutor-answer = Votre tuteur a répondu à votre question
notification-your-question = Votre question : { $question }
notification-tap-to-open = Touchez pour voir les détails.
notification-document-renew = Demandez le nouveau à temps. Touchez pour voir vos documents.
notification-lesson = Cinq minutes pour votre leçon ?
notification-lesson-body = Reprenez là où vous vous êtes arrêté : chaque étape compte.
notification-permit-expiring = Votre titre de séjour expire dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.

## Écrans vides

empty-applications = Pas encore de candidature. Ajoutez le premier emploi qui vous intéresse.
empty-agenda = Rien de prévu. Bravo !
empty-search = Aucun résultat. Essayez d'autres mots.
empty-favourites = Pas encore de favoris. Touchez l'étoile d'un service pour le garder ici.
empty-services-nearby = Aucun service près de vous. Essayez une plus grande distance ou moins de filtres.
empty-meetings = Pas encore de rendez-vous avec un tuteur.
empty-lessons = Pas encore de leçons sur ce téléphone. Connectez-vous à internet pour les télécharger.
empty-offline = Vous êtes hors ligne. Tout ce qui est sur ce téléphone fonctionne.

## Le journal

diary-title = Ma recherche d'emploi
application-new = Nouvelle candidature
application-edit = Modifier la candidature
field-employer = Employeur
field-position = Emploi
field-city = Ville
field-source = Où je l'ai trouvé
field-source-detail = Quel site, quelle agence ou quelle personne
field-contract = Type de contrat
field-contact-name = Personne de contact
field-contact-phone = Téléphone
field-contact-email = E-mail
field-job-url = Lien vers l'offre
field-notes = Notes
field-date = Date
field-time = Heure
field-due-date = Pour quand
stage-change = Changer d'étape
stage-changed = Passée à « { $stage } ».
timeline-title = Historique
interview-add = Ajouter un entretien
interview-round = Entretien { $round }
interview-place = Adresse
interview-link = Lien vidéo ou numéro de téléphone
action-add = Ajouter un rappel
action-done = Fait
documents-title = Mes documents
document-expires-on = Valable jusqu'au { $date }
document-recognition = Reconnaissance en Italie
meetings-title = Rendez-vous avec mon tuteur
meeting-add = Nouveau rendez-vous
meeting-tutor = Tuteur
meeting-topics = Ce dont nous avons parlé
meeting-agreed-actions = Ce que nous avons décidé de faire
stats-title = Mes progrès
stats-applications-week = { $count ->
    [one] { $count } candidature cette semaine
   *[other] { $count } candidatures cette semaine
}
stats-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
stats-interviews = { $count ->
    [one] { $count } entretien
   *[other] { $count } entretiens
}
stats-hires = { $count ->
    [one] { $count } emploi trouvé
   *[other] { $count } emplois trouvés
}
diary-search-placeholder = Chercher dans ma recherche d'emploi
profile-title = Mon profil
profile-languages = Les langues que je parle
profile-mother-tongue = Langue maternelle
profile-experience = Expérience professionnelle
profile-education = Études et formation
profile-skills = Ce que je sais faire
profile-certificates = Permis et attestations
profile-availability = Quand et où je peux travailler
cv-export = Créer mon CV
cv-language = Langue du CV
cv-side-by-side = Montrer mon profil en deux langues

## La carte des services

services-title = Services près de moi
services-search-placeholder = Chercher des services
services-list = Liste
services-map = Carte
service-open = Ouvert
service-open-until = Ouvert jusqu'à { $time }
service-closed = Fermé
service-opens-at = Ouvre { $day } à { $time }
service-opens-today-at = Ouvre aujourd'hui à { $time }
service-by-appointment = Sur rendez-vous
service-hours-unknown = Horaires inconnus
service-distance-m = { $distance } m
service-distance-km = { $distance } km
service-shown-in = Affiché en { $language }, pas disponible en { $wanted }.
service-translation-machine = Traduit automatiquement : il peut y avoir des erreurs.
service-translation-outdated = Cette traduction n'est peut-être pas à jour.
service-last-verified = Vérifié le { $date }
service-no-map-position = Pas sur la carte : son emplacement exact n'est pas connu. Utilisez l'adresse ou les contacts.
service-attribution = Source : { $attribution }
service-languages-spoken = Langues parlées ici
service-free = Gratuit
service-paid = Payant
service-wheelchair = Accessible en fauteuil roulant
service-favourite-add = Ajouter aux favoris
service-favourite-remove = Retirer des favoris
service-recent = Vus récemment
service-report = Signaler une information fausse
report-kind-closed_for_good = Il a fermé définitivement
report-kind-wrong_hours = Les horaires sont faux
report-kind-wrong_address = L'adresse est fausse
report-kind-wrong_phone = Le numéro de téléphone est faux
report-kind-other = Autre chose
report-comment = Qu'est-ce qui ne va pas ?
report-pending = En attente d'envoi
report-sent = Envoyé. Merci !
filter-open-now = Ouvert maintenant
filter-free-only = Gratuit seulement
filter-language-spoken = On parle ma langue
filter-for-whom = Pour qui
filter-distance = Distance
audience-everyone = Tout le monde
audience-asylum_seekers = Demandeurs d'asile
audience-refugees = Réfugiés
audience-women = Femmes
audience-minors = Mineurs
category-work = Travail et centres pour l'emploi
category-job_orientation = Orientation et formation
category-italian_courses = Cours d'italien
category-legal_aid = Aide juridique et documents
category-health = Santé
category-mental_health = Santé mentale
category-housing = Logement et hébergement
category-food = Nourriture et besoins de base
category-education = Éducation et reconnaissance des diplômes
category-digital_help = Aide numérique et internet gratuit
category-womens_support = Soutien aux femmes
category-children_families = Enfants et familles
category-transport = Transports
category-banking = Banque et argent
contact-phone = Téléphone
contact-whatsapp = WhatsApp
contact-email = E-mail
contact-web = Site web
contact-walk_in = Sans rendez-vous

## Le lecteur de leçons

lessons-title = Leçons
lesson-start = Commencer
lesson-resume = Continuer
lesson-step = Étape { $current } sur { $total }
lesson-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
lesson-level-beginner = Débutant
lesson-level-intermediate = Intermédiaire
lesson-level-advanced = Avancé
lesson-try-on-phone = Essayez sur votre téléphone
lesson-check = Vérifier
lesson-correct = Correct !
lesson-wrong = Pas tout à fait.
lesson-hint = Indice
lesson-try-again = Réessayer
lesson-listen = Écouter
lesson-glossary = Qu'est-ce que ça veut dire ?
lesson-completed = Leçon terminée
lesson-mastered = Vous maîtrisez cette leçon !
lesson-locked = Terminez d'abord « { $lesson } ».
lesson-progress = { $done } leçons faites sur { $total }
quiz-choose-one = Choisissez une réponse.
quiz-choose-many = Choisissez toutes les bonnes réponses.
quiz-true = Vrai
quiz-false = Faux
quiz-order = Mettez les étapes dans l'ordre.
quiz-match = Associez les paires.
quiz-picture = Choisissez la bonne image.
lesson-mastery-all-correct = Pour maîtriser cette leçon, répondez correctement à chaque question.
lesson-mastery-m-of-n = Pour maîtriser cette leçon, donnez { $count ->
    [one] une bonne réponse
   *[other] { $count } bonnes réponses
} sur vos { $total } dernières réponses.
lesson-mastery-streak = Pour maîtriser cette leçon, donnez { $count ->
    [one] une bonne réponse.
   *[other] { $count } bonnes réponses d'affilée.
}
quiz-missing = Pas tout à fait : { $count ->
    [one] il manque une bonne réponse.
   *[other] il manque { $count } bonnes réponses.
}
quiz-order-wrong = Pas tout à fait : { $count ->
    [one] une étape n'est pas à sa place.
   *[other] { $count } étapes ne sont pas à leur place.
}
quiz-pairs-wrong = Pas tout à fait : { $count ->
    [one] une paire ne correspond pas.
   *[other] { $count } paires ne correspondent pas.
}
certificate-title = Attestation
certificate-body = { $name } a terminé le cours « { $course } » le { $date }.

## Synchronisation, connexion au tuteur et vie privée

sync-now = Synchroniser
sync-last = Dernière synchronisation { $when }
sync-never = Jamais synchronisé
sync-pending = { $count ->
    [one] { $count } modification en attente d'envoi
   *[other] { $count } modifications en attente d'envoi
}
sync-offline = Pas de connexion. Vos modifications sont gardées sur ce téléphone et seront envoyées plus tard.
sync-failed = La synchronisation n'a pas marché. L'application réessaiera toute seule.
pair-title = Me connecter à mon tuteur
pair-enter-code = Entrez le code que votre tuteur vous a donné
pair-done = Connecté à { $organisation }.
share-title = Ce que je partage avec mon tuteur
share-diary = Ma recherche d'emploi
share-progress = Mes leçons
share-reports = Mes signalements sur les services
share-stats = Statistiques anonymes
unpair = Me déconnecter de mon tuteur
delete-my-data = Supprimer mes données
delete-my-data-confirm = Cela supprime vos données sur ce téléphone et sur le serveur. Impossible de revenir en arrière.
settings-language = Langue
settings-text-size = Taille du texte
settings-about = À propos de Ponte

# Sync with the coordinator
error-already-paired = Ce téléphone est déjà relié à un tuteur. Déconnectez-le d'abord.
error-sync-offline = Pas de connexion. Vos changements restent sur le téléphone et seront envoyés plus tard.
error-sync-not-paired = Ce téléphone n'est pas encore relié à un tuteur.
error-sync-bad-code = Ce code ne marche pas : il est peut-être faux, déjà utilisé ou expiré. Demandez un nouveau code à votre tuteur.
error-sync-busy = Mise à jour déjà en cours. Attendez un moment.
error-sync-cancelled = Mise à jour arrêtée.
error-sync-unpaired = Votre organisation a déconnecté ce téléphone. Demandez un nouveau code à votre tuteur.
error-sync-refused = Le serveur n'a pas accepté la mise à jour. Vos données sont en sécurité ; prévenez votre tuteur.
error-sync-server = Le serveur a un problème. Ponte réessaiera plus tard.
error-sync-bad-answer = La réponse du serveur n'a pas pu être lue. Ponte réessaiera plus tard.
error-sync-update-required = Cette version de Ponte est trop ancienne pour se mettre à jour avec votre organisation. Mettez Ponte à jour depuis la boutique d'applications ; vos données restent sur le téléphone.
error-sync-too-many-attempts = Trop de codes erronés ont été essayés depuis ce réseau. Attendez 15 minutes, puis réessayez.

## Les champs nommés dans les erreurs de saisie (« Employeur : ce champ est nécessaire ») : field-<record>-<field>.
error-in-field = { $field } : { $problem }
field-application-employer = Employeur
field-application-position = Emploi
field-application-source-detail = Quel site, quelle agence ou quelle personne
field-application-city = Ville
field-application-contact-name = Personne de contact
field-application-contact-phone = Téléphone du contact
field-application-contact-email = E-mail du contact
field-application-job-url = Lien vers l'offre
field-application-notes = Notes
field-application-stage = Étape
field-application-at = Date
field-application-stage-note = Note
field-interview-at = Date et heure de l'entretien
field-interview-place = Adresse de l'entretien
field-interview-link = Lien de l'appel vidéo
field-interview-notes = Notes sur l'entretien
field-action-note = Ce qu'il faut faire
field-action-due-at = Pour quand
field-document-permit-type = Type de titre de séjour
field-document-title = Nom du document
field-document-expires-on = Date d'expiration
field-document-notes = Notes
field-meeting-at = Date et heure du rendez-vous
field-meeting-tutor = Tuteur
field-meeting-topics = Sujets
field-meeting-notes = Notes
field-meeting-agreed-action = Ce que nous avons décidé de faire
field-personal-full-name = Nom et prénom
field-personal-email = E-mail
field-personal-phone = Téléphone
field-personal-city = Ville
field-personal-summary = À propos de moi
field-availability-hours-per-week = Heures par semaine
field-availability-shifts = Horaires
field-availability-max-travel-km = Distance maximale jusqu'au travail
field-availability-available-from = Disponible à partir du
field-language-language = Langue
field-experience-role = Emploi
field-experience-employer = Employeur
field-experience-sector = Secteur
field-experience-country = Pays
field-experience-city = Ville
field-experience-start-month = Début
field-experience-end-month = Fin
field-experience-tasks = Tâches
field-education-title = Diplôme
field-education-institution = École ou université
field-education-eqf-level = Niveau (CEC)
field-education-country = Pays
field-education-start-year = Année de début
field-education-end-year = Année de fin
field-skill-text = Compétence
field-skill-esco-uri = Lien ESCO
field-certificate-name = Permis ou attestation
field-certificate-issuer = Délivré par
field-certificate-issued-on = Date de délivrance
field-certificate-expires-on = Date d'expiration
field-report-comment = Ce qui ne va pas
field-question-text = Votre question
field-pairing-server = Adresse du serveur
field-pairing-code = Code de connexion
field-lesson-answer = Réponse
field-lesson-step = Étape
field-lesson-name = Nom sur l'attestation
field-query-now = Date et heure
field-query-time-zone = Fuseau horaire
field-query-lat = Latitude
field-query-lon = Longitude
field-query-radius-m = Distance
field-query-cursor = Page
field-query-limit = Combien par page
field-store-key = Clé
field-store-path = Fichier du journal
field-store-trusted-keys = Clés de signature de confiance
field-navigation-link = Lien

## Le cœur de l'application : écrans et premier démarrage
nav-guides = Guides
nav-tutor = Mon tuteur
app-screen-not-built = Cet écran n'est pas encore prêt. Tout ce que vous avez enregistré est en sécurité.
home-sync-not-paired = Votre journal reste sur ce téléphone. Connectez-vous à un tuteur pour le partager.
first-run-ui-language = Choisissez votre langue
first-run-content-language = Dans quelle langue voulez-vous lire les services et les leçons ?
first-run-same-language = La même langue
first-run-install = Préparation
first-run-installing = Nous mettons les services et les leçons sur votre téléphone. Pas besoin d'internet.
first-run-install-missing = Les fichiers de l'application n'ont pas pu être lus. Vous pouvez réessayer ou continuer : votre journal marche sans eux.
first-run-city = Votre ville
first-run-city-services = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
first-run-privacy = Vos données
first-run-privacy-phone = Tout ce que vous écrivez reste sur ce téléphone, fermé avec une clé que seul ce téléphone possède.
first-run-privacy-shared = Rien n'est partagé, sauf si vous vous connectez à un tuteur et choisissez quoi partager. Vous pouvez arrêter de partager à tout moment.
first-run-privacy-erase = Vous pouvez tout effacer dans Réglages à tout moment.
first-run-privacy-accept = J'ai compris
first-run-pairing = Se connecter à un tuteur
first-run-pairing-explain = Si une organisation vous aide, votre tuteur peut vous donner un code. Vous pouvez aussi le faire plus tard.
first-run-pairing-scan = Scanner le code
first-run-pairing-type = Écrire le code
first-run-pairing-skip = Pas maintenant
field-settings-ui-language = Langue de l'application
field-settings-content-language = Langue des services et des leçons
field-settings-city = Ville
field-notifications-quiet-hours = Heures de silence

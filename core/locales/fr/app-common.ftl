# Ponte — app-common (fr).
# Review: machine

speech-no-voice = Ce téléphone n'a pas de voix pour { $language }.
speech-other-language = Ce téléphone n'a pas de voix pour { $language } : lecture en { $other }.
guides-coming = Les guides des organisations près de chez vous seront ici. Tout le reste fonctionne sans internet.

# The profile, the CV and the settings.
profile-filled = { $filled } parties remplies sur { $total }
profile-hint-personal = Ajoutez votre nom et un numéro de téléphone ou un e-mail, pour qu'un employeur puisse vous joindre.
profile-hint-availability = Dites quand vous pouvez travailler et jusqu'où vous pouvez aller.
profile-hint-language = Ajoutez les langues que vous parlez, même un peu.
profile-hint-experience = Ajoutez les emplois que vous avez faits, en Italie ou dans d'autres pays, payés ou non.
profile-hint-education = Ajoutez vos écoles et vos formations, même non terminées.
profile-hint-skill = Ajoutez ce que vous savez faire : cuisiner, conduire, nettoyer, s'occuper de personnes…
profile-hint-certificate = Ajoutez votre permis de conduire et vos autres certificats.
profile-add-language = Ajouter une langue
profile-add-experience = Ajouter un emploi
profile-add-education = Ajouter une école ou une formation
profile-add-skill = Ajouter une compétence
profile-add-certificate = Ajouter un permis ou un certificat
profile-transport = Comment je vais au travail
profile-not-said = Non précisé
profile-level-a1 = A1 · débutant
profile-level-a2 = A2 · élémentaire
profile-level-b1 = B1 · intermédiaire
profile-level-b2 = B2 · intermédiaire avancé
profile-level-c1 = C1 · avancé
profile-level-c2 = C2 · très bon
profile-error-email = Écrivez une adresse e-mail comme nom@exemple.fr.
profile-error-phone = Écrivez un numéro de téléphone avec des chiffres seulement, comme { $example }.
profile-format-date = Comme 2026-12-31 (année-mois-jour)
profile-format-month = Comme 2024-03 (année-mois)
profile-format-year = Comme 2019
profile-discard = Oublier mes changements
profile-delete-confirm = Supprimer définitivement ? Ce n'est pas réversible.
profile-cv-your-language = Votre langue
profile-cv-employer-language = Langue pour les employeurs
profile-cv-share = Partager le CV en { $language }
profile-cv-empty = Votre CV est vide. Remplissez d'abord votre profil.
settings-data = Internet et données
settings-wifi-only = Synchroniser seulement en Wi-Fi
settings-wifi-only-explain = Économise les données de votre carte SIM.
settings-data-saver = Économiser les données
settings-data-saver-explain = Sur les données mobiles : pas de téléchargement de la carte et pas d'images.
settings-map-mobile-data = Permettre de télécharger la carte avec les données mobiles
settings-notifications = Rappels
settings-notify-follow-up = Demander des nouvelles de mes candidatures
settings-notify-action = Choses à faire
settings-notify-interview = Entretiens d'embauche
settings-notify-tutor = Rendez-vous de mon tuteur
settings-notify-meeting = Rencontres avec mon tuteur
settings-notify-document = Documents qui vont expirer
settings-notify-lesson = Leçons à continuer
settings-notify-tutor-answer = Réponses de mon tuteur
settings-quiet-hours-hint = Pas de rappels entre ces heures, comme 21:00-08:00. Laissez vide pour aucune.
settings-quiet-hours-error-bad-date = Écrivez deux heures comme 21:00-08:00.
settings-quiet-hours-error-out-of-range = Les deux heures doivent être différentes.
settings-share-profile = Mon profil et mon CV
settings-sharing-not-paired = Vous n'êtes pas connecté à un tuteur : rien n'est partagé.
settings-export = Exporter mes données
settings-export-explain = Un fichier avec tout ce que vous avez écrit et votre CV, à garder ou à donner à une personne de confiance.
settings-erase = Tout effacer sur ce téléphone
settings-erase-confirm = Cela efface votre journal, votre profil, vos réglages et la carte sur ce téléphone. Ce n'est pas réversible. Ce que vous avez déjà partagé avec votre tuteur reste à l'organisation.
settings-erase-yes = Oui, tout effacer
nav-back = Retour
guides-count =
    { $count ->
        [one] 1 guide
       *[other] { $count } guides
    }
guide-checked = Vérifié le { $date }
guide-sources = Sources officielles
guides-ask = Posez une question
guides-ask-none = Aucun guide ne répond encore à cette question. Essayez d'autres mots, ou demandez à votre tuteur.
ask-from-guide = Guide
ask-from-service = Service
ask-from-lesson = Leçon
ask-tutor = Demander à mon tuteur
ask-tutor-confirm = Envoyer cette question à votre tuteur ? Seuls votre tuteur et son organisation la liront.
ask-tutor-send = Envoyer
ask-tutor-cancel = Ne pas envoyer
ask-tutor-sent = Envoyée à votre tuteur. La réponse arrivera avec les messages de votre tuteur.

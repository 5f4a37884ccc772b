# Ponte — app-lessons (fr).
# Review: machine

lessons-status-not-started = Pas commencée
lessons-status-in-progress = En cours
lessons-status-completed = Terminée
lessons-status-mastered = Maîtrisée
lessons-review = Revoir
lessons-continue = Continuer avec
lessons-glossary-open = Mots de ce cours
lessons-certificate-open = Certificat
lessons-true-false = Vrai ou faux ?
lessons-previous = Précédent
lessons-next = Suivant
lessons-finish = Terminer
lessons-move-earlier = Monter
lessons-move-later = Descendre
lessons-unavailable = Cette leçon n'est plus sur ce téléphone. Choisissez-en une autre parmi les leçons.
lessons-glossary-empty = Ce cours n'a pas de mots à expliquer.
lessons-certificate-missing = Pour obtenir le certificat, maîtrisez d'abord ces leçons :
lessons-certificate-ready = Vous maîtrisez toutes les leçons de ce cours. Écrivez votre nom tel qu'il doit figurer sur le certificat.
lessons-certificate-share = Partager le certificat
lessons-course-unavailable = Ce cours n'est plus sur ce téléphone.

# Ponte — app-common (fr).
# Review: machine

speech-no-voice = Ce téléphone n'a pas de voix pour { $language }.
speech-other-language = Ce téléphone n'a pas de voix pour { $language } : lecture en { $other }.
guides-coming = Les guides des organisations près de chez vous seront ici. Tout le reste fonctionne sans internet.

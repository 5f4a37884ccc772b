# Ponte — app-common (it).
# Review: machine

speech-no-voice = Questo telefono non ha una voce per { $language }.
speech-other-language = Questo telefono non ha una voce per { $language }: lo leggo in { $other }.
guides-coming = Qui troverai le guide delle organizzazioni vicine a te. Tutto il resto funziona senza internet.

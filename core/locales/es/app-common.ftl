# Ponte — app-common (es).
# Review: machine

speech-no-voice = Este teléfono no tiene voz para { $language }.
speech-other-language = Este teléfono no tiene voz para { $language }: lo leo en { $other }.
guides-coming = Aquí estarán las guías de las organizaciones cercanas. Todo lo demás funciona sin internet.

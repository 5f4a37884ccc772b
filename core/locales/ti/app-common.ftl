# Ponte — app-common (ti).
# Review: machine

speech-no-voice = እዚ ተሌፎን ን{ $language } ድምጺ የብሉን።
speech-other-language = እዚ ተሌፎን ን{ $language } ድምጺ የብሉን: ብ{ $other } ይንበብ ኣሎ።
guides-coming = መምርሒታት ናይ ኣብ ጥቓኻ ዘለዉ ትካላት ኣብዚ ክኾኑ እዮም። ካልእ ኩሉ ብዘይ ኢንተርነት ይሰርሕ።

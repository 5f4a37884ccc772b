# Ponte — app-common (ps).
# Review: machine

speech-no-voice = په دې ټیلیفون کې د { $language } لپاره غږ نشته.
speech-other-language = په دې ټیلیفون کې د { $language } لپاره غږ نشته: په { $other } لوستل کېږي.
guides-coming = دلته به ستاسو سیمې د سازمانونو لارښودونه وي. نور هر څه له انټرنیټ پرته کار کوي.

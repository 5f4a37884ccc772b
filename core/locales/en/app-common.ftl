# Ponte — app-common, English (the source of the catalogue).
# Review: reviewed

speech-no-voice = This phone has no voice for { $language }.
speech-other-language = This phone has no voice for { $language }: reading it in { $other }.
guides-coming = Guides from the organisations near you will be here. Everything else works without internet.

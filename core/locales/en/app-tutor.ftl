# Ponte — app-tutor, English (the source of the catalogue).
# Review: reviewed


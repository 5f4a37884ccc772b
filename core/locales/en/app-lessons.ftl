# Ponte — app-lessons, English (the source of the catalogue).
# Review: reviewed


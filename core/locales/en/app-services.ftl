# Ponte — app-services, English (the source of the catalogue).
# Review: reviewed


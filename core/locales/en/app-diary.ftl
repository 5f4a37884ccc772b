# Ponte — app-diary, English (the source of the catalogue).
# Review: reviewed


# Ponte — app-lessons (fa).
# Review: machine


# Ponte — app-tutor (fa).
# Review: machine


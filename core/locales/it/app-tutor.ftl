# Ponte — app-tutor (it).
# Review: machine


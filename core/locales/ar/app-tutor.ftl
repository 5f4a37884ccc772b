# Ponte — app-tutor (ar).
# Review: machine


# Ponte — app-tutor (ur).
# Review: machine


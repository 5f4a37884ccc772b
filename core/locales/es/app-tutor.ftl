# Ponte — app-tutor (es).
# Review: machine


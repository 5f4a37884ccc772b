# Ponte — app-tutor (ti).
# Review: machine


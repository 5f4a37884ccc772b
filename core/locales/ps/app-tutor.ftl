# Ponte — app-tutor (ps).
# Review: machine


# Ponte — app-tutor (fr).
# Review: machine


# Ponte — app-tutor (uk).
# Review: machine


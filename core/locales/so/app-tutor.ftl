# Ponte — app-tutor (so).
# Review: machine


# Ponte — app-tutor (bn).
# Review: machine


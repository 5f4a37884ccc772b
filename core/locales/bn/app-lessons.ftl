# Ponte — app-lessons (bn).
# Review: machine


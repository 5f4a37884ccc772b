# Ponte — app-diary (bn).
# Review: machine


# Ponte — app-diary (ar).
# Review: machine


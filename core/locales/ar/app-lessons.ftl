# Ponte — app-lessons (ar).
# Review: machine


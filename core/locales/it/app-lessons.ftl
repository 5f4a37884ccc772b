# Ponte — app-lessons (it).
# Review: machine


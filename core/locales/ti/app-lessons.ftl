# Ponte — app-lessons (ti).
# Review: machine


# Ponte — app-lessons (es).
# Review: machine


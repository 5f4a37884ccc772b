# Ponte — app-lessons (ur).
# Review: machine


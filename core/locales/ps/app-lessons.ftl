# Ponte — app-lessons (ps).
# Review: machine


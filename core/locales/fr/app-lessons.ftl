# Ponte — app-lessons (fr).
# Review: machine


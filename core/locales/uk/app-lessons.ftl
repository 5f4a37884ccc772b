# Ponte — app-lessons (uk).
# Review: machine


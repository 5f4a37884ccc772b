# Ponte — app-lessons (so).
# Review: machine


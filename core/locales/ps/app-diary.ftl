# Ponte — app-diary (ps).
# Review: machine


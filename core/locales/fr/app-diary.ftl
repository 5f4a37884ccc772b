# Ponte — app-diary (fr).
# Review: machine


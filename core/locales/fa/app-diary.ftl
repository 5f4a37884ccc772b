# Ponte — app-diary (fa).
# Review: machine


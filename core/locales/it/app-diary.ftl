# Ponte — app-diary (it).
# Review: machine


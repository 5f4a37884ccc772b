# Ponte — app-diary (ti).
# Review: machine


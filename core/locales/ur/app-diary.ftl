# Ponte — app-diary (ur).
# Review: machine


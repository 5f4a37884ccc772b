# Ponte — app-diary (es).
# Review: machine


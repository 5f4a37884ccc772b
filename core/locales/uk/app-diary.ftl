# Ponte — app-diary (uk).
# Review: machine


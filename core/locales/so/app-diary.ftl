# Ponte — app-diary (so).
# Review: machine


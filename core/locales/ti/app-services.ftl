# Ponte — app-services (ti).
# Review: machine


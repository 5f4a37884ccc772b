# Ponte — app-services (it).
# Review: machine


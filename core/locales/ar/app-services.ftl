# Ponte — app-services (ar).
# Review: machine


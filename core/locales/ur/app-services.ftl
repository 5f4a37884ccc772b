# Ponte — app-services (ur).
# Review: machine


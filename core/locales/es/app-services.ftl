# Ponte — app-services (es).
# Review: machine


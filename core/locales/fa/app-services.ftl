# Ponte — app-services (fa).
# Review: machine


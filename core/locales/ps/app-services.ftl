# Ponte — app-services (ps).
# Review: machine


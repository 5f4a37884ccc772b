# Ponte — app-services (so).
# Review: machine


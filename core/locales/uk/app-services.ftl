# Ponte — app-services (uk).
# Review: machine


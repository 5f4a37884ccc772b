# Ponte — app-services (fr).
# Review: machine


# Ponte — app-services (bn).
# Review: machine


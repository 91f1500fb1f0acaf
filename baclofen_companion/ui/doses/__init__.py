"""The dose log: every answered dose, and corrections to it."""

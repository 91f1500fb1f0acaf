"""Today: the pillbox of the day's doses, and extra doses."""

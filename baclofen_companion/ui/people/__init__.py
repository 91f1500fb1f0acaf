"""People: the person switcher, adding, renaming and archiving, and first-run setup."""

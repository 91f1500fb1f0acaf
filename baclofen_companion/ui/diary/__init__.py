"""The diary: its tab, the entry form and the red-flag banner."""

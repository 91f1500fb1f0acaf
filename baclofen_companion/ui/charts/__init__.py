"""The Charts tab and its chart widgets."""

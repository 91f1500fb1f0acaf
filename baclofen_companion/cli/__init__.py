"""The command-line commands: backup, restore, export, report and the desktop entry."""

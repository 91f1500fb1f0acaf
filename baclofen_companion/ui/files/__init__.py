"""Files: export, the appointment report, restore from backup, recovery at start."""

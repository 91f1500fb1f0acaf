"""Travel: what to pack for a trip and reminders that follow it."""

"""Qt widgets, dialogs and table models. Never writes SQL, never computes a dose."""

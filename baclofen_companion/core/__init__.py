"""Pure-Python domain rules: schedules, slots, amounts. No Qt may be imported here."""

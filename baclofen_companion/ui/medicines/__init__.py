"""Medicines: the list, the medicine form, dose changes, plans, stock and the plan timeline."""

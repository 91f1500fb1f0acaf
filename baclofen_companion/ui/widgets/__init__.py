"""Pieces shared by several features: formatting helpers, error labels, safety dialogs."""

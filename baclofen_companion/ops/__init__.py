"""Qt-free use cases over the store: each runs in one transaction and returns what changed."""

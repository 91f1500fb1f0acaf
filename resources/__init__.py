"""Runtime resources (icons) shipped inside the package as baclofen_companion.resources."""

"""Allows ``python -m baclofen_companion``."""

import sys

from baclofen_companion.app import main

sys.exit(main())

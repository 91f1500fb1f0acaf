"""The bundle's entry point: the same main() that the pip-installed baclofen-companion runs."""

import sys

from baclofen_companion.app import main

if __name__ == "__main__":
    sys.exit(main())

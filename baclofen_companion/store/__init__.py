"""The local SQLite store: connection, migrations, and the only code that writes SQL."""

from baclofen_companion.store.database import DATA_FILE_NAME, open_store
from baclofen_companion.store.repository import DoseLogFilter, Store

__all__ = ["DATA_FILE_NAME", "DoseLogFilter", "Store", "open_store"]

"""Every shipped schema version upgrades to the current one with every row intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from baclofen_companion.store import DATA_FILE_NAME, migrations, open_store
from tests.conftest import FakeClock

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_versions() -> list[int]:
    return sorted(int(p.stem.removeprefix("companion-v")) for p in FIXTURES.glob("companion-v*.db"))


def rows(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        result = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            data = conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            result[table] = (columns, data)
        return result
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_older_version() -> None:
    missing = set(range(1, migrations.SCHEMA_VERSION)) - set(fixture_versions())
    assert not missing, f"run tools/make_schema_fixture.py before adding a migration: {missing}"
    assert fixture_versions(), "no schema fixtures found"


@pytest.mark.parametrize("version", fixture_versions())
def test_upgrade_keeps_every_row(version: int, tmp_path: Path, clock: FakeClock) -> None:
    source = FIXTURES / f"companion-v{version}.db"
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(source, data_dir / DATA_FILE_NAME)
    before = rows(source)
    assert all(data for _, data in before.values()), "fixtures should have rows in every table"

    store = open_store(data_dir, clock)
    assert migrations.user_version(store.conn) == migrations.SCHEMA_VERSION
    assert store.integrity_check() == "ok"
    assert [p.name for p in store.profiles()] == ["Sam", "Alex"]
    store.close()

    after = rows(data_dir / DATA_FILE_NAME)
    for table, (columns, data) in before.items():
        assert table in after, f"table {table} disappeared"
        new_columns, new_data = after[table]
        positions = [new_columns.index(c) for c in columns]
        assert [tuple(r[i] for i in positions) for r in new_data] == data, table
    if version < migrations.SCHEMA_VERSION:
        assert list((data_dir / "backups").glob(f"companion-v{version}-before-upgrade-*.db"))

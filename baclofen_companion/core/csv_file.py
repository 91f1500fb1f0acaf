"""Writing an export as a CSV file that spreadsheets open safely, all at once or not at all.

UTF-8 with a byte-order mark (so Excel reads accents right), CRLF line ends, one header row.
Text cells that a spreadsheet would run as a formula get a leading single quote (OWASP "CSV
injection"); numbers are written as numbers and never prefixed.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from baclofen_companion.core.errors import CompanionError
from baclofen_companion.core.export import Cell, Table
from baclofen_companion.core.text import translate
from baclofen_companion.core.whole_file import why_not, write_whole

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these may run as a formula in Excel, LibreOffice or Sheets."""


class ExportError(CompanionError):
    """The export file could not be written; the message says why, in plain words."""


def safe_cell(value: Cell) -> Cell:
    """Text that could run as a formula gets a leading ' ; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _EncodedCells(dict[Cell, str]):
    """Each distinct cell's text in the file, worked out once: an export repeats the same
    names, words and amounts on thousands of rows.

    It writes what ``csv.writer(quoting=QUOTE_NONNUMERIC)`` writes: text quoted, a quote in it
    doubled; numbers bare as ``str()`` gives them. Equal numbers of different types (5 and
    5.0) must not share an entry, so only text and fractional floats are kept: no int or
    whole float is ever equal to one of those.
    """

    def __missing__(self, cell: Cell) -> str:
        if isinstance(cell, str):
            text = str(safe_cell(cell))
            encoded = '"' + text.replace('"', '""') + '"'
            self[cell] = encoded
            return encoded
        if isinstance(cell, int | float):
            encoded = str(cell)
            if isinstance(cell, float) and not cell.is_integer():
                self[cell] = encoded
            return encoded
        raise ValueError(f"not a cell: {cell!r}")


def encode_csv(table: Table) -> bytes:
    """The file's bytes: BOM, one header row, CRLF line ends; text quoted, numbers bare."""
    cells = _EncodedCells()
    encode = cells.__getitem__
    lines = [",".join(map(encode, table.header))]
    lines += [",".join(map(encode, row)) for row in table.rows]
    lines.append("")
    return "\r\n".join(lines).encode("utf-8-sig")


def _cannot_write(where: str, reason: object) -> str:
    return translate("core.csv_file", "Cannot write to {path}: {reason}.").format(
        path=where, reason=reason
    )


def write_csv(path: Path, table: Table) -> Path:
    """Write ``table`` to ``path`` atomically: a temporary file beside it, flushed and synced,
    then renamed over it. On any failure the temporary file is removed, an existing file is
    left exactly as it was, and ExportError says why. Returns the path written.

    The file is readable by its owner only, like the data file: it holds health data.
    """
    target = Path(path).expanduser()
    where = os.fspath(target)
    try:
        data = encode_csv(table)
    except (ValueError, csv.Error) as err:
        raise ExportError(_cannot_write(where, why_not(err))) from err
    if target.is_dir():
        raise ExportError(
            _cannot_write(where, translate("core.csv_file", "it is a folder, not a file"))
        )
    folder = target.parent
    nearest = next((p for p in (folder, *folder.parents) if p.exists()), folder)
    if not folder.is_dir() and not nearest.is_dir():
        # A file where a folder of the path should be ("notes.txt/doses.csv").
        raise ExportError(
            _cannot_write(where, translate("core.csv_file", "part of the path is not a folder"))
        )
    if not folder.is_dir():
        raise ExportError(
            _cannot_write(
                where,
                translate("core.csv_file", "the folder {folder} does not exist").format(
                    folder=folder
                ),
            )
        )
    try:
        write_whole(target, data)
    except (OSError, ValueError) as err:
        raise ExportError(_cannot_write(where, why_not(err))) from err
    return target

"""Printing the packing list: one path for Travel → Print… and for --self-test, which prints a
list to a PDF printer so that a bundle without Qt's printing module fails before a person
finds out at the printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from baclofen_companion import APP_NAME
from baclofen_companion.core.travel import TripResult
from baclofen_companion.render.packing_list import packing_list_html


def print_html(html_text: str, printer: QPrinter) -> None:
    """Lay the list out as a document and send it to the printer the person chose."""
    doc = QTextDocument()
    doc.setHtml(html_text)
    doc.print_(printer)


def print_sample_pdf(path: Path) -> None:
    """A packing list with no medicines, printed through QPrinter's PDF format to ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_html(packing_list_html(APP_NAME, TripResult((), ()), "—", "—", "UTC"), printer)

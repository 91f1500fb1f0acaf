"""The packing list for a trip: what to pack, against what is on hand, and dose times there."""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from baclofen_companion.core.model import Medication
from baclofen_companion.core.supply import format_units
from baclofen_companion.core.travel import TripResult, place_name
from baclofen_companion.core.units import dose_label, format_mg

HAND_LUGGAGE = (
    "Keep your medicines in your hand luggage, in their pharmacy boxes, with a copy of your"
    " prescription: checked bags get lost or delayed."
)
NEVER_STOP = (
    "Never stop baclofen suddenly. If you run short while away, see a doctor or pharmacist"
    " there straight away."
)


def _t(text: str) -> str:
    return QCoreApplication.translate("PackingList", text)


def packing_list_html(
    person: str, result: TripResult, leave_text: str, back_text: str, destination_tz: str
) -> str:
    """The list as HTML for QTextDocument: headings, one table per part, plain words."""
    where = place_name(destination_tz)
    parts = [
        f"<h1>{html.escape(_t('Packing list'))} — {html.escape(person)}</h1>",
        f"<p>{html.escape(_t('Trip to'))} {html.escape(where)} ({html.escape(destination_tz)})"
        f"<br>{html.escape(_t('Leaving'))}: {html.escape(leave_text)}"
        f"<br>{html.escape(_t('Back home'))}: {html.escape(back_text)}</p>",
        f"<p style='font-size:large'><b>✈ {html.escape(_t(HAND_LUGGAGE))}</b></p>",
        "<h2>" + html.escape(_t("Medicines to pack")) + "</h2>",
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
        "<tr><th>☐</th><th>"
        + "</th><th>".join(html.escape(_t(h)) for h in ("Medicine", "Pack", "Doses", "On hand"))
        + "</th></tr>",
    ]
    for supply in result.supplies:
        med = supply.medication
        pack = format_units(supply.units_needed, med)
        if supply.bottles is not None:
            pack += f" ({supply.bottles} {_t('bottles') if supply.bottles != 1 else _t('bottle')})"
        if supply.cannot_make:
            pack = _t("cannot be made from this strength")
        doses = _t("{trip} on the trip + {buffer} spare").format(
            trip=supply.trip_doses, buffer=supply.buffer_doses
        )
        parts.append(
            "<tr><td>☐</td>"
            f"<td>{html.escape(med.name)} {html.escape(format_mg(med.strength_mg))}</td>"
            f"<td><b>{html.escape(pack)}</b></td><td>{html.escape(doses)}</td>"
            f"<td>{html.escape(format_units(supply.stock_units, med))}: "
            f"{html.escape(supply.verdict)}</td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<p>{html.escape(_t(NEVER_STOP))}</p>")
    parts.append(
        "<h2>" + html.escape(_t("Dose times at {where}, local time").format(where=where)) + "</h2>"
    )
    parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
    packed = {s.medication.id: s.medication for s in result.supplies}
    for day in result.days:
        rows = []
        for dose in day.doses:
            amount = dose_text(dose.amount_mg, packed.get(dose.medication.id, dose.medication))
            note = f" — {_t(dose.note)}" if dose.note else ""
            rows.append(
                ("✗ " if dose.skip else "")
                + f"{dose.local:%H:%M} {html.escape(dose.medication.name)} "
                f"{html.escape(amount)}{html.escape(note)}"
            )
        text = "<br>".join(rows) if rows else html.escape(_t("no doses"))
        parts.append(f"<tr><td width='28%'><b>{day.day:%a %d %b}</b></td><td>{text}</td></tr>")
    parts.append("</table>")
    parts.append(
        "<p><i>"
        + html.escape(
            _t("This list follows the plan you entered; confirm it with your prescriber.")
        )
        + "</i></p>"
    )
    return "\n".join(parts)


def dose_text(amount_mg: float, packed: Medication) -> str:
    """'5 mg — ½ tablet' in the strength being packed."""
    return dose_label(amount_mg, packed.form, packed.strength_mg, packed.scored)


def write_pdf(html_text: str, path: Path, title: str) -> None:
    """Render to an A4 PDF, written to a temporary file first so a failure leaves no half file."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=".packing-", suffix=".pdf", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Baclofen Companion")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = QTextDocument()
        doc.setHtml(html_text)
        doc.print_(writer)
        del writer  # closes and flushes the file
        if tmp.stat().st_size == 0:
            raise OSError("the PDF came out empty")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)

"""The packing list for a trip: what to pack, against what is on hand, and dose times there."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from baclofen_companion.core.model import DoseForm, Medication
from baclofen_companion.core.supply import format_units
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, hhmm, short_weekday_date
from baclofen_companion.core.travel import TripResult, note_text, place_name
from baclofen_companion.core.units import dose_label, format_mg
from baclofen_companion.core.whole_file import write_whole

HAND_LUGGAGE = QT_TRANSLATE_NOOP(
    "PackingList",
    "Keep your medicines in your hand luggage, in their pharmacy boxes, with a copy of your"
    " prescription: checked bags get lost or delayed.",
)
NEVER_STOP = QT_TRANSLATE_NOOP(
    "PackingList",
    "Never stop baclofen suddenly. If you run short while away, see a doctor or pharmacist"
    " there straight away.",
)


def _t(text: str) -> str:
    return QCoreApplication.translate("PackingList", text)


def packing_list_html(
    person: str,
    result: TripResult,
    leave_text: str,
    back_text: str,
    destination_tz: str,
    names: dict[int, str] | None = None,
) -> str:
    """The list as HTML for QTextDocument: headings, one table per part, plain words.

    ``names`` (person id -> name) is given when several people travel: each medicine and dose
    then says whose it is."""
    where = place_name(destination_tz)

    def whose(med: Medication) -> str:
        return f"{names[med.profile_id]}: " if names and med.profile_id in names else ""

    def t(text: str) -> str:
        return html.escape(text)

    title = QCoreApplication.translate("PackingList", "Packing list")
    trip_to = QCoreApplication.translate("PackingList", "Trip to {place} ({zone})").format(
        place=where, zone=destination_tz
    )
    leaving = QCoreApplication.translate("PackingList", "Leaving: {when}").format(when=leave_text)
    back = QCoreApplication.translate("PackingList", "Back home: {when}").format(when=back_text)
    headers = (
        QCoreApplication.translate("PackingList", "Medicine"),
        QCoreApplication.translate("PackingList", "Pack"),
        QCoreApplication.translate("PackingList", "Doses"),
        QCoreApplication.translate("PackingList", "On hand"),
    )
    to_pack = QCoreApplication.translate("PackingList", "Medicines to pack")
    parts = [
        f"<h1>{t(title)} — {t(person)}</h1>",
        f"<p>{t(trip_to)}<br>{t(leaving)}<br>{t(back)}</p>",
        f"<p style='font-size:large'><b>✈ {t(_t(HAND_LUGGAGE))}</b></p>",
        f"<h2>{t(to_pack)}</h2>",
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
        "<tr><th>☐</th><th>" + "</th><th>".join(t(h) for h in headers) + "</th></tr>",
    ]
    for supply in result.supplies:
        med = supply.medication
        pack = format_units(supply.units_needed, med)
        if supply.bottles == 1:
            pack += QCoreApplication.translate("PackingList", " (1 bottle)")
        elif supply.bottles is not None:
            pack += QCoreApplication.translate("PackingList", " ({n} bottles)").format(
                n=supply.bottles
            )
        if supply.cannot_make:
            pack = QCoreApplication.translate("PackingList", "cannot be made from this strength")
        doses = QCoreApplication.translate(
            "PackingList", "{trip} doses on the trip and {buffer} spare doses"
        ).format(trip=supply.trip_doses, buffer=supply.buffer_doses)
        parts.append(
            "<tr><td>☐</td>"
            f"<td>{t(whose(med))}{t(med.name)} {t(strength_text(med))}</td>"
            f"<td><b>{t(pack)}</b></td><td>{t(doses)}</td>"
            f"<td>{t(format_units(supply.stock_units, med))}: {t(supply.verdict)}</td></tr>"
        )
    parts.append("</table>")
    for supply in result.supplies:
        if supply.gap_warning:
            parts.append(f"<p><b>⚠ {t(supply.gap_warning)}</b></p>")
    parts.append(f"<p>{t(_t(NEVER_STOP))}</p>")
    times = QCoreApplication.translate("PackingList", "Dose times at {where}, local time")
    parts.append(f"<h2>{t(times.format(where=where))}</h2>")
    parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
    packed = {s.medication.id: s.medication for s in result.supplies}
    for day in result.days:
        rows = []
        for dose in day.doses:
            amount = dose_text(
                dose.amount_mg,
                packed.get(dose.medication.id, dose.medication),
                dose.units is not None,
            )
            note = f" — {note_text(dose)}" if dose.note else ""
            rows.append(
                ("✗ " if dose.skip else "")
                + f"{hhmm(dose.local)} {t(whose(dose.medication))}{t(dose.medication.name)} "
                + f"{t(amount)}{t(note)}"
            )
        text = (
            "<br>".join(rows) if rows else t(QCoreApplication.translate("PackingList", "no doses"))
        )
        day_text = t(short_weekday_date(day.day))
        parts.append(f"<tr><td width='28%'><b>{day_text}</b></td><td>{text}</td></tr>")
    parts.append("</table>")
    follows = QCoreApplication.translate(
        "PackingList", "This list follows the plan you entered; confirm it with your prescriber."
    )
    parts.append(f"<p><i>{t(follows)}</i></p>")
    return "\n".join(parts)


def dose_text(amount_mg: float, packed: Medication, makeable: bool = True) -> str:
    """'5 mg — ½ tablet' in the strength being packed; never a unit count the packed strength
    cannot give (a quarter of an unscored tablet), but plainly that it cannot."""
    if not makeable:
        return QCoreApplication.translate(
            "PackingList", "{amount} — cannot be made from {strength}"
        ).format(amount=format_mg(amount_mg), strength=strength_text(packed))
    return dose_label(amount_mg, packed.form, packed.strength_mg, packed.scored)


def strength_text(med: Medication) -> str:
    """'10 mg' for a tablet or packet, '1 mg/mL' for a liquid: the two baclofen liquids differ
    five-fold (1 and 5 mg/mL), so a liquid's strength always says per mL."""
    if med.form is DoseForm.LIQUID:
        return f"{format_mg(med.strength_mg)}/mL"
    return format_mg(med.strength_mg)


def write_pdf(html_text: str, path: Path, title: str) -> None:
    """Render to an A4 PDF and write it whole and owner-only (raises OSError, the last file
    kept): drawn in memory first, because QPdfWriter says nothing when the disk fills up."""
    pdf = QBuffer()
    pdf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(pdf)
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
    del writer  # finishes the PDF
    data = bytes(pdf.data().data())
    if not data:
        raise OSError("the PDF came out empty")
    write_whole(path, data)

"""The pump emergency card: a wallet-sized PDF (two sides, 85.6 × 54 mm) a person carries, so
whoever finds them knows about the pump, whom to call and what they take.

Written whole or not at all, like the report.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from baclofen_companion import APP_NAME
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Medication, Profile, ScheduleVersion
from baclofen_companion.core.plans import describe_slots, is_baclofen
from baclofen_companion.core.pump import CARD_STATEMENT, Pump, emergency_advice
from baclofen_companion.core.schedule import active_version
from baclofen_companion.core.text import hhmm, long_date, translate
from baclofen_companion.core.whole_file import why_not, write_whole

RESOLUTION = 96
"""As the report: fonts laid out at the screen's 96 dpi come out at their point size."""
CARD_MM = QSizeF(85.6, 54.0)
SMALLEST_PT = 5.0


@dataclass(frozen=True)
class CardFacts:
    """Everything the card says, so tests and the window can read it without the PDF."""

    name: str
    pump: Pump
    oral: tuple[str, ...]


def oral_baclofen(
    medications: tuple[Medication, ...],
    versions: dict[int, list[ScheduleVersion]],
    today: date,
) -> tuple[str, ...]:
    """'Baclofen 10 mg tablets: 10 mg three times a day (08:00, 14:00, 20:00)' per medicine."""
    lines = []
    for med in medications:
        current = active_version(versions.get(med.id, []), today)
        if not is_baclofen(med) or current is None or not current.slots:
            continue
        times = ", ".join(hhmm(s.time) for s in current.slots)
        lines.append(f"{med.name}: {describe_slots(current.slots)} ({times})")
    return tuple(lines)


def _row(label: str, value: str) -> str:
    shown = html.escape(value) if value else "—"
    return f"<b>{html.escape(label)}:</b> {shown}<br>"


def front_html(facts: CardFacts) -> str:
    pump = facts.pump
    statement = html.escape(translate("core.pump", CARD_STATEMENT))
    name = _row(QCoreApplication.translate("PumpCard", "Name"), facts.name)
    clinic = _row(QCoreApplication.translate("PumpCard", "Pump clinic"), pump.clinic)
    phone = _row(QCoreApplication.translate("PumpCard", "Phone"), pump.phone)
    never = QCoreApplication.translate(
        "PumpCard", "Do not let the pump run empty or stop suddenly."
    )
    return (
        f"<p style='font-size:large; color:#b71c1c'><b>{statement}</b></p>"
        f"<p>{name}{clinic}{phone}</p>"
        f"<p><b>{html.escape(never)}</b> {html.escape(emergency_advice())}</p>"
    )


def back_html(facts: CardFacts) -> str:
    pump = facts.pump
    refill = long_date(pump.next_refill) if pump.next_refill else ""
    none = QCoreApplication.translate("PumpCard", "none")
    oral = "<br>".join(html.escape(line) for line in facts.oral) or html.escape(none)
    written = QCoreApplication.translate("PumpCard", "As the pump clinic wrote them:")
    concentration = QCoreApplication.translate("PumpCard", "Concentration")
    daily = QCoreApplication.translate("PumpCard", "Daily dose")
    next_refill = QCoreApplication.translate("PumpCard", "Next refill")
    oral_title = QCoreApplication.translate("PumpCard", "Oral baclofen")
    return (
        f"<p><i>{html.escape(written)}</i><br>"
        f"{_row(concentration, pump.concentration)}{_row(daily, pump.daily_dose)}"
        f"{_row(next_refill, refill)}</p>"
        f"<p><b>{html.escape(oral_title)}:</b><br>{oral}</p>"
    )


def _paint_side(painter: QPainter, body: str, width: float, height: float) -> None:
    """Lay the side out at the largest size up to 9 pt that fits the card."""
    size = 9.0
    while True:
        doc = QTextDocument()
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(size)
        font.setFeature(QFont.Tag("liga"), 0)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(width)
        doc.setHtml(body)
        if doc.size().height() <= height or size <= SMALLEST_PT:
            break
        size -= 0.5
    painter.save()
    painter.setClipRect(QRectF(0, 0, width, height))
    doc.drawContents(painter, QRectF(0, 0, width, height))
    painter.restore()


def write_card(facts: CardFacts, out: Path) -> Path:
    """Write the card to ``out`` (a .pdf), whole or not at all."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_card needs a QGuiApplication")
    target = out if out.suffix.lower() == ".pdf" else out.with_name(out.name + ".pdf")
    pdf = QBuffer()
    pdf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(pdf)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(CARD_MM, QPageSize.Unit.Millimeter, "card"),
            QPageLayout.Orientation.Portrait,
            QMarginsF(3, 3, 3, 3),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(
        QCoreApplication.translate("PumpCard", "Pump emergency card — {name}").format(
            name=facts.name
        )
    )
    writer.setCreator(APP_NAME)
    width, height = float(writer.width()), float(writer.height())
    painter = QPainter()
    if not painter.begin(writer):
        raise ValidationError(
            "file",
            QCoreApplication.translate("PumpCard", "{path} cannot be written.").format(path=target),
        )
    try:
        _paint_side(painter, front_html(facts), width, height)
        writer.newPage()
        _paint_side(painter, back_html(facts), width, height)
    finally:
        painter.end()
    try:
        write_whole(target, bytes(pdf.data().data()))
    except (OSError, ValueError) as err:
        raise ValidationError(
            "file",
            QCoreApplication.translate("PumpCard", "{path} cannot be written: {why}.").format(
                path=target, why=why_not(err)
            ),
        ) from err
    return target


def card_facts(profile: Profile, pump: Pump, oral: tuple[str, ...]) -> CardFacts:
    return CardFacts(profile.name, pump, oral)

"""Send a test reminder: through the real notification paths, and say what was found."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from baclofen_companion.core.reminders import OpenDose
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, hhmm
from baclofen_companion.core.units import format_mg
from baclofen_companion.services.notifier import TrialResult

PATH_NAMES = {
    "freedesktop": QT_TRANSLATE_NOOP("ReminderTrial", "desktop notifications"),
    "portal": QT_TRANSLATE_NOOP("ReminderTrial", "the desktop's notification portal"),
    "notify-send": "notify-send",
    "plyer": QT_TRANSLATE_NOOP("ReminderTrial", "system notifications"),
    "toast": QT_TRANSLATE_NOOP("ReminderTrial", "Windows notifications"),
    "notification-centre": QT_TRANSLATE_NOOP("ReminderTrial", "the Notification Centre"),
    "tray": QT_TRANSLATE_NOOP("ReminderTrial", "the tray icon's message"),
}


def path_name(name: str) -> str:
    return (
        QCoreApplication.translate("ReminderTrial", PATH_NAMES[name])
        if name in PATH_NAMES
        else name
    )


def explain(result: TrialResult) -> tuple[bool, str]:
    """Whether notifications work, and what to tell the person, in plain words."""
    lines: list[str] = []
    if result.used:
        works = True
        lines.append(
            QCoreApplication.translate(
                "ReminderTrial", "Notifications work: a test reminder was shown through {path}."
            ).format(path=path_name(result.used))
        )
        lines.append(
            QCoreApplication.translate(
                "ReminderTrial",
                "If you did not see it, check that notifications for Baclofen Companion are on"
                " (and Do Not Disturb is off) in your desktop's settings.",
            )
        )
    else:
        works = False
        lines.append(
            QCoreApplication.translate(
                "ReminderTrial", "No notification could be shown on this computer."
            )
        )
        lines.append(
            QCoreApplication.translate(
                "ReminderTrial",
                "Reminders will still appear in this window. To get them as notifications,"
                " a notification service is needed: every desktop (GNOME, KDE, Xfce…) has one;"
                " on a bare window manager install one, for example dunst.",
            )
        )
    if not result.tray:
        lines.append(
            QCoreApplication.translate(
                "ReminderTrial",
                "There is no tray icon: on GNOME, install the 'AppIndicator and"
                " KStatusNotifierItem Support' extension to see it.",
            )
        )
    return works, "\n\n".join(lines)


def send_trial(parent: QWidget, trial: Callable[[], TrialResult]) -> TrialResult:
    """Send one test reminder and show what was found."""
    result = trial()
    works, text = explain(result)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if works else QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ReminderTrial", "Test reminder"))
    box.setText(text)
    box.setAccessibleName(QCoreApplication.translate("ReminderTrial", "Test reminder result"))
    box.exec()
    return result


def first_reminder_text(upcoming: OpenDose | None, now: datetime) -> str:
    """When the first reminder will come, as the person reads it."""
    if upcoming is None:
        return QCoreApplication.translate(
            "ReminderTrial", "No dose is planned yet, so no reminder is coming."
        )
    dose = upcoming.dose
    when = upcoming.when(now)
    if when == hhmm(dose.slot_time):
        when = QCoreApplication.translate("ReminderTrial", "today at {time}").format(time=when)
    return QCoreApplication.translate(
        "ReminderTrial", "The first reminder comes {when}: {person} — {medicine} {amount}."
    ).format(
        when=when,
        person=upcoming.person,
        medicine=dose.medication.name,
        amount=format_mg(dose.amount_mg),
    )


def welcome(
    parent: QWidget, upcoming: OpenDose | None, now: datetime, trial: Callable[[], TrialResult]
) -> None:
    """Right after the first set-up: when the first reminder comes, and a test reminder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ReminderTrial", "All set"))
    box.setText(first_reminder_text(upcoming, now))
    box.setInformativeText(
        QCoreApplication.translate(
            "ReminderTrial", "Send a test reminder now to check that this computer shows them."
        )
    )
    test = box.addButton(
        QCoreApplication.translate("ReminderTrial", "Send a &test reminder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("ReminderTrial", "All set"))
    box.exec()
    if box.clickedButton() is test:
        send_trial(parent, trial)

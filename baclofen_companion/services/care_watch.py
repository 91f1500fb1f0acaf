"""Appointment reminders: a few days before (prepare the report), the day before, the hour before.

Called from the reminder scheduler's watch on every wake; what it says goes out as the
scheduler's ``alerted`` batches, so it reaches the notifier chain, the tray and the window like
the other notices. What was sent is kept in the store's settings (``care_notices_sent``), so a
restart does not say it again; an appointment moved to a new time is reminded at its new time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from baclofen_companion.core.care import Appointment, AppointmentNotice, notice_due, notice_key
from baclofen_companion.core.text import date_time_text
from baclofen_companion.services.logbook import log
from baclofen_companion.store import Store

SENT_KEY = "care_notices_sent"
KEEP_SENT = 200

Say = Callable[[str, str], None]
"""Where a notice goes: its title and body."""


class CareWatch:
    def __init__(self, store: Store) -> None:
        self.store = store

    def run(self, now: datetime, say: Say) -> None:
        sent: list[str] = self.store.setting(SENT_KEY, [])
        for profile in self.store.profiles():
            for appointment in self.store.appointments(profile.id):
                notice = notice_due(appointment, now)
                if notice is None or notice_key(appointment, notice) in sent:
                    continue
                sent.append(notice_key(appointment, notice))
                self.store.set_setting(SENT_KEY, sent[-KEEP_SENT:])
                title, body = self.words(profile.name, profile.home_tz, appointment, notice)
                log().info("appointment notice (%s): %s", notice.value, appointment.id)
                say(title, body)

    @staticmethod
    def words(
        person: str, home_tz: str, appointment: Appointment, notice: AppointmentNotice
    ) -> tuple[str, str]:
        when = date_time_text(appointment.at.astimezone(ZoneInfo(home_tz)))
        if notice is AppointmentNotice.PREPARE:
            title = QCoreApplication.translate(
                "CareWatch", "{person} — appointment with {whom} in a few days"
            )
            body = QCoreApplication.translate(
                "CareWatch",
                "On {when}. Prepare the appointment report (File → Appointment report…):"
                " it covers the time since the last appointment and lists your questions.",
            )
        elif notice is AppointmentNotice.DAY_BEFORE:
            title = QCoreApplication.translate(
                "CareWatch", "{person} — appointment with {whom} tomorrow"
            )
            body = QCoreApplication.translate("CareWatch", "On {when}.")
        else:
            title = QCoreApplication.translate(
                "CareWatch", "{person} — appointment with {whom} in an hour"
            )
            body = QCoreApplication.translate("CareWatch", "At {when}.")
        body = body.format(when=when)
        if appointment.place:
            body += " " + QCoreApplication.translate("CareWatch", "Where: {place}.").format(
                place=appointment.place
            )
        if appointment.bring and notice is not AppointmentNotice.PREPARE:
            body += " " + QCoreApplication.translate("CareWatch", "Bring: {bring}.").format(
                bring=appointment.bring
            )
        return title.format(person=person, whom=appointment.with_whom), body

"""Today: the pillbox. The day's doses by part of day, with Taken, Skip and Undo."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.day import DayDose
from baclofen_companion.core.errors import CompanionError, StorageError
from baclofen_companion.core.model import (
    DoseEvent,
    DoseKind,
    DoseStatus,
    Medication,
    PlannedDose,
    Profile,
    ScheduleVersion,
)
from baclofen_companion.core.plans import (
    NOTICE_TIME,
    change_notice,
    changed_today_notice,
    plan_progress,
)
from baclofen_companion.core.safety import late_dose_warning
from baclofen_companion.core.schedule import (
    DoseState,
    PartOfDay,
    PersonPlan,
    active_version,
    local_date,
    local_to_utc,
    next_dose_after,
    part_of_day,
    planned_total_mg,
    taken_total_mg,
)
from baclofen_companion.core.text import hhmm as clock_text
from baclofen_companion.core.travel import describe_trip
from baclofen_companion.core.units import format_mg
from baclofen_companion.ops import doses
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.days import doses_between, person_plan
from baclofen_companion.ui.today.cards import (
    DoseCard,
    ExtraRow,
    Section,
    part_of_day_text,
    scaled_font,
)
from baclofen_companion.ui.today.extra_dose import ExtraDoseDialog
from baclofen_companion.ui.today.pillbox import DayPips, Pillbox
from baclofen_companion.ui.today.taken_at import TakenAtDialog
from baclofen_companion.ui.widgets.common import (
    ErrorLabel,
    PersonView,
    local,
    long_date,
    missed_dose_rule,
)
from baclofen_companion.ui.widgets.context import ViewContext


class TodayView(PersonView):
    """The pillbox for one person and one day (today unless the person moves)."""

    diary_requested = Signal()

    RELOAD_ON = Changed.DATA

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.day: date | None = None
        self._following_today = True

        layout = QVBoxLayout(self)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Pre&vious day"))
        self.prev_button.setAccessibleName(self.tr("Previous day"))
        self.day_label = QLabel()
        self.day_label.setAccessibleName(self.tr("Day shown"))
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("&Next day ▶"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.today_button = QPushButton(self.tr("Back to &today"))
        self.today_button.setAccessibleName(self.tr("Back to today"))
        nav.addWidget(self.prev_button)
        nav.addWidget(self.day_label, 1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)
        layout.addLayout(nav)
        self.everyone = QCheckBox(self.tr("Show every&one's doses"))
        self.everyone.setAccessibleName(self.tr("Show everyone's doses"))
        self.everyone.toggled.connect(lambda _on: self.reload())
        layout.addWidget(self.everyone)
        # The day's progress first, big: a pip per dose and "2 of 4 doses taken today".
        self.pips = DayPips()
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Day summary"))
        self.summary.setFont(scaled_font(self.summary, 1.3))
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Daily total"))
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.pips)
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.totals)
        layout.addLayout(summary_row)
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Plan progress"))
        self.progress.setWordWrap(True)
        layout.addWidget(self.progress)
        self.supply = QLabel()
        self.supply.setAccessibleName(self.tr("Supply"))
        self.supply.setWordWrap(True)

        self.extra_button = QPushButton(self.tr("Log an &extra dose…"))
        self.extra_button.setAccessibleName(self.tr("Log an extra dose"))
        self.extra_button.clicked.connect(self.log_extra)
        # The supply and the day's other actions share a row: room for the pillbox.
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.supply, 1)
        self.diary_button = QPushButton(self.tr("How are you feeling? &Add a diary entry…"))
        self.diary_button.setAccessibleName(self.tr("Add a diary entry"))
        self.diary_button.clicked.connect(self.diary_requested)
        extra_row.addWidget(self.diary_button)
        extra_row.addWidget(self.extra_button)
        layout.addLayout(extra_row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.pillbox_area = QScrollArea()
        self.pillbox_area.setWidgetResizable(True)
        self.pillbox_area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.pillbox_area, 1)
        self.prev_button.clicked.connect(lambda: self.shift_day(-1))
        self.next_button.clicked.connect(lambda: self.shift_day(1))
        self.today_button.clicked.connect(self.go_to_today)

    # -- navigation ---------------------------------------------------------------------

    def today(self) -> date:
        profile = self._profile()
        tz = profile.home_tz if profile else "UTC"
        return local_date(self.clock.now(), tz)

    def refresh(self, what: Changed) -> None:
        if what & Changed.PERSON_SHOWN:
            self.go_to_today()
        else:
            self.reload()

    def go_to_today(self) -> None:
        self._following_today = True
        self.day = self.today()
        self.reload()

    def shift_day(self, days: int) -> None:
        self.day = (self.day or self.today()) + timedelta(days=days)
        self._following_today = self.day == self.today()
        self.reload()

    def tick(self) -> None:
        """Called every minute: states move on (due, overdue), and midnight turns the page."""
        if self._following_today:
            self.day = self.today()
        self.reload()

    # -- content --------------------------------------------------------------------------

    def people_shown(self) -> list[Profile]:
        """The person chosen, or everyone when 'Everyone' is ticked."""
        if self.everyone.isChecked():
            return self.store.profiles()
        profile = self._profile()
        return [profile] if profile is not None else []

    def reload(self) -> None:
        self.error.clear_error()
        today = self.today()
        if self.day is None:
            self.day = today
        day = self.day
        shown = f"<b>{long_date(day)}</b>"
        if day == today:
            shown = self.tr("{day} — today").format(day=shown)
        self.day_label.setText(shown)
        self.today_button.setEnabled(day != today)
        self.everyone.setVisible(len(self.store.profiles()) > 1)
        keep = self._focused_card()
        scrolled = self.pillbox_area.verticalScrollBar().value()
        content = Pillbox()
        people = self.people_shown()
        if not people:
            if self.store.archived_profiles():
                self.summary.setText(
                    self.tr(
                        "Everyone is archived. People → Bring back an archived person… "
                        "returns them, with all their records."
                    )
                )
            else:
                self.summary.setText(self.tr("No one is set up yet."))
            self.totals.clear()
            self.progress.hide()
            self.supply.hide()
            self.pips.show_doses([])
            self._show_pillbox(content, scrolled, keep)
            return
        now = self.clock.now()
        named = len(people) > 1
        progress: list[str] = []
        supply: list[str] = []
        taken = planned = 0
        day_doses: list[DayDose] = []
        taken_mg = planned_mg = extra_mg = 0.0
        for profile in people:
            if named:
                heading = QLabel(f"<h3>{html.escape(profile.name)}</h3>")
                heading.setAccessibleName(self.tr("{person}'s doses").format(person=profile.name))
                content.add(heading, wide=True)
            section = self._person_section(profile, day, today, now, content, named)
            day_doses += section.doses
            progress += section.progress
            supply += section.supply
            taken += section.taken
            planned += section.planned
            taken_mg += section.taken_mg
            planned_mg += section.planned_mg
            extra_mg += section.extra_mg
        self.progress.setText("\n".join(progress))
        self.progress.setVisible(bool(progress))
        self.supply.setText("<br>".join(supply))
        self.supply.setVisible(bool(supply))
        self.pips.show_doses(day_doses)
        self._show_pillbox(content, scrolled, keep)

        if planned == 0 and day == today:
            summary = self.tr("No doses to take today")
        elif planned == 0:
            summary = self.tr("No doses on {date}").format(date=long_date(day))
        elif day == today and planned == 1:
            summary = self.tr("{taken} of 1 dose taken today").format(taken=taken)
        elif day == today:
            summary = self.tr("{taken} of {planned} doses taken today").format(
                taken=taken, planned=planned
            )
        elif planned == 1:
            summary = self.tr("{taken} of 1 dose taken on {date}").format(
                taken=taken, date=long_date(day)
            )
        else:
            summary = self.tr("{taken} of {planned} doses taken on {date}").format(
                taken=taken, planned=planned, date=long_date(day)
            )
        if named:
            summary = self.tr("Everyone: {summary}").format(summary=summary)
        self.summary.setText(summary)
        # Adding up milligrams across people means nothing; the total is per person.
        # Extra doses are apart from the plan: "15 mg of 15 mg planned" must not hide a
        # skipped dose behind an extra one.
        totals = ""
        if planned and not named:
            totals = self.tr("Taken {taken} of {planned} planned").format(
                taken=format_mg(taken_mg), planned=format_mg(planned_mg)
            )
        if extra_mg and not named:
            extra = self.tr("{amount} extra").format(amount=format_mg(extra_mg))
            totals = f"{totals} · {extra}" if totals else extra
        self.totals.setText(totals)

    def _person_section(
        self,
        profile: Profile,
        day: date,
        today: date,
        now: datetime,
        box: Pillbox,
        named: bool,
    ) -> Section:
        """One person's day: carried-over doses, parts of the day, extra doses."""
        tz = profile.home_tz
        plan = person_plan(self.store, profile)
        meds, versions = plan.medications, plan.versions
        yesterday = day - timedelta(days=1)
        prefix = f"{profile.name} — " if named else ""
        section = Section()
        for med in meds:
            progress = plan_progress(day, versions.get(med.id, []), self.store.plan_kinds(med.id))
            if progress is not None:
                section.progress.append(f"{prefix}{med.name}: {progress.text()}")
        if day == today:
            section.progress += [prefix + text for text in self._notices(plan, today, now)]
        section.supply = self._supply_lines(profile, meds, versions, now, prefix)
        actionable = day <= today
        person = profile.name if named else ""

        def titled(title: str) -> str:
            return (
                self.tr("{title} ({person})").format(title=title, person=person) if named else title
            )

        began = self._care_began_notes(plan, day, prefix)
        for text in began:
            note = QLabel(text)
            note.setWordWrap(True)
            note.setAccessibleName(self.tr("Not tracked before it was added"))
            box.add(note, wide=True)

        seen = doses_between(self.store, plan, yesterday, day, now)
        doses = [d for d in seen if d.dose.slot_date == day]
        if day == today:
            still_open = [d for d in seen if d.dose.slot_date == yesterday and d.takeable]
            if still_open:
                title = titled(self.tr("Still open from yesterday"))
                carried = QGroupBox(title)
                carried.setAccessibleName(title)
                carried_layout = QVBoxLayout(carried)
                rule = QLabel(missed_dose_rule())
                rule.setWordWrap(True)
                carried_layout.addWidget(rule)
                for item in still_open:
                    carried_layout.addWidget(self._card(item, tz, True, person))
                box.add(carried, wide=True)

        groups: dict[PartOfDay, list[DayDose]] = {}
        for item in doses:
            groups.setdefault(part_of_day(item.dose.slot_time), []).append(item)
        for part in PartOfDay:
            if part not in groups:
                continue
            compartment = QGroupBox(part_of_day_text(part))
            compartment.setObjectName("compartment")
            compartment.setFont(scaled_font(compartment, 1.15))
            compartment.setAccessibleName(titled(part_of_day_text(part)))
            compartment_layout = QVBoxLayout(compartment)
            compartment_layout.setContentsMargins(4, 4, 4, 4)
            for item in groups[part]:
                card = self._card(item, tz, actionable, person)
                card.setFont(self.font())  # the compartment's bigger title is not the card's
                compartment_layout.addWidget(card)
            compartment_layout.addStretch(1)
            box.add(compartment)
        events = self.store.events_between(profile.id, day, day)
        extras = [e for e in events if e.kind is DoseKind.EXTRA and e.slot_date == day]
        if extras:
            names = {m.id: m.name for m in self.store.medications(profile.id, True)}
            title = titled(self.tr("Extra doses"))
            extra_box = QGroupBox(title)
            extra_box.setAccessibleName(title)
            extra_layout = QVBoxLayout(extra_box)
            for extra in extras:
                name = names.get(extra.medication_id, "?")
                extra_layout.addWidget(ExtraRow(extra, name, self._act_on_extra))
            box.add(extra_box, wide=True)
        if not doses and not began:
            box.add(QLabel(self.tr("No doses are planned on this day.")), wide=True)

        taken = [d.event for d in doses if d.event and d.event.status is DoseStatus.TAKEN]
        # A dose the trip or a clock change supersedes is not one to take: not in the count.
        to_take = [d for d in doses if not d.dose.superseded or d.state is DoseState.TAKEN]
        section.doses = to_take  # the pips count what the summary counts
        section.taken = len(taken)
        section.planned = len(to_take)
        section.taken_mg = taken_total_mg(taken)
        section.extra_mg = taken_total_mg(extras)
        section.planned_mg = planned_total_mg(d.dose for d in to_take)
        return section

    @staticmethod
    def _notices(plan: PersonPlan, today: date, now: datetime) -> list[str]:
        """What changes: from the evening before (as the reminder says it), and all through
        the day of a planned change, so a notice slept through is still read."""
        tz = plan.profile.home_tz
        evening = local(now, tz).time() >= NOTICE_TIME
        found = []
        for med in plan.medications:
            versions = plan.versions_of(med)
            text = changed_today_notice(med, versions, today, tz)
            if text is None and evening:
                text = change_notice(med, versions, today)
            if text is not None:
                found.append(f"\N{INFORMATION SOURCE} {text}")
        return found

    def _act_on_extra(self, event: DoseEvent, what: str) -> None:
        """Undo of an extra dose deletes it and its reason: ask first."""
        profile = self._profile()
        if profile is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove this extra dose?"))
        box.setText(
            self.tr("{what} and its reason will be removed from the log.").format(what=what)
        )
        remove = box.addButton(self.tr("Remove it"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is not remove:
            return
        changed = doses.undo(self.store, event.id, "Undo on Today", profile.home_tz)
        self.reload()
        self.announce(changed)

    def log_extra(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        meds = self.store.medications(profile.id)
        if not meds:
            return
        dialog = ExtraDoseDialog(self.store, profile, meds, self.clock.now(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.announce(Changed.DOSES)

    def _care_began_notes(self, plan: PersonPlan, day: date, prefix: str) -> list[str]:
        """Medicines set up during this day after some of its doses: say those are not tracked
        (they are neither missed nor reminded), so their absence is not a puzzle."""
        tz = plan.profile.home_tz
        notes = []
        for med in plan.medications:
            began = plan.began[med.id]
            version = active_version(plan.versions_of(med), day)
            if began is None or version is None or local_date(began, tz) != day:
                continue
            if any(local_to_utc(day, slot.time, tz) < began for slot in version.slots):
                notes.append(
                    self.tr(
                        "{person}{medicine}: added at {time}. The doses before then are not "
                        "tracked; reminders start with the next one."
                    ).format(person=prefix, medicine=med.name, time=clock_text(local(began, tz)))
                )
        return notes

    def _late_choice(self, dose: PlannedDose, tz: str) -> str:
        """Taken on a forgotten dose with the next under 2 hours away: explain, then ask."""
        plan = person_plan(self.store, self.store.profile(dose.profile_id))
        following = [
            d for offset in (0, 1) for d in plan.doses_on(dose.slot_date + timedelta(days=offset))
        ]
        warning = late_dose_warning(dose, next_dose_after(dose, following), self.clock.now())
        if warning is None:
            return "taken"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Your next dose is close"))
        box.setText(warning)
        taken = box.addButton(self.tr("Log it as taken"), QMessageBox.ButtonRole.AcceptRole)
        skip = box.addButton(self.tr("Skip this dose"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(skip)
        box.exec()
        clicked = box.clickedButton()
        return "taken" if clicked is taken else "skip" if clicked is skip else "cancel"

    def _supply_lines(
        self,
        profile: Profile,
        meds: Sequence[Medication],
        versions: Mapping[int, Sequence[ScheduleVersion]],
        now: datetime,
        prefix: str,
    ) -> list[str]:
        """'Baclofen — Supply: 23 days — refill by 11 Dec', and a trip in progress or soon."""
        lines: list[str] = []
        for med in meds:
            outlook = self.store.stock.forecast(med, now, versions.get(med.id, []), profile.home_tz)
            if outlook is None:
                continue
            text = html.escape(f"{prefix}{med.name} — {outlook.text}")
            lines.append(f"<b>⚠ {text}</b>" if outlook.refill_now else text)
        for trip in self.store.trips.upcoming(profile.id, now):
            if trip.leave - now > timedelta(days=7):
                break
            lines.append(html.escape(prefix + describe_trip(trip.window, profile.home_tz, now)))
        return lines

    def _card(self, item: DayDose, tz: str, actionable: bool, person: str = "") -> DoseCard:
        shown = self.day or item.dose.slot_date
        here = self.store.zone_name() if self.store.zone_name else None
        return DoseCard(item, tz, shown, actionable, self._act, person, here)

    def _focused_card(self) -> str | None:
        """The accessible name of the card (or extra dose) holding the focus, if any."""
        # The window's focus, not the application's: the same when the window is active, and
        # still known while another window (a notification, a dialog just closed) is.
        widget: QWidget | None = self.window().focusWidget()
        content = self.pillbox_area.widget()
        while widget is not None and widget is not content:
            if isinstance(widget, DoseCard | ExtraRow):
                return widget.accessibleName()
            widget = widget.parentWidget()
        return None

    def _show_pillbox(self, content: Pillbox, scrolled: int, keep: str | None) -> None:
        """Put the new pillbox in place of the old one where the old one was: same columns,
        same scroll position, and the focus on the card that had it, so nothing moves under
        the pointer after Taken or Undo (or the minute's tick)."""
        area = self.pillbox_area
        content.arrange(area.viewport().width())
        area.setWidget(content)
        area.verticalScrollBar().setValue(scrolled)
        if keep is None:
            return
        for widget in content.findChildren(QWidget):
            if isinstance(widget, DoseCard | ExtraRow) and widget.accessibleName() == keep:
                target = widget.primary
                if target is not None:
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- actions --------------------------------------------------------------------------

    def _act(self, dose: PlannedDose, event: DoseEvent | None, action: str) -> None:
        tz = self.store.profile(dose.profile_id).home_tz
        changed = Changed.NOTHING
        try:
            if action == "taken":
                action = self._late_choice(dose, tz)
            if action == "cancel":
                return
            if action == "taken":
                _, changed = doses.take(self.store, dose, tz)
            elif action == "taken_at":
                dialog = TakenAtDialog(dose, tz, self.clock.now(), self)
                if dialog.exec() != QDialog.DialogCode.Accepted or dialog.taken_at is None:
                    return
                _, changed = doses.take(self.store, dose, tz, dialog.taken_at)
            elif action == "skip":
                _, changed = doses.skip(self.store, dose, tz)
            elif action == "undo" and event is not None:
                changed = doses.undo(self.store, event.id, "Undo on Today", tz)
            elif action == "correct_taken" and event is not None:
                dialog = TakenAtDialog(dose, tz, self.clock.now(), self)
                if dialog.exec() != QDialog.DialogCode.Accepted or dialog.taken_at is None:
                    return
                reason = self.tr("It was taken; logged later on Today")
                _, changed = doses.correct(
                    self.store, event.id, DoseStatus.TAKEN, dialog.taken_at, reason, tz
                )
            elif action == "correct_skipped" and event is not None:
                reason = self.tr("Skipped on purpose; logged later on Today")
                _, changed = doses.correct(
                    self.store, event.id, DoseStatus.SKIPPED, None, reason, tz
                )
        except StorageError:
            raise  # not this card's to explain: the app-wide dialog says it (ui/shell/errors.py)
        except CompanionError as err:
            self.error.show_message(str(err))
            return
        self.reload()
        self.announce(changed)

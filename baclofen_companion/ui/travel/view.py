"""The Travel tab: what to pack for a trip, the dose times there, and reminders that follow it."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, Medication, Profile, TravelMode
from baclofen_companion.core.supply import format_units
from baclofen_companion.core.text import date_text, hhmm, short_weekday_date
from baclofen_companion.core.travel import (
    DEFAULT_BUFFER_DAYS,
    MAX_BUFFER_DAYS,
    TripDay,
    TripDose,
    TripMedicine,
    TripRequest,
    TripResult,
    describe_trip,
    note_text,
    place_name,
    plan_trip,
)
from baclofen_companion.core.validation import parse_amount
from baclofen_companion.core.zones import resolve_zone
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.travel import follow_trip, stop_following
from baclofen_companion.render.packing_list import (
    dose_text,
    packing_list_html,
    strength_text,
    write_pdf,
)
from baclofen_companion.ui.widgets.common import (
    ErrorLabel,
    PersonView,
    from_qdatetime,
    to_qdatetime,
)
from baclofen_companion.ui.widgets.context import ViewContext
from baclofen_companion.ui.widgets.date_fields import DateTimeField
from baclofen_companion.ui.widgets.zone_field import ZoneField


def combine_results(results: list[TripResult]) -> TripResult:
    """Several people's trips (same dates and place) as one: all supplies, doses by day."""
    if len(results) == 1:
        return results[0]
    supplies = tuple(s for r in results for s in r.supplies)
    days: dict[date, list[TripDose]] = {}
    for r in results:
        for day in r.days:
            days.setdefault(day.day, []).extend(day.doses)
    merged = tuple(
        TripDay(day, tuple(sorted(doses, key=lambda d: (d.due, d.medication.profile_id))))
        for day, doses in sorted(days.items())
    )
    return TripResult(supplies, merged)


def destination_zone(text: str) -> str:
    """'Asia/Tokyo', 'tokyo', 'New York' or 'Japan' -> the zone name (core.zones)."""
    if not text.strip():
        raise ValidationError(
            "destination",
            QCoreApplication.translate(
                "TravelView", "Type where you are going, for example Tokyo or Europe/Paris."
            ),
        )
    return resolve_zone(text, "destination")


@dataclass
class MedicineChoice:
    """One medicine's row in the form."""

    medication: Medication
    include: QCheckBox
    only_strength: QLineEdit
    halvable: QCheckBox
    bottle: QLineEdit | None


class TravelView(PersonView):
    """Inputs on the left of a person's mind — dates, place, clock, spare days — then results."""

    RELOAD_ON = Changed.MEDICINES | Changed.STOCK | Changed.TRIPS | Changed.PEOPLE | Changed.DOSES

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.result: TripResult | None = None
        self.request: TripRequest | None = None
        """The first person's request: the dates, place and clock every request shares."""
        self.requests: list[TripRequest] = []
        """One request per person travelling (a parent and a child, say)."""
        self.choices: list[MedicineChoice] = []
        self._form_person: int | None = None
        self.pdf_path_for_tests: Path | None = None

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)

        intro = QLabel(
            self.tr(
                "Work out how much to pack for a trip, and when to take each dose there. "
                "Running out away from home is the usual way people stop baclofen suddenly."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.leave = DateTimeField()
        self.leave.setCalendarPopup(True)
        self.leave.setAccessibleName(self.tr("Leaving"))
        self.back = DateTimeField()
        self.back.setCalendarPopup(True)
        self.back.setAccessibleName(self.tr("Back home"))
        self.destination = ZoneField("destination")
        typed = self.destination.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("Type a city, for example Tokyo"))
        self.destination.setAccessibleName(self.tr("Destination time zone"))
        self.destination.setToolTip(self.tr("Type a city, for example Tokyo or New_York"))
        self.home_mode = QRadioButton(self.tr("&Stay on home time (the same moments as at home)"))
        self.local_mode = QRadioButton(self.tr("&Move to local time there (the same clock times)"))
        self.home_mode.setAccessibleName(self.tr("Stay on home time"))
        self.local_mode.setAccessibleName(self.tr("Move to local time"))
        self.home_mode.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.home_mode)
        self.mode_group.addButton(self.local_mode)
        modes = QVBoxLayout()
        modes.addWidget(self.home_mode)
        modes.addWidget(self.local_mode)
        self.buffer = QSpinBox()
        self.buffer.setRange(0, MAX_BUFFER_DAYS)
        self.buffer.setValue(DEFAULT_BUFFER_DAYS)
        self.buffer.setSuffix(self.tr(" days"))
        self.buffer.setAccessibleName(self.tr("Buffer days"))
        self.buffer.setToolTip(self.tr("Keep a few days' worth extra, in case of delays."))
        form.addRow(self.tr("&Leaving (home time):"), self.leave)
        form.addRow(self.tr("&Back home (home time):"), self.back)
        form.addRow(self.tr("&Destination:"), self.destination)
        form.addRow(self.tr("Doses during the trip:"), modes)
        form.addRow(self.tr("E&xtra days to pack:"), self.buffer)
        layout.addLayout(form)

        self.medicine_box = QGroupBox(self.tr("Medicines to pack"))
        self.medicine_layout = QVBoxLayout(self.medicine_box)
        layout.addWidget(self.medicine_box)

        actions = QHBoxLayout()
        self.calculate_button = QPushButton(self.tr("&Work it out"))
        self.calculate_button.setAccessibleName(self.tr("Work it out"))
        self.calculate_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("S&ave packing list as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save packing list as PDF"))
        self.print_button = QPushButton(self.tr("Pri&nt…"))
        self.print_button.setAccessibleName(self.tr("Print packing list"))
        self.save_trip_button = QPushButton(self.tr("Follow this trip in r&eminders"))
        self.save_trip_button.setAccessibleName(self.tr("Follow this trip in reminders"))
        for b in (self.calculate_button, self.pdf_button, self.print_button, self.save_trip_button):
            actions.addWidget(b)
        actions.addStretch()
        layout.addLayout(actions)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.destination.clears(self.error)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Trip result"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.days = QTreeWidget()
        self.days.setHeaderLabels([self.tr("Day and time there"), self.tr("Dose")])
        self.days.setAccessibleName(self.tr("Dose times at the destination"))
        self.days.setMinimumHeight(220)
        self.days.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.days)

        self.trips_label = QLabel()
        self.trips_label.setAccessibleName(self.tr("Saved trips"))
        self.trips_label.setWordWrap(True)
        layout.addWidget(self.trips_label)
        self.cancel_trip_button = QPushButton(self.tr("Stop following the saved trip"))
        self.cancel_trip_button.setAccessibleName(self.tr("Stop following the saved trip"))
        layout.addWidget(self.cancel_trip_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()

        self.calculate_button.clicked.connect(self.calculate)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_list)
        self.save_trip_button.clicked.connect(self.follow_trip)
        self.cancel_trip_button.clicked.connect(self.cancel_trip)
        for edit in (self.leave, self.back):
            edit.dateTimeChanged.connect(self._inputs_changed)
        self.destination.currentTextChanged.connect(self._inputs_changed)
        self.buffer.valueChanged.connect(self._inputs_changed)
        self.home_mode.toggled.connect(self._inputs_changed)
        self._set_result(None)

    # -- form -------------------------------------------------------------------------------

    def reload(self) -> None:
        profile = self._profile()
        worked_out = self.result is not None
        if worked_out:
            # Another person, or changed doses: what was worked out no longer holds, and must
            # not be printed or followed.
            self._set_result(None)
            self.summary.setText(self.tr("The form changed: press Work it out again."))
        while self.medicine_layout.count():
            item = self.medicine_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.choices = []
        if profile is None:
            return
        now = self.clock.now()
        # Fill the dates for a new person, or while nothing was worked out; keep what someone
        # typed when only the doses changed.
        if not worked_out or profile.id != self._form_person:
            self._form_person = profile.id
            saved = self.store.trips.upcoming(profile.id, now)
            if saved:
                # The trip reminders follow: show it again rather than a blank form.
                trip = saved[0]
                self.leave.setDateTime(to_qdatetime(trip.leave, profile.home_tz))
                self.back.setDateTime(to_qdatetime(trip.back, profile.home_tz))
                self.destination.setEditText(trip.destination_tz)
                self.local_mode.setChecked(trip.mode is TravelMode.LOCAL_TIME)
                self.home_mode.setChecked(trip.mode is TravelMode.HOME_TIME)
                self.buffer.setValue(trip.buffer_days)
            else:
                start = (now + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
                self.leave.setDateTime(to_qdatetime(start, profile.home_tz))
                self.back.setDateTime(to_qdatetime(start + timedelta(days=7), profile.home_tz))
        people = self.store.profiles()
        others = [p for p in people if p.id != profile.id]
        # The person shown comes first and is ticked; others travelling too can be ticked.
        for person in [profile, *others]:
            for med in self.store.medications(person.id):
                whose = person.name if others else ""
                row = self._medicine_row(med, whose, checked=person.id == profile.id)
                self.medicine_layout.addWidget(row)
        self._show_trips(profile)

    def _medicine_row(self, med: Medication, person: str = "", checked: bool = True) -> QWidget:
        row = QWidget()
        grid = QHBoxLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        whose = f"{person}: " if person else ""
        include = QCheckBox(f"{whose}{med.name} {strength_text(med)}")
        include.setChecked(checked)
        include.setAccessibleName(self.tr("Pack {name}").format(name=f"{whose}{med.name}"))
        only = QLineEdit()
        only.setPlaceholderText(self.tr("usual strength"))
        only.setMinimumWidth(only.fontMetrics().horizontalAdvance(only.placeholderText()) + 24)
        only.setMaximumWidth(only.minimumWidth() + 40)
        only.setAccessibleName(
            self.tr("Only this strength there, mg ({name})").format(name=f"{whose}{med.name}")
        )
        only.setToolTip(
            self.tr("If only one strength may be available there (for example 10 mg), type it.")
        )
        halvable = QCheckBox(self.tr("can be halved"))
        halvable.setChecked(med.scored)
        halvable.setAccessibleName(
            self.tr("That strength can be halved ({name})").format(name=f"{whose}{med.name}")
        )
        grid.addWidget(include, 1)
        if med.form is DoseForm.TABLET:
            grid.addWidget(QLabel(self.tr("Only this strength there:")))
            grid.addWidget(only)
            grid.addWidget(QLabel(self.tr("mg")))
            grid.addWidget(halvable)
        else:
            only.hide()
            halvable.hide()
        bottle = None
        if med.form is DoseForm.LIQUID:
            bottle = QLineEdit()
            bottle.setPlaceholderText(self.tr("for example 150"))
            bottle.setMinimumWidth(
                bottle.fontMetrics().horizontalAdvance(bottle.placeholderText()) + 24
            )
            bottle.setAccessibleName(
                self.tr("Bottle size in mL ({name})").format(name=f"{whose}{med.name}")
            )
            grid.addWidget(QLabel(self.tr("Bottle size:")))
            grid.addWidget(bottle)
            grid.addWidget(QLabel(self.tr("mL")))
            bottle.textChanged.connect(self._inputs_changed)
        include.toggled.connect(self._inputs_changed)
        only.textChanged.connect(self._inputs_changed)
        halvable.toggled.connect(self._inputs_changed)
        self.choices.append(MedicineChoice(med, include, only, halvable, bottle))
        return row

    def _inputs_changed(self) -> None:
        # A result that no longer matches the form must not be printed or followed.
        if self.result is not None:
            self._set_result(None)
            self.summary.setText(self.tr("The form changed: press Work it out again."))

    def _set_result(self, result: TripResult | None) -> None:
        self.result = result
        if result is None:
            self.request = None
            self.requests = []
            self.days.clear()
            self.summary.clear()
        for b in (self.pdf_button, self.print_button, self.save_trip_button):
            b.setEnabled(result is not None)

    def _read_requests(self, profile: Profile) -> list[TripRequest]:
        """One request per person with a medicine ticked; the dates are the shown person's
        home time, the same instants for everyone."""
        tz = profile.home_tz
        leave = from_qdatetime(self.leave.dateTime(), tz)
        back = from_qdatetime(self.back.dateTime(), tz)
        destination = destination_zone(self.destination.currentText())
        by_person: dict[int, list[TripMedicine]] = {}
        for choice in self.choices:
            if not choice.include.isChecked():
                continue
            med = choice.medication
            only = None
            if choice.only_strength.text().strip():
                only = parse_amount(choice.only_strength.text(), "strength")
            bottle = None
            if choice.bottle is not None and choice.bottle.text().strip():
                text = choice.bottle.text().strip().lower().removesuffix("ml").strip()
                try:
                    bottle = float(text.replace(",", "."))
                except ValueError:
                    raise ValidationError(
                        "bottle size",
                        self.tr("“{text}” is not a number of mL.").format(
                            text=choice.bottle.text()
                        ),
                    ) from None
            same_strength = only is None or only == med.strength_mg
            on_hand = self.store.stock.on_hand(med) if same_strength else None
            by_person.setdefault(med.profile_id, []).append(
                TripMedicine(
                    med,
                    tuple(self.store.schedule_versions([med.id]).get(med.id, [])),
                    on_hand or 0,
                    only,
                    choice.halvable.isChecked() if only is not None else None,
                    bottle,
                )
            )
        mode = TravelMode.LOCAL_TIME if self.local_mode.isChecked() else TravelMode.HOME_TIME
        if not by_person:
            by_person[profile.id] = []  # plan_trip says plainly that nothing was chosen
        order = sorted(by_person, key=lambda pid: (pid != profile.id, pid))
        travellers = [self.store.profile(pid) for pid in order]
        return [
            TripRequest(
                person.id,
                person.home_tz,
                leave,
                back,
                destination,
                tuple(by_person[person.id]),
                mode,
                self.buffer.value(),
                today=self._today(person),
                now=self.clock.now(),
            )
            for person in travellers
        ]

    # -- results ----------------------------------------------------------------------------

    def calculate(self) -> None:
        self.error.clear_error()
        profile = self._profile()
        if profile is None:
            return
        try:
            requests = self._read_requests(profile)
            results = [plan_trip(r) for r in requests]
        except ValidationError as err:
            self._set_result(None)
            self.error.show_error(err)
            return
        result = combine_results(results)
        self._set_result(result)
        self.request = requests[0]
        self.requests = requests
        self._show(result, requests[0])

    def _show(self, result: TripResult, request: TripRequest) -> None:
        lines = []
        names = self._names()
        for supply in result.supplies:
            med = supply.medication
            whose = f"{names[med.profile_id]}: " if names else ""
            name = f"{whose}{med.name} {strength_text(med)}"
            if supply.cannot_make:
                lines.append(f"<b>⚠ {name}</b>: {supply.verdict}")
                continue
            pack = format_units(supply.units_needed, med)
            if supply.bottles == 1:
                pack += self.tr(" — 1 bottle")
            elif supply.bottles is not None:
                pack += self.tr(" — {n} bottles").format(n=supply.bottles)
            mark = "✓" if supply.enough else "⚠"
            lines.append(
                self.tr(
                    "{mark} <b>{name}: pack {pack}</b> (for {trip} doses on the trip and {spare}"
                    " spare doses) — {verdict}"
                ).format(
                    mark=mark,
                    name=name,
                    pack=pack,
                    trip=supply.trip_doses,
                    spare=supply.buffer_doses,
                    verdict=supply.verdict,
                )
            )
        for supply in result.supplies:
            if supply.gap_warning:
                lines.append(f"<b>⚠ {html.escape(supply.gap_warning)}</b>")
        where = place_name(request.destination_tz)
        lines.append(
            self.tr("Doses during the trip: {how}.").format(
                how=self.tr("at {where} clock times").format(where=where)
                if request.mode is TravelMode.LOCAL_TIME
                else self.tr("at home clock times (the list shows them in {where} time)").format(
                    where=where
                )
            )
        )
        self.summary.setText("<br>".join(lines))
        self.days.clear()
        packed = {s.medication.id: s.medication for s in result.supplies}
        for day in result.days:
            taken = sum(1 for d in day.doses if not d.skip)
            doses = self.tr("1 dose") if taken == 1 else self.tr("{n} doses").format(n=taken)
            top = QTreeWidgetItem([short_weekday_date(day.day), doses])
            for dose in day.doses:
                amount = dose_text(
                    dose.amount_mg, packed[dose.medication.id], dose.units is not None
                )
                whose = f"{names[dose.medication.profile_id]}: " if names else ""
                text = ("✗ " if dose.skip else "") + f"{whose}{dose.medication.name} {amount}"
                if dose.note:
                    text += f" — {note_text(dose)}"
                top.addChild(QTreeWidgetItem([hhmm(dose.local), text]))
            self.days.addTopLevelItem(top)
        self.days.expandAll()
        self.days.resizeColumnToContents(0)

    def _html(self) -> str:
        profile = self._profile()
        assert self.result is not None and self.request is not None and profile is not None
        home = ZoneInfo(profile.home_tz)
        leave, back = self.request.leave.astimezone(home), self.request.back.astimezone(home)
        where = place_name(profile.home_tz)
        pattern = self.tr("ddd d MMM yyyy HH:mm")
        names = self._names()
        return packing_list_html(
            ", ".join(names.values()) if names else profile.name,
            self.result,
            f"{date_text(leave, pattern)} ({where})",
            f"{date_text(back, pattern)} ({where})",
            self.request.destination_tz,
            names or None,
        )

    def _names(self) -> dict[int, str]:
        """Person id -> name when several people travel; empty for one."""
        if len(self.requests) < 2:
            return {}
        return {r.profile_id: self.store.profile(r.profile_id).name for r in self.requests}

    def save_pdf(self) -> None:
        if self.result is None:
            return
        path = self.pdf_path_for_tests
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save packing list"),
                str(Path.home() / "packing-list.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_pdf(self._html(), path, self.tr("Packing list"))
        except OSError as err:
            self.error.show_message(
                self.tr("The PDF could not be saved to {path}: {why}").format(
                    path=path, why=err.strerror or err
                )
            )
            return
        self.error.clear_error()
        self.summary.setText(
            self.summary.text() + "<br>" + self.tr("Saved: {path}").format(path=path)
        )

    def print_list(self) -> None:
        if self.result is None:
            return
        # QtPrintSupport loads only when someone prints: it is not needed to start the app.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from baclofen_companion.ui.travel.printing import print_html

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_html(self._html(), printer)

    # -- saved trips ------------------------------------------------------------------------

    def follow_trip(self) -> None:
        profile = self._profile()
        if self.request is None or profile is None:
            return
        try:
            _, changed = follow_trip(self.store, self.requests)  # all travellers or none
        except ValidationError as err:
            self.error.show_error(err)
            return
        self.error.clear_error()
        self._show_trips(profile)
        self.announce(changed)

    def _show_trips(self, profile: Profile) -> None:
        now = self.clock.now()
        trips = self.store.trips.upcoming(profile.id, now)
        if trips:
            text = "<br>".join(describe_trip(t.window, profile.home_tz, now) for t in trips)
            self.trips_label.setText(self.tr("<b>Reminders follow:</b><br>") + text)
        else:
            self.trips_label.setText(self.tr("No trip saved: reminders follow home time."))
        self.cancel_trip_button.setVisible(bool(trips))

    def cancel_trip(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        trips = self.store.trips.upcoming(profile.id, self.clock.now())
        if not trips:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Stop following the trip?"),
            self.tr(
                "Reminders go back to home time for this trip. The packing list is not affected."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        changed = stop_following(self.store, trips[0])
        self._show_trips(profile)
        self.announce(changed)

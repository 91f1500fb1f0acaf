"""What a use case changed, so every view that shows it can read it afresh (and nothing else).

An ops call returns a ``Changed``; the window's change bus (services/changes.py) carries it to
every tab, the banners and the scheduler. No view refreshes another by hand.
"""

from __future__ import annotations

from enum import Flag, auto


class Changed(Flag):
    NOTHING = 0
    PEOPLE = auto()  # added, renamed, archived, brought back
    MEDICINES = auto()  # medicines, schedule versions, plans, safety notes
    DOSES = auto()  # dose events: taken, skipped, missed, undone, corrected, extra
    DIARY = auto()  # diary entries and withdrawal check-ins
    STOCK = auto()  # counts, refills, refill lead time
    TRIPS = auto()  # trips followed in reminders
    SETTINGS = auto()  # reminder, withdrawal-watch and appearance settings
    CARE = auto()  # appointments, questions for the doctor, lab checks
    # Not a change to the data: the window now shows another person.
    PERSON_SHOWN = auto()
    DATA = PEOPLE | MEDICINES | DOSES | DIARY | STOCK | TRIPS | SETTINGS | CARE
    EVERYTHING = DATA | PERSON_SHOWN

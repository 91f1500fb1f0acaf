"""Versioned schema migrations; PRAGMA user_version holds the version a file is at."""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x42434F4D  # "BCOM": marks a file as ours in its SQLite header.

_V1 = (
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        home_tz TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        created_utc TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE medications (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        name TEXT NOT NULL,
        form TEXT NOT NULL CHECK (form IN ('tablet', 'liquid', 'granules', 'other')),
        strength_mg REAL NOT NULL CHECK (strength_mg > 0),
        scored INTEGER NOT NULL DEFAULT 0,
        instructions TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0,
        created_utc TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE schedule_versions (
        id INTEGER PRIMARY KEY,
        medication_id INTEGER NOT NULL REFERENCES medications(id),
        valid_from TEXT NOT NULL,
        created_utc TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE schedule_slots (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES schedule_versions(id),
        slot_time TEXT NOT NULL,
        amount_mg REAL NOT NULL CHECK (amount_mg > 0),
        UNIQUE (version_id, slot_time)
    )
    """,
    """
    CREATE TABLE dose_events (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        medication_id INTEGER NOT NULL REFERENCES medications(id),
        slot_date TEXT NOT NULL,
        slot_time TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('taken', 'skipped', 'missed')),
        amount_mg REAL NOT NULL CHECK (amount_mg > 0),
        form TEXT NOT NULL,
        strength_mg REAL NOT NULL,
        scored INTEGER NOT NULL,
        taken_utc TEXT,
        recorded_utc TEXT NOT NULL,
        recorded_tz TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        voided_utc TEXT,
        void_reason TEXT
    )
    """,
    # One live answer per slot; undone answers stay in the table for the audit trail.
    """
    CREATE UNIQUE INDEX dose_events_one_per_slot
        ON dose_events (medication_id, slot_date, slot_time) WHERE voided_utc IS NULL
    """,
    "CREATE INDEX dose_events_by_day ON dose_events (profile_id, slot_date, slot_time)",
    """
    CREATE TABLE dose_event_audit (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES dose_events(id),
        changed_utc TEXT NOT NULL,
        changed_tz TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('recorded', 'edited', 'undone')),
        before_json TEXT,
        after_json TEXT,
        reason TEXT NOT NULL DEFAULT ''
    )
    """,
)

# v2: reminder bookkeeping (so repeats and catch-up survive restarts) and app settings.
_V2 = (
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE reminder_state (
        medication_id INTEGER NOT NULL REFERENCES medications(id),
        slot_date TEXT NOT NULL,
        slot_time TEXT NOT NULL,
        first_utc TEXT NOT NULL,
        last_utc TEXT NOT NULL,
        count INTEGER NOT NULL,
        snoozed_until_utc TEXT,
        PRIMARY KEY (medication_id, slot_date, slot_time)
    )
    """,
)

# v3: dose plans (titration, taper) whose steps are schedule versions; a daily maximum per
# medicine; extra doses beside scheduled ones; a safety log and withdrawal check-ins.
_V3 = (
    """
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        medication_id INTEGER NOT NULL REFERENCES medications(id),
        kind TEXT NOT NULL CHECK (kind IN ('titration', 'taper')),
        created_utc TEXT NOT NULL,
        params_json TEXT NOT NULL DEFAULT '{}'
    )
    """,
    "ALTER TABLE schedule_versions ADD COLUMN plan_id INTEGER REFERENCES plans(id)",
    "ALTER TABLE schedule_versions ADD COLUMN step_days INTEGER",
    "ALTER TABLE medications ADD COLUMN max_daily_mg REAL",
    "UPDATE medications SET max_daily_mg = 80 WHERE lower(name) LIKE '%baclofen%'",
    """
    ALTER TABLE dose_events ADD COLUMN kind TEXT NOT NULL DEFAULT 'scheduled'
        CHECK (kind IN ('scheduled', 'extra'))
    """,
    "DROP INDEX dose_events_one_per_slot",
    """
    CREATE UNIQUE INDEX dose_events_one_per_slot
        ON dose_events (medication_id, slot_date, slot_time)
        WHERE voided_utc IS NULL AND kind = 'scheduled'
    """,
    """
    CREATE TABLE safety_log (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER REFERENCES profiles(id),
        medication_id INTEGER REFERENCES medications(id),
        at_utc TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE checkins (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        at_utc TEXT NOT NULL,
        tz TEXT NOT NULL,
        kind TEXT NOT NULL,
        feeling TEXT NOT NULL,
        signs_json TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT ''
    )
    """,
)

# v4: indexes for what is asked at every start, day switch and scheduler wake. Without them
# "was this dose edited?" scans the whole audit trail for each row read, and "last dose
# taken" sorts every dose of the medicine: found by benchmarks/ on a 10-year history.
_V4 = (
    "CREATE INDEX dose_event_audit_by_event ON dose_event_audit (event_id)",
    """
    CREATE INDEX dose_events_taken_by_med ON dose_events (medication_id, taken_utc)
        WHERE status = 'taken' AND voided_utc IS NULL
    """,
    """
    CREATE INDEX dose_events_by_med_slot ON dose_events (medication_id, slot_date, slot_time)
        WHERE kind = 'scheduled' AND voided_utc IS NULL
    """,
)

# v5: stock on hand (counts, refills, audited corrections; doses taken are subtracted when read,
# so undoing a dose gives its tablet back), trips for the travel calculator and the scheduler's
# trip mode, and the symptom and side-effect diary with its own edit history.
_V5 = (
    """
    CREATE TABLE stock_entries (
        id INTEGER PRIMARY KEY,
        medication_id INTEGER NOT NULL REFERENCES medications(id),
        strength_mg REAL NOT NULL CHECK (strength_mg > 0),
        kind TEXT NOT NULL CHECK (kind IN ('count', 'refill', 'correction')),
        quantity REAL NOT NULL CHECK (quantity >= 0),
        previous REAL,
        at_utc TEXT NOT NULL,
        recorded_utc TEXT NOT NULL,
        recorded_tz TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX stock_entries_by_med ON stock_entries (medication_id, at_utc)",
    """
    CREATE TABLE trips (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        leave_utc TEXT NOT NULL,
        back_utc TEXT NOT NULL,
        destination_tz TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('home_time', 'local_time')),
        buffer_days INTEGER NOT NULL,
        params_json TEXT NOT NULL DEFAULT '{}',
        created_utc TEXT NOT NULL,
        cancelled_utc TEXT,
        CHECK (back_utc > leave_utc)
    )
    """,
    """
    CREATE TABLE diary_entries (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        at_utc TEXT NOT NULL,
        tz TEXT NOT NULL,
        stiffness INTEGER CHECK (stiffness BETWEEN 0 AND 10),
        pain INTEGER CHECK (pain BETWEEN 0 AND 10),
        spasms INTEGER CHECK (spasms BETWEEN 0 AND 10),
        sleep INTEGER CHECK (sleep BETWEEN 0 AND 10),
        mood INTEGER CHECK (mood BETWEEN 0 AND 10),
        drowsiness TEXT CHECK (drowsiness IN ('none', 'mild', 'moderate', 'severe')),
        dizziness TEXT CHECK (dizziness IN ('none', 'mild', 'moderate', 'severe')),
        weakness TEXT CHECK (weakness IN ('none', 'mild', 'moderate', 'severe')),
        side_effects_json TEXT NOT NULL DEFAULT '[]',
        red_flags_json TEXT NOT NULL DEFAULT '[]',
        alcohol INTEGER CHECK (alcohol IN (0, 1)),
        drinks REAL CHECK (drinks >= 0),
        note TEXT NOT NULL DEFAULT '',
        created_utc TEXT NOT NULL,
        deleted_utc TEXT
    )
    """,
    "CREATE INDEX diary_entries_by_time ON diary_entries (profile_id, at_utc)",
    """
    CREATE TABLE diary_audit (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES diary_entries(id),
        changed_utc TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('recorded', 'edited', 'deleted')),
        before_json TEXT,
        after_json TEXT
    )
    """,
    # "Was this entry edited?" is asked for every entry read (found by the export helper's
    # 10-year benchmark: 1.75 s to list 3 650 entries without it, 0.03 s with it).
    "CREATE INDEX diary_audit_by_entry ON diary_audit (entry_id)",
)

# Issue #19 part 1: appointments, the questions gathered for them, lab checks. Questions are
# the person's, not an appointment's: the Diary adds one before the next visit is even booked,
# and "since the last appointment" is read from the times (core.care.questions_since_last).
_V6: tuple[str, ...] = (
    """
    CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        at_utc TEXT NOT NULL,
        tz TEXT NOT NULL,
        with_whom TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        bring TEXT NOT NULL DEFAULT '',
        created_utc TEXT NOT NULL,
        cancelled_utc TEXT
    )
    """,
    "CREATE INDEX appointments_by_person ON appointments (profile_id, at_utc)",
    """
    CREATE TABLE care_questions (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        asked_utc TEXT NOT NULL,
        text TEXT NOT NULL,
        deleted_utc TEXT
    )
    """,
    """
    CREATE TABLE lab_checks (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        name TEXT NOT NULL,
        due_date TEXT,
        value TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        result_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_utc TEXT NOT NULL,
        deleted_utc TEXT
    )
    """,
)

_V7: tuple[str, ...] = (
    # The intrathecal pump (issue #19): what the clinic's printout says, as written.
    """
    CREATE TABLE pumps (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id),
        clinic TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        concentration TEXT NOT NULL DEFAULT '',
        daily_dose TEXT NOT NULL DEFAULT '',
        next_refill TEXT,
        alarm_date TEXT,
        replacement TEXT,
        updated_utc TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE pump_events (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        kind TEXT NOT NULL CHECK (kind IN ('refill', 'alarm')),
        on_date TEXT NOT NULL,
        at_utc TEXT NOT NULL,
        tz TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX pump_events_by_person ON pump_events (profile_id, on_date)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7)
"""MIGRATIONS[n] takes a file from version n to n + 1. Append; never edit a shipped one."""

SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the file to SCHEMA_VERSION, each step in its own transaction."""
    current = user_version(conn)
    for version in range(current, len(MIGRATIONS)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

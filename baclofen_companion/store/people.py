"""People: add, rename, archive and read the people whose medicines the app keeps."""

from __future__ import annotations

from baclofen_companion.core.errors import NotFoundError, ValidationError
from baclofen_companion.core.model import Profile
from baclofen_companion.core.text import translate
from baclofen_companion.store.db import Database, Row


class PeopleRepo:
    """The people part of ``Store`` (a mixin over its ``db``)."""

    db: Database

    @staticmethod
    def _profile(row: Row) -> Profile:
        return Profile(row["id"], row["name"], row["home_tz"], bool(row["archived"]))

    def profiles(self) -> list[Profile]:
        rows = self.db.query("SELECT * FROM profiles WHERE archived = 0 ORDER BY id")
        return [self._profile(r) for r in rows]

    def profile(self, profile_id: int) -> Profile:
        rows = self.db.query("SELECT * FROM profiles WHERE id = ?", [profile_id])
        if not rows:
            raise NotFoundError(f"No person with id {profile_id}.")
        return self._profile(rows[0])

    def archived_profiles(self) -> list[Profile]:
        rows = self.db.query("SELECT * FROM profiles WHERE archived = 1 ORDER BY name")
        return [self._profile(r) for r in rows]

    def _clean_name(self, name: str, except_id: int | None = None) -> str:
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError("name", translate("store", "Please type a name."))
        if len(clean) > 60:
            raise ValidationError(
                "name", translate("store", "Use a shorter name (60 characters at most).")
            )
        taken = [
            p
            for p in self.profiles()
            if p.name.casefold() == clean.casefold() and p.id != except_id
        ]
        if taken:
            raise ValidationError(
                "name",
                translate("store", "There is already someone called {name}.").format(
                    name=taken[0].name
                ),
            )
        return clean

    def rename_profile(self, profile_id: int, name: str) -> Profile:
        clean = self._clean_name(name, except_id=profile_id)
        self.profile(profile_id)
        with self.db.transaction() as db:
            db.execute("UPDATE profiles SET name = ? WHERE id = ?", (clean, profile_id))
        return self.profile(profile_id)

    def set_profile_archived(self, profile_id: int, archived: bool) -> None:
        """Archiving hides a person and stops their reminders; every record of theirs stays."""
        person = self.profile(profile_id)
        if not archived:
            self._clean_name(person.name, except_id=profile_id)
        with self.db.transaction() as db:
            db.execute("UPDATE profiles SET archived = ? WHERE id = ?", (int(archived), profile_id))

    def add_profile(self, name: str, home_tz: str) -> Profile:
        name = self._clean_name(name)
        with self.db.transaction() as db:
            profile_id = self._insert_profile(db, name, home_tz)
        return self.profile(profile_id)

    def _insert_profile(self, db: Database, clean_name: str, home_tz: str) -> int:
        """Inside the caller's transaction (first-run setup adds a medicine in the same one)."""
        cur = db.execute(
            "INSERT INTO profiles (name, home_tz, created_utc) VALUES (?, ?, ?)",
            (clean_name, home_tz, self.db.now()),
        )
        return int(cur.lastrowid or 0)

"""Settings: how reminders repeat and snooze, the withdrawal watch, the refill lead time and the
appearance, saved together (one transaction) or not at all."""

from __future__ import annotations

from baclofen_companion.core.reminders import ReminderSettings
from baclofen_companion.core.safety import WithdrawalSettings
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session, store_of

THEME_KEY = "theme"  # the Theme value: "system", "light" or "dark"


def save_settings(
    session: Session,
    reminders: ReminderSettings,
    watch: WithdrawalSettings,
    lead_days: int,
    theme: str,
) -> Changed:
    store = store_of(session)
    with store.transaction():
        store.set_reminder_settings(reminders)
        store.set_withdrawal_settings(watch)
        store.stock.set_lead_days(lead_days)
        store.set_setting(THEME_KEY, theme)
    return Changed.SETTINGS | Changed.STOCK

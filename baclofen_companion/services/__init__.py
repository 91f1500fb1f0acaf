"""Qt-side machinery: the reminder scheduler, the notifier chain, one instance, autostart."""

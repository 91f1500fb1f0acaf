"""The app's rotating log file in the data dir: reminders sent and by which path, clock jumps."""

from __future__ import annotations

import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from baclofen_companion.core.whole_file import PRIVATE_FILE, tighten

LOG_FILE_NAME = "companion.log"
LOGGER_NAME = "baclofen_companion"
KEEP_OLD_LOGS = 3


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log whose every file is its owner's only, whatever the umask: the log names
    the person, their medicine and their doses. (The standard handler opens each new file
    after a rotation with the umask's mode, 0644 on most systems.)"""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)  # a log left from an older version, at 0644
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def open_log(data_dir: Path) -> logging.Logger:
    """Attach a private, size-capped log file to the app's logger (once per data dir)."""
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    path = data_dir / LOG_FILE_NAME
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return logger
    for number in range(1, KEEP_OLD_LOGS + 1):
        tighten(path.with_name(f"{path.name}.{number}"), PRIVATE_FILE)
    handler = PrivateLogHandler(path, maxBytes=512_000, backupCount=KEEP_OLD_LOGS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    return logger


def close_log() -> None:
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)


def log() -> logging.Logger:
    return logging.getLogger(LOGGER_NAME)

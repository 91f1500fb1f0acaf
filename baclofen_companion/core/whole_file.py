"""Writing a file whole or not at all, readable by its owner only, whatever the umask.

Every file the app writes for a person (the CSV exports, the appointment report, the packing
list) goes through ``write_whole``: a temporary file beside the target (``mkstemp`` makes it
0600), written, flushed and synced, renamed over the target, then the folder synced so the
rename itself survives a power cut. On any failure the temporary file is removed and the
previous file at the target is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from baclofen_companion.core.text import QT_TRANSLATE_NOOP, translate

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700

_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("core.whole_file", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("core.whole_file", "permission denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("core.whole_file", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("core.whole_file", "the disk quota is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("core.whole_file", "the disk is read-only"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("core.whole_file", "the file name is too long"),
    errno.EISDIR: QT_TRANSLATE_NOOP("core.whole_file", "it is a folder, not a file"),
    errno.ENOENT: QT_TRANSLATE_NOOP("core.whole_file", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("core.whole_file", "part of the path is not a folder"),
}


def why_not(err: BaseException) -> str:
    """Why a write failed, in plain words to follow "Cannot write to FILE:"."""
    if isinstance(err, OSError):
        if err.errno in _REASONS:
            return translate("core.whole_file", _REASONS[err.errno])
        text = err.strerror or str(err)
    elif isinstance(err, UnicodeError):
        return translate(
            "core.whole_file", "the name or the text holds characters this system cannot store"
        )
    else:
        text = str(err)
    return text[:1].lower() + text[1:]


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; folders cannot be opened this way on Windows."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_whole(target: Path, data: bytes) -> Path:
    """Put ``data`` at ``target`` atomically and owner-only; raises OSError (or ValueError for
    a name the system cannot hold) with the previous file untouched."""
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    sync_folder(folder)
    return target


def tighten(path: Path, mode: int) -> None:
    """Take group and others' access away from ``path`` if it is ours and looser than ``mode``.

    Someone else's file (a shared folder the person pointed the app at) is left alone, and a
    failure is no reason to stop: the data is still there to use.
    """
    with contextlib.suppress(OSError):
        info = path.stat()
        if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
            return
        if stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(stat.S_IMODE(info.st_mode) & mode)


def private_file(path: Path) -> None:
    """Make sure ``path`` exists (empty if new) and is its owner's only, for a file another
    library writes later and would otherwise create at the umask's mode (Qt's QSettings keeps
    the mode of the file it replaces). A folder that is not there yet is left for later."""
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    tighten(path, PRIVATE_FILE)

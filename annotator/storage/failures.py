"""What a failure of the disk or the database means for the user, in words: a full or read-only
disk, a project locked by another program, an input/output error. Shared by the command line
(one line, no traceback) and the window (the status bar after a refused save)."""

from __future__ import annotations

import errno

#: (words in SQLite's message, what it means)
_SQLITE = (
    ("database or disk is full", "the disk is full; free some space and try again"),
    ("readonly database", "the project cannot be written (a read-only file, folder or disk)"),
    ("database is locked", "another program is writing to the project (an import, a window saving); "
     "try again when it is done"),
    ("disk i/o error", "the disk reported an input/output error"),
)  # fmt: skip

_ERRNO = {
    errno.ENOSPC: "the disk is full; free some space and try again",
    errno.EDQUOT: "the disk quota is used up; free some space and try again",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EIO: "the disk reported an input/output error",
}


def describe_storage_failure(error: BaseException) -> str | None:
    """What went wrong, or None when ``error`` is no failure of the disk or the database."""
    if isinstance(error, OSError) and error.errno in _ERRNO:
        return _ERRNO[error.errno]
    if type(error).__name__ != "OperationalError":  # SQLAlchemy's or sqlite3's, without importing either
        return None
    text = str(getattr(error, "orig", None) or error).lower()
    return next((meaning for words, meaning in _SQLITE if words in text), None)

"""Failures of the machine rather than of the command: a full or read-only disk, a project
locked by another program, an I/O error. Each becomes one line naming the file, instead of a
database traceback; every command writes in transactions (and to ``.part`` files renamed at
the end), so the step under way left nothing behind."""

from __future__ import annotations

import argparse
import errno

#: (words in SQLite's message, what it means for the user)
_SQLITE = (
    ("database or disk is full", "the disk is full; free some space and run the command again"),
    ("readonly database", "the project cannot be written (a read-only file, folder or disk)"),
    ("database is locked", "another program is writing to the project (an import, a window saving); "
     "run the command again when it is done"),
    ("disk i/o error", "the disk reported an input/output error"),
)  # fmt: skip

_ERRNO = {
    errno.ENOSPC: "the disk is full; free some space and run the command again",
    errno.EDQUOT: "the disk quota is used up; free some space and run the command again",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EIO: "the disk reported an input/output error",
}


def _where(args: argparse.Namespace) -> str:
    from annotator.storage.urls import mask_password

    location = getattr(args, "project", None) or getattr(args, "source", None)
    return mask_password(str(location)) if location else "the project"


def describe_failure(error: BaseException, args: argparse.Namespace) -> str | None:
    """One line for a failure of the disk or the database, or None for anything else."""
    if isinstance(error, OSError) and error.errno in _ERRNO:
        where = error.filename or _where(args)
        return f"{where}: {_ERRNO[error.errno]}; nothing was changed by the step under way"
    from sqlalchemy.exc import OperationalError

    text = str(getattr(error, "orig", None) or error).lower()
    if isinstance(error, OperationalError) or type(error).__name__ == "OperationalError":
        for words, meaning in _SQLITE:
            if words in text:
                return f"{_where(args)}: {meaning}; nothing was changed by the step under way"
    return None

"""Failures of the machine rather than of the command (a full or read-only disk, a project locked
by another program, an I/O error) as one line naming the file, instead of a database traceback.
Every command writes in transactions (and to ``.part`` files renamed at the end), so the step
under way left nothing behind."""

from __future__ import annotations

import argparse

from annotator.storage.failures import describe_storage_failure


def _where(args: argparse.Namespace) -> str:
    from annotator.storage.urls import mask_password

    location = getattr(args, "project", None) or getattr(args, "source", None)
    return mask_password(str(location)) if location else "the project"


def describe_failure(error: BaseException, args: argparse.Namespace) -> str | None:
    """One line for a failure of the disk or the database, or None for anything else."""
    meaning = describe_storage_failure(error)
    if meaning is None:
        return None
    where = getattr(error, "filename", None) or _where(args)
    return f"{where}: {meaning}; nothing was changed by the step under way"

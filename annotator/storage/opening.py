"""Checks made before a project is created or opened, so that a mistake ends in one clear line
and nothing is written: a missing folder, a file that is not a project (an empty file must not
become a database), a PostgreSQL server that cannot be reached or refuses us."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from annotator.storage.urls import mask_password, mask_passwords_in

#: Files people give where a project is expected: articles to import.
IMPORTABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".txt", ".html", ".htm")


class LocationProblem(Exception):
    """The location cannot hold (or is not) a project; the message says why and what to do."""


def _import_hint(path: Path) -> str:
    if path.suffix.lower() in IMPORTABLE_SUFFIXES:
        return (
            f"; it looks like articles to import: create a project with `annotator init news.annotator` "
            f"and run `annotator import news.annotator {path}`"
        )
    return ""


def check_new_project_file(path: Path) -> None:
    """A new SQLite project can be written at ``path``."""
    if path.is_dir():
        raise LocationProblem(f"{path}: is a folder; give a file name such as {path / 'news.annotator'}")
    if path.exists():
        raise LocationProblem(f"{path}: a file of that name exists already")
    folder = path.expanduser().absolute().parent
    if not folder.is_dir():
        raise LocationProblem(f"{path}: the folder {folder} does not exist; create it first (mkdir -p {folder})")
    if not os.access(folder, os.W_OK):
        raise LocationProblem(f"{path}: the folder {folder} is not writable")


def check_project_file(path: Path) -> None:
    """``path`` is an existing SQLite file holding an annotator project; read without writing."""
    if path.is_dir():
        raise LocationProblem(f"{path}: is a folder, not a project file")
    if not path.is_file():
        raise LocationProblem(f"{path}: no such project file")
    # Never open() the file ourselves: closing any descriptor of a database file drops every POSIX
    # lock this process holds on it, so a window that has the project open already (and opens it
    # again for a job) would let another process's import reset the WAL under its readers.
    try:
        size = path.stat().st_size
    except OSError as error:
        raise LocationProblem(f"{path}: cannot be read ({error.strerror})") from error
    if not size:
        raise LocationProblem(f"{path}: is an empty file, not an annotator project{_import_hint(path)}")
    try:  # read only, but not in mode=ro: a read-only connection leaves -wal and -shm files behind
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        if "not a database" in str(error):
            raise LocationProblem(f"{path}: not an annotator project (not a SQLite database){_import_hint(path)}") from error
        if read_only := _read_only_part(path):
            raise LocationProblem(
                f"{path}: {read_only} is read-only, and SQLite writes beside a project even to read it; "
                "make it writable or copy the project to a writable folder"
            ) from error
        raise LocationProblem(f"{path}: cannot be read as a project database ({error})") from error
    if not {"settings", "alembic_version"} <= names:
        raise LocationProblem(f"{path}: a SQLite database, but not an annotator project")


def _read_only_part(path: Path) -> str | None:
    """Which part of a project that cannot be opened is read-only: the file or its folder."""
    if not os.access(path, os.W_OK):
        return "the file"
    if not os.access(path.expanduser().absolute().parent, os.W_OK):
        return "its folder"
    return None


def describe_connection_error(location: str, error: Exception) -> str:
    """One line for a database that cannot be reached; the password never appears."""
    shown = mask_password(location)
    text = str(getattr(error, "orig", None) or error)
    lowered = text.lower()
    database = location.rsplit("/", 1)[-1].split("?", 1)[0]
    if "does not exist" in lowered and "database" in lowered:
        return (
            f"{shown}: the database {database!r} does not exist on that server; create it first "
            f"(e.g. `createdb {database}` or CREATE DATABASE) and run the command again"
        )
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return f"{shown}: the server refused the user name or password; check both in the URL"
    if "role" in lowered and "does not exist" in lowered:
        return f"{shown}: the server has no such user; check the user name in the URL"
    unreachable = ("connection refused", "could not connect", "timeout", "timed out", "could not translate host name",
                   "name or service not known", "no route to host", "network is unreachable")  # fmt: skip
    if any(marker in lowered for marker in unreachable):
        return f"{shown}: cannot reach the database server; is it running, and are the host and port right?"
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), type(error).__name__)
    if "://" not in location:
        return f"{location}: cannot use the project file ({first_line})"
    return f"{shown}: cannot connect ({mask_passwords_in(first_line, location)})"

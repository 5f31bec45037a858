"""Helpers shared by commands: opening a project with a clean error message."""

from __future__ import annotations

import sys

from annotator.cli.main import CommandError
from annotator.storage.project import PasswordRequired, Project, ProjectError


def _ask_password(location: str) -> str | None:
    """Ask on the terminal; None when nobody is there to answer."""
    if not sys.stdin.isatty():
        return None
    import getpass

    from annotator.storage.urls import mask_password

    try:
        return getpass.getpass(f"password for {mask_password(location)}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def _offer_keyring(location: str, password: str) -> None:
    from sqlalchemy.engine import make_url

    from annotator.storage.credentials import remember_password
    from annotator.storage.database import database_url

    try:
        answer = input("remember it in the system keyring? [y/N] ").strip().lower()
    except (EOFError, KeyboardInterrupt):
        return
    if answer in ("y", "yes"):
        stored = remember_password(make_url(database_url(location)), password)
        print("remembered in the keyring" if stored else "no system keyring here; not remembered", file=sys.stderr)


def open_project(location: str) -> Project:
    try:
        return Project.open(location)
    except PasswordRequired as error:
        password = _ask_password(location)
        if password is None:
            raise CommandError(
                f"{error}; give it on a terminal, in PGPASSWORD or ~/.pgpass, or in the system keyring"
            ) from error
        try:
            project = Project.open(location, password=password)
        except ProjectError as second:
            raise CommandError(str(second)) from second
        _offer_keyring(location, password)
        return project
    except ProjectError as error:
        raise CommandError(str(error)) from error

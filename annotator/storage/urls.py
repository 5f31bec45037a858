"""Project locations in messages: a PostgreSQL URL is shown with its password masked."""

from __future__ import annotations

import re
from pathlib import Path

_PASSWORD_IN_URL = re.compile(r"^(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@?#]*):(?P<password>[^@/?#]*)@")


def mask_password(location: str | Path) -> str:
    """``postgresql://user:secret@host/db`` -> ``postgresql://user:***@host/db``; paths unchanged."""
    text = str(location)
    return _PASSWORD_IN_URL.sub(lambda match: f"{match['head']}:***@", text, count=1)


def mask_passwords_in(message: str, location: str | Path) -> str:
    """``message`` with every occurrence of ``location``'s password replaced by ``***``."""
    match = _PASSWORD_IN_URL.match(str(location))
    if match is None or not match["password"]:
        return message
    return message.replace(str(location), mask_password(location)).replace(match["password"], "***")

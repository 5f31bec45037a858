"""A single opening mark inside a personal name is no quotation mark: the ayn of an Arabic name
written with `‘` (`Omar ‘Ali Saifuddien`). Without this test the mark opens a quote that runs to
the next word-final `’` (`Officers’ Mess`)."""

from __future__ import annotations

import re

#: A capitalised word and one space before the mark; a capitalised word and another after it.
_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
_AFTER = re.compile(r"‘[A-Z][a-z]+ [A-Z]")


def ayn_in_name(text: str, i: int) -> bool:
    """Whether the `‘` at ``i`` stands between name words (`Haji Omar ‘Ali Saifuddien`)."""
    return _AFTER.match(text, i) is not None and _BEFORE.search(text, max(0, i - 30), i) is not None

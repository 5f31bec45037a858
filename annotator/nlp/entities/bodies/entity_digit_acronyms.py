"""Acronyms that open with a digit are organisations: `1MDB` (1Malaysia Development Berhad). The
scan of :mod:`annotator.nlp.entities.ruler` asks its rules at capitalised words only, so such a word is
never looked at there; this pass tags every free one after the scan. One digit and three or four
capitals: units and sizes (`4WD`, `10KM`, `5G`) have fewer letters or more digits."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

_DIGIT_ACRONYM = re.compile(r"[1-9][A-Z]{3,4}")


def digit_acronyms(s: EntityState) -> None:
    """Tag each free `1MDB`-shaped word as an ORG."""
    for text, indices in s.tokens.by_text.items():
        if text[:1].isdigit() and _DIGIT_ACRONYM.fullmatch(text):
            for index in indices:
                if s.free(index):
                    s.add(index, index, "ORG", rule="digit_acronym")

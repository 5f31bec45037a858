"""A business named before a small-letter word of its kind is a venue, no one's name: `runs the
Blue Anchor cafe`, `at the Green Lantern hotel` (en_ents16 round). The scan reads the capitalised
words as a PERSON; the guidelines leave a hotel or another building untagged, so the PERSON is
dropped. The kind words are ``venue_nouns`` of the language's ``entity_words.toml``."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

#: The small-letter word right after a name, and what follows it.
_NEXT_WORD = re.compile(r" ([a-z]+)(?![\w'’-])")


def drop_venue_names(s: EntityState) -> None:
    """Drop each PERSON written after `the` and before a venue noun (`the X Y cafe`); a person's
    family or home stays a person (`the Mary Phiri family`: no venue noun)."""
    nouns = s.words.venue_nouns
    if not nouns:
        return
    s.found = [m for m in s.found if not (m.label == "PERSON" and _venue(s, m.start, m.end, nouns))]


def _venue(s: EntityState, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether the name at ``start``..``end`` follows `the` and precedes one of the ``nouns``."""
    if s.text[max(0, start - 4) : start].lower() != "the ":
        return False
    after = _NEXT_WORD.match(s.text, end)
    return after is not None and after.group(1) in nouns

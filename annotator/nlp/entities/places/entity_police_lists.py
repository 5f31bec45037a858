"""English: the areas of a list before small-letter police are places, each of them (`the Tipu
Sultan and Ferozeabad police`, `the city's Jatrabari, Shah Ali, Banani and Kafrul police
stations`), as the last one already is (``police_after`` in ``entity_places``). The list must open
after `the` or a possessive, or the police be `stations`: a person named before `and Dhaka police`
stays a person."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_places import later_list_items, police_after

#: `the ` or a possessive's `'s ` right before the list's first name.
LIST_OPENER = re.compile(r"(?:\b[Tt]he|\w['’]s)\s+$")


def listed_before_police(s: EntityState, first: int, end: int) -> bool:
    """The run ``first``..``end - 1`` opens or is an item of a list whose last name is followed by
    small-letter police."""
    if s.analysis.lang != "en" or all(s.word(k).isupper() for k in range(first, end)):
        return False
    for k in later_list_items(s, end, and_joined=False):
        if police_after(s, k):
            return _opened(s, first) or s.word(k + 1) == "stations"
    return False


def _opened(s: EntityState, first: int) -> bool:
    start = s.tokens.tokens[first].start
    return LIST_OPENER.search(s.text, max(0, start - 12), start) is not None

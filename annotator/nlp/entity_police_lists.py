"""English: the areas of a list before small-letter police are places, each of them (`the Tipu
Sultan and Ferozeabad police`, `the city's Jatrabari, Shah Ali, Banani and Kafrul police
stations`), as the last one already is (``police_after`` in ``entity_places``). The list must open
after `the` or a possessive, or the police be `stations`: a person named before `and Dhaka police`
stays a person."""

from __future__ import annotations

import re

from annotator.nlp.entity_places import MAX_LIST_ITEMS, police_after
from annotator.nlp.entity_state import EntityState

#: `the ` or a possessive's `'s ` right before the list's first name.
LIST_OPENER = re.compile(r"(?:\b[Tt]he|\w['’]s)\s+$")


def listed_before_police(s: EntityState, first: int, end: int) -> bool:
    """The run ``first``..``end - 1`` opens or is an item of a list whose last name is followed by
    small-letter police."""
    if s.analysis.lang != "en" or all(s.word(k).isupper() for k in range(first, end)):
        return False
    k = end
    for _ in range(MAX_LIST_ITEMS):
        if k >= s.n:
            return False
        if s.word(k) == "and" and s.tokens.gap(k - 1, k) in (" ", ", "):
            k += 1
        elif s.tokens.gap(k - 1, k) != ", ":
            return False
        item = k
        while k < s.n and k - item < 4 and s.cap_word(k) and (k == item or s.joined(k - 1, k)):
            k += 1
        if k == item:
            return False
        if police_after(s, k):
            return _opened(s, first) or s.word(k + 1) == "stations"
    return False


def _opened(s: EntityState, first: int) -> bool:
    start = s.tokens.tokens[first].start
    return LIST_OPENER.search(s.text, max(0, start - 12), start) is not None

"""People a court page names by spaced initials only (`Emirati officer A A, 25`, `carried by E K,
from Uganda`): Gulf court reports print defendants and witnesses so. Two or three single
capitals, each a word of its own, followed by a comma and an age or `from` (where the person
comes from) are a PERSON; the age or origin after the comma is what tells them from other
capitals (`Plan B, ...`, `grade A A`)."""

from __future__ import annotations

import re
import string

from annotator.nlp.entities.entity_state import EntityState

#: Two or three single capitals, then `, <age>` or `, from`; tried only at one-capital words.
_SPACED_INITIALS = re.compile(r"[A-Z](?: [A-Z]){1,2}(?=, (?:\d{1,3}\b|from\b))")
_LETTERS = tuple(string.ascii_uppercase)
#: A character right before the first capital that makes it part of something else (`U.S. A B`, `A&B`).
_JOINERS = frozenset(".&’'-")


def spaced_initials(s: EntityState) -> None:
    """Tag every free run of spaced initials before an age or an origin as a PERSON."""
    by_text = s.tokens.by_text
    for first in sorted(k for letter in _LETTERS for k in by_text.get(letter, ())):
        start = s.tokens.tokens[first].start
        before = s.text[start - 1 : start]
        if before and (before.isalnum() or before in _JOINERS):
            continue
        match = _SPACED_INITIALS.match(s.text, start)
        if match is None or s.found_within(start, match.end()) != []:
            continue
        last = s.tokens.last_ending_at_or_before(match.end())
        if last < first or s.tokens.tokens[last].end != match.end() or not all(s.free(k) for k in range(first, last + 1)):
            continue
        if s.in_title_line(first):
            continue
        s.add(first, last, "PERSON", rule="spaced_initials")

"""A club named without a tail word, read from the player or coach it is named before: `Gor Mahia
coach Dylan Kerr`, `Lae City Dwellers captain Raymond Gunemba`. The scan takes such a name for a
person; a person's name is never followed by a club role and another person's name, so the first
name is the club (ORG, as the guidelines have clubs) wherever the text prints it alike. The roles
are ``club_roles`` of the language's ``entity_words.toml``."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.entity_state import EntityState


@cache
def _after_club(roles: frozenset[str], joiners: frozenset[str]) -> re.Pattern[str] | None:
    """A club role after a name, one small-letter word before it allowed (`head coach`), and a
    capital opening the next name. A list's joiner is no such word: `defender X and midfielder Y`
    names two players (en_b22), the first no club."""
    if not roles:
        return None
    alternation = "|".join(re.escape(role) for role in sorted(roles, key=len, reverse=True))
    no_joiner = "".join(rf"(?!{re.escape(word)} )" for word in sorted(joiners))
    return re.compile(rf" (?:{no_joiner}[a-z][a-z-]+ )?(?:{alternation}) (?=[A-Z])")


def clubs_before_club_roles(s: EntityState) -> None:
    """Relabel as ORG a PERSON followed by a club role and another PERSON (`Kakamega Homeboyz coach
    Nicholas Muyoti`), and the club's other mentions: every other PERSON of the text with the same
    words, and a place or person the scan read inside them elsewhere (a headline's `Kakamega`)."""
    pattern = _after_club(s.words.club_roles, s.words.list_joiners)
    if pattern is None:
        return
    people = sorted((m for m in s.found if m.label == "PERSON"), key=lambda m: m.start)
    starts = {m.start for m in people}
    clubs = {
        s.text[mention.start : mention.end]
        for mention in people
        if (role := pattern.match(s.text, mention.end)) is not None and role.end() in starts
    }
    for club in clubs:
        for found in re.finditer(rf"(?<![\w-]){re.escape(club)}(?![\w-])", s.text):
            _club_at(s, found.start(), found.end())


def _club_at(s: EntityState, start: int, end: int) -> None:
    """Make the mentions inside ``start``..``end`` one ORG when they are people or places only."""
    inside = [m for m in s.found if m.start < end and start < m.end]
    if not inside or any(m.start < start or end < m.end or m.label not in ("PERSON", "GPE") for m in inside):
        return
    first = inside[0]
    first.start, first.end, first.label, first.rule = start, end, "ORG", "club_role"
    s.found = [m for m in s.found if m is first or m not in inside]
    s.block(s.tokens.first_at_or_after(start), s.tokens.last_ending_at_or_before(end))

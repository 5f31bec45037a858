"""Indonesian football clubs the scan took for a person or a place: `Pers-` and the place's short
form before the place (`Persatu Tuban`, `Perserang Serang`, after a role: `Pelatih Persipa Pati`)
and a place with `United` (`Babel United`). Clubs are ORG (the shared guidelines' decisions);
the club lists cannot hold every regional club, but their names follow these two shapes."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entity_state import EntityState

#: `Persib`, `Persatu`, `Perserang`: `Pers` and a short form in small letters.
CLUB_SHAPE = re.compile(r"Pers[a-z]{2,}")


def clubs(s: EntityState) -> None:
    """Relabel as ORG a PERSON or GPE that is a club's shape followed by a known place; a club's
    word taken for a name with its place after it is one ORG (`Pelatih Persipa | Pati`)."""
    s.found.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    for mention in s.found:
        previous = kept[-1] if kept else None
        joined = previous is not None and s.text[previous.end : mention.start] == " "
        if joined and previous is not None and mention.label == "GPE" and _club_word(s, previous):
            previous.end, previous.label, previous.rule = mention.end, "ORG", "club"
            continue
        kept.append(mention)
    s.found = kept
    for mention in s.found:
        if mention.label not in ("PERSON", "GPE"):
            continue
        first = s.tokens.first_at_or_after(mention.start)
        last = s.tokens.last_ending_at_or_before(mention.end)
        if last <= first:
            continue
        word = s.word(first)
        if CLUB_SHAPE.fullmatch(word) and word not in s.words.not_clubs:
            place = s.lex.gazetteer.match(s.tokens, first + 1)
        elif s.word(last) == "United":
            place = s.lex.gazetteer.match(s.tokens, first)
            last -= 1  # the place ends before `United`
        else:
            continue
        if place and place[1] == "GPE" and place[0] == last + 1:
            mention.label, mention.rule = "ORG", "club"


def _club_word(s: EntityState, mention: Mention) -> bool:
    """A one-word PERSON of a club's shape (`Persipa`)."""
    word = s.text[mention.start : mention.end]
    return mention.label == "PERSON" and CLUB_SHAPE.fullmatch(word) is not None and word not in s.words.not_clubs

"""A body named by a list of trades before its head word, with its acronym in brackets (en_orgs3
round): `the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)`, `the Ghana
Timber, Furniture and Woodworkers Union (GTFWU)`. The scan reads the part after the last comma
as the body (`Pharmacists and Dentists Union`) and the words before it as a place and a person
(`Kenya`, `Medical Practitioners`): a comma ends a capitalised run.

The acronym shows where the name starts: walking back over the comma-joined capitalised words
before the ORG, the first word whose initials, from there to the bracket, spell the acronym in
order (the first and last letters included, one word at most left out: newsrooms drop a word's
letter as KMPDU does) opens the name. Only a list is crossed (a comma and then `and` inside the
name); a run the initials do not reach, a person's name with a title or a body of its own stays
apart. English only; after the scan, before the defined acronyms spread."""

from __future__ import annotations

import re

from annotator.nlp.entities.bodies.entity_acronym_long_forms import JOINERS, letters_in_order
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.text.brackets import CLOSE, OPEN

#: `(KMPDU)`: three to seven capitals in brackets.
BRACKETED = re.compile(rf"{OPEN}([A-Z]{{3,7}}){CLOSE}")
#: How many words before the ORG the list may start.
MOST_WORDS = 8
#: How many initials of the name the acronym may leave out.
LEFT_OUT = 1


def _spells(initials: str, acronym: str) -> bool:
    """``acronym`` is read in ``initials`` in order, from the first letter to the last, with at most
    ``LEFT_OUT`` initials left out."""
    if not initials or initials[0] != acronym[0] or initials[-1] != acronym[-1]:
        return False
    if not 0 <= len(initials) - len(acronym) <= LEFT_OUT:
        return False
    return letters_in_order(acronym, initials)


def _initials(s: EntityState, first: int, last: int) -> str:
    return "".join(s.word(k)[0] for k in range(first, last + 1) if s.word(k)[:1].isupper())


def _list_start(s: EntityState, first: int, last: int, acronym: str) -> int | None:
    """The word before ORG word ``first`` where the listed name spelling ``acronym`` starts, or None."""
    k = first - 1
    crossed_comma = False
    while k >= 0 and first - k <= MOST_WORDS:
        gap = s.tokens.gap(k, k + 1)
        if gap == ", ":
            crossed_comma = True
        elif gap != " ":
            return None
        word = s.word(k)
        if word[:1].isupper() and word.isalpha() and not word.isupper():
            if crossed_comma and _spells(_initials(s, k, last), acronym):
                return k
        elif word not in JOINERS:
            return None
        k -= 1
    return None


def listed_long_forms(s: EntityState) -> None:
    text = s.text
    by_end = {m.end: m for m in s.found if m.label == "ORG"}
    for match in BRACKETED.finditer(text):
        before = match.start()
        while before > 0 and text[before - 1] == " ":
            before -= 1
        body = by_end.get(before)
        if body is None or " and " not in text[body.start : body.end]:
            continue
        first = s.tokens.first_at_or_after(body.start)
        last = s.tokens.last_ending_at_or_before(body.end)
        acronym = match.group(1)
        if _initials(s, first, last)[:1] == acronym[:1]:
            continue  # the ORG opens with the acronym's first letter: read whole already
        start = _list_start(s, first, last, acronym)
        if start is None:
            continue
        inside = s.found_within(s.tokens.tokens[start].start, body.end)
        if inside is None or any(m.label == "ORG" and m is not body for m in inside):
            continue  # a body of its own in the list (`the Police, Fire and Rescue Union`)
        for mention in inside:
            if mention is not body:
                s.found.remove(mention)
        body.start = s.tokens.tokens[start].start
        body.rule = f"{body.rule}+listed"
        s.block(start, first - 1)

"""Long official names spelled out before their acronym (English): `National Task Force to End
Local Communist Armed Conflict (NTF-ELCAC)`, `Department of Budget and Management's (DBM)`,
`Center for International Policy (CIP)`. When the capitalised words right before a bracketed
acronym spell it (``acronym_joiners`` of ``en/entity_words.toml`` between them spell nothing) and
the scan found only part of that name as an ORG (or guessed a part of it as a PERSON), the whole
name is one ORG, and the acronym after it is one too."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.text.brackets import CLOSE, OPEN

#: A bracketed acronym: capitals, with hyphens or `&` between them (`(NTF-ELCAC)`, `(DBM)`).
ACRONYM = re.compile(rf"{OPEN}([A-Z][A-Z&-]{{1,14}}[A-Z]){CLOSE}")
#: The possessive `s` word (`Management's`) between a name and its acronym.
POSSESSIVE = frozenset({"s"})


def _initials(word: str) -> str:
    """`Anti-Corruption` gives `AC`; a word in small letters gives nothing."""
    return "".join(part[0] for part in word.split("-") if part[:1].isupper())


def _spelled_start(s: EntityState, last: int, letters: str) -> int | None:
    """The first word of the name ending at word ``last`` whose initials spell ``letters``."""
    joiners = s.words.acronym_joiners
    k = last
    remaining = letters
    while remaining and k >= 0:
        word = s.word(k)
        if k < last and not s.joined(k, k + 1):
            return None
        if word in joiners and k < last:
            k -= 1
            continue
        initials = _initials(word)
        if not initials or not remaining.endswith(initials):
            return None
        remaining = remaining[: -len(initials)]
        k -= 1
    return k + 1 if not remaining and s.word(k + 1) not in joiners else None


def acronym_names(s: EntityState) -> None:
    if not s.words.acronym_joiners:
        return
    for match in ACRONYM.finditer(s.text):
        letters = re.sub(r"[^A-Z]", "", match.group(1))
        last = s.tokens.last_ending_at_or_before(match.start())
        if last < 1 or s.tokens.tokens[last].end < match.start() - 3:
            continue
        if s.word(last) in POSSESSIVE and s.text[s.tokens.tokens[last].start - 1] in "'’":
            last -= 1  # `Management's (DBM)`
        first = _spelled_start(s, last, letters) if last >= 0 else None
        if first is None or last - first < 1:
            continue
        start, end = s.tokens.tokens[first].start, s.tokens.tokens[last].end
        inside = s.found_within(start, end)
        if inside is None:
            continue  # a mention running past the name: leave it
        if not any(m.label == "ORG" for m in inside) or any(m.label not in ("ORG", "PERSON") for m in inside):
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            continue  # already the whole name
        s.found = [m for m in s.found if not any(m is other for other in inside)]
        s.block(first, last)
        s.found.append(Mention(start, end, "ORG", source=inside[0].source, rule="acronym_expansion"))
        acronym = s.tokens.first_at_or_after(match.start(1))
        if s.free(acronym) and s.tokens.tokens[acronym].end == match.end(1):
            s.add(acronym, acronym, "ORG", rule="acronym_expansion")
    s.found.sort(key=lambda m: m.start)

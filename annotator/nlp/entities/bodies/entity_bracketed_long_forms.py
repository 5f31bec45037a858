"""A body's acronym followed by its name written out in brackets (`Fraksi KDNI (Karya Demokrasi
Nurani Indonesia)`, `massa FPMS (Front Pemuda Maju Sejahtera)`): the bracketed words whose
initials spell the acronym are one ORG, where the scan read them as a person (a run of capitalised
words) or not at all. Indonesian pages write the acronym first as often as the name first.

A person's initials before a full name (`SBY (Susilo Bambang Yudhoyono)`) spell it just as well,
so the long form is taken only when the acronym is part of an ORG already or the long form opens
with an organisation head (`Front`, `Badan`). Small words inside the name (`dan`, `untuk`) give no
letter. Runs after the scan, before the defined acronyms spread (``acronyms_in_parentheses``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotator.nlp.entities.entity_state import EntityState

#: `KDNI (`: three to seven capitals ending right before the space and the bracket.
ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{3,7}\Z")
#: `(Karya Demokrasi Nurani Indonesia)`: a bracket holding one line of words.
BRACKETED_NAME = re.compile(r"\(([^()\n]{5,160})\)")


def _acronyms_then_names(text: str) -> Iterator[tuple[int, int, int, int]]:
    """Each `ACRONYM (name)` of the text as (acronym start, acronym end, name start, name end). The
    text is searched for ` (` first: a pattern without a literal start would try every position."""
    pos = text.find(" (")
    while pos != -1:
        acronym = ACRONYM_BEFORE.search(text, max(0, pos - 8), pos)
        name = BRACKETED_NAME.match(text, pos + 1) if acronym else None
        if acronym and name:
            yield acronym.start(), acronym.end(), name.start(1), name.end(1)
        pos = text.find(" (", pos + 2)


def _initials(s: EntityState, first: int, last: int) -> str | None:
    """The initials of words ``first``..``last``, or None when one of them is neither capitalised
    nor a small joining word."""
    letters = []
    for k in range(first, last + 1):
        word = s.word(k)
        if word[:1].isupper():
            letters.append(word[0])
        elif word not in s.words.role_joiners:
            return None
    return "".join(letters)


def long_forms_after_acronyms(s: EntityState) -> None:
    if s.analysis.lang != "id":
        return
    for acronym_start, acronym_end, start, end in _acronyms_then_names(s.text):
        first = s.tokens.first_at_or_after(start)
        last = s.tokens.last_ending_at_or_before(end)
        if first > last or s.tokens.tokens[first].start != start or s.tokens.tokens[last].end != end:
            continue
        if _initials(s, first, last) != s.text[acronym_start:acronym_end]:
            continue
        inside = s.found_within(start, end)
        if inside is None:
            continue  # a longer entity holds part of the name
        if any(m.label == "ORG" and m.start == start and m.end == end for m in inside):
            continue  # read already
        acronym_in_org = any(
            m.label == "ORG" and m.start <= acronym_start and acronym_end <= m.end for m in s.found
        )
        if not (acronym_in_org or s.lex.org_heads.match(s.tokens, first)):
            continue  # `SBY (Susilo Bambang Yudhoyono)`: a person's initials
        for mention in inside:
            s.found.remove(mention)
        s.add(first, last, "ORG", rule="bracketed_long_form")

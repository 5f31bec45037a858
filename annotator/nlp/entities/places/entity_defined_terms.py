"""A short form defined in brackets that is also a place's name: `Perwira Tinggi (Pati) dan
Kombes`, `pengarahan kepada Pati`. The gazetteer knows `Pati` (a regency of Central Java), but
the text defines it as the short form of the words before the bracket, so every `Pati` of that
text is the defined term, no place.

A one-word GPE is dropped when the text writes it in brackets right after two to four
capitalised words that spell it (its letters in order, its first letter the first word's) and
that no entity holds: the short form of a common phrase. A place's own short form after the
place (`Nusa Tenggara Timur (NTT)`) is held by the place's entity and stays."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

#: Two to four capitalised words and a bracketed word after them.
_DEFINED = re.compile(r"((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+) \(([A-Z][a-z]{2,9})\)")
#: The bracketed word of ``_DEFINED`` alone (a superset of its second group): ``re`` scans for the
#: literal ` (` at once, where ``_DEFINED`` is tried at every capital of the text.
_BRACKETED = re.compile(r" \(([A-Z][a-z]{2,9})\)")


def _spells(phrase: str, short: str) -> bool:
    """Whether ``short``'s letters appear in order in ``phrase``, starting with its first letter."""
    letters = phrase.lower().replace(" ", "")
    short = short.lower()
    if not letters.startswith(short[0]):
        return False
    position = 0
    for letter in short:
        position = letters.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def defined_terms_no_places(s: EntityState) -> None:
    """Drop the GPEs whose text the document defines as a common phrase's short form."""
    single = {s.text[m.start : m.end] for m in s.found if m.label == "GPE" and " " not in s.text[m.start : m.end]}
    if not single or "(" not in s.text:
        return
    if not any(match.group(1) in single for match in _BRACKETED.finditer(s.text)):
        return  # no bracketed word is a one-word GPE: every match of _DEFINED would be skipped
    held = [(m.start, m.end) for m in s.found]
    defined: set[str] = set()
    for match in _DEFINED.finditer(s.text):
        short = match.group(2)
        if short not in single or not _spells(match.group(1), short):
            continue
        if any(start < match.end(1) and match.start(1) < end for start, end in held):
            continue  # the phrase is an entity's name: its short form is that entity's
        defined.add(short)
    if defined:
        s.found = [m for m in s.found if not (m.label == "GPE" and s.text[m.start : m.end] in defined)]

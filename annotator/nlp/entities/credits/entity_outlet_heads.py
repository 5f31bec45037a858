"""An outlet's name at the head of an English lead, before a colon (`Golden Ridge: Ghana's Foreign
Minister, X, has called ...`), as some papers print their masthead where a dateline stands. The scan
reads the title-case head as a PERSON, which a later `He said` or role then took for its antecedent.
When the head opens a paragraph that is a lead (a sentence of at least ``MIN_LEAD_WORDS`` words
ending in a stop), names another person after the colon, and is written nowhere else in the text, it
is the outlet's credit: an ORG (guidelines, "Credits"; en_open2). A headline (`Name: <claim>`, no
stop) and a transcript's answer line (the name repeats, or no one else is named) keep their PERSON."""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: The fewest words of the lead's first sentence after the head.
MIN_LEAD_WORDS = 10
#: The most words of the head.
MAX_HEAD_WORDS = 3
#: A colon, then a capitalised word opening the lead.
_COLON = re.compile(r":[ \t]+(?=[A-Z])")
#: The lead's first sentence: up to a stop before white space or the line's end.
_SENTENCE = re.compile(r"[^\n]*?[.!?](?=\s|$)")


def outlet_heads(s: EntityState) -> None:
    """Relabel as ORG each PERSON that is an outlet's head before a lead's colon."""
    if s.analysis.lang != "en":
        return
    line_starts = set(s.line_starts)
    heads = [m for m in s.found if m.label == "PERSON" and m.start in line_starts and _outlet_head(s, m)]
    if heads:
        s.found = [replace(m, label="ORG", rule="outlet_head") if m in heads else m for m in s.found]


def _outlet_head(s: EntityState, person: Mention) -> bool:
    """Whether the PERSON ``person``, which opens a line, stands before a lead's colon as the outlet's head."""
    text = s.text
    if len(text[person.start : person.end].split()) > MAX_HEAD_WORDS:
        return False
    colon = _COLON.match(text, person.end)
    sentence = _SENTENCE.match(text, colon.end()) if colon is not None else None
    if sentence is None or len(sentence.group().split()) < MIN_LEAD_WORDS:
        return False
    if not any(m.label == "PERSON" and colon.end() <= m.start and m.end <= sentence.end() for m in s.found):
        return False  # `Kofi Amoah: The vote was fair ...`: no one else named, the line is the name's
    name = re.escape(text[person.start : person.end])
    return len(re.findall(rf"(?<![\w-]){name}(?![\w-])", text)) == 1

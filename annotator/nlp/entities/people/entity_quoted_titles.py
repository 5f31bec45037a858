"""Title-case words in quotation marks (`konferensi pers "Update Tanggap Bencana X"`, `posko
"Kupang Team"`, `tema “Jaga Bumi Kita”`): a short quoted phrase with no punctuation inside names an
event, a theme or a slogan, not a speaker's words, and the capitals of its words make no person.
A name the page also writes outside such a phrase (`Video berjudul "Pesan Pak Prabowo ..."` on a
page naming Prabowo), or a known person's name, stays."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: A short phrase between double quotation marks on one line, with no punctuation inside (a quote of
#: speech ends in a comma or a stop before its closing mark): at most six words.
QUOTED_TITLE = re.compile(r"[“\"]([^\W\d_][^“”\"\n,.;:!?]{0,80}?)[”\"]")
MAX_TITLE_WORDS = 6


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Where the short quoted phrases of ``text`` are (inside the marks)."""
    if '"' not in text and "“" not in text:
        return []
    return [match.span(1) for match in QUOTED_TITLE.finditer(text) if len(match.group(1).split()) <= MAX_TITLE_WORDS]


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in spans)


def drop_quoted_title_people(s: EntityState) -> None:
    """Drop each PERSON inside a short quoted phrase unless one of its words is in a PERSON outside
    such phrases or the lexicon knows it as a person."""
    spans = _quoted_titles(s.text)
    if not spans:
        return
    quoted = [m for m in s.found if m.label == "PERSON" and _inside(m, spans)]
    if not quoted:
        return
    outside_words = {
        word for m in s.found if m.label == "PERSON" and not _inside(m, spans) for word in s.text[m.start : m.end].split()
    }
    known = s.lex.known_names
    dropped = {
        id(m)
        for m in quoted
        if known.get(s.text[m.start : m.end]) != "PERSON" and not outside_words.intersection(s.text[m.start : m.end].split())
    }
    if dropped:
        s.found = [m for m in s.found if id(m) not in dropped]

"""A reporter's name closing an Indonesian story in brackets: a full name in small letters (`(edy
sumantri)`) or one capitalised given name of four letters or more (`(Wulandari)`; id_editcount1). The
guidelines make a real person's name in a credit a PERSON whatever its case, but no credit word
stands before it, the capitalised-run rule never reads small letters, and a lone word in brackets
reads as a code. Staff codes (`(sav)`, `(Lan)`, `(iki/red)`) have three letters or are a pair joined
by a slash, so they stay out."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.credits.entity_credits import AddExact
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_common_nouns import common_nouns
from annotator.nlp.resources import read_list, read_toml

#: In brackets at the end of the text: two or three small-letter words of three letters or more, or
#: one capitalised word of four letters or more.
CLOSING_NAME = re.compile(r"\(([a-z]{3,}(?: [a-z]{3,}){1,2}|[A-Z][a-z]{3,})\)\s*\Z")


@cache
def _no_name_words(lang: str) -> frozenset[str]:
    """Small words, common nouns, one-word page furniture and the notes that close a story
    (``closing_notes``: `Bersambung`, `Adv`) of the language, in small letters."""
    listed = {word.lower() for name in ("stopwords.txt", "not_names.txt") for word in read_list(lang, name) if " " not in word}
    notes = {word.lower() for word in read_toml(lang, "entity_words.toml").get("closing_notes", [])}
    return frozenset(listed | notes | common_nouns(lang))


def closing_name(s: EntityState, add_exact: AddExact) -> None:
    """Tag the closing bracket's words as a PERSON when none is a small word, a common noun or a
    furniture word of the language (`(tim redaksi)` names a desk) and none is written elsewhere on
    the page."""
    match = CLOSING_NAME.search(s.text)
    if match is None:
        return
    words = match.group(1).split()
    no_names, by_text = _no_name_words(s.analysis.lang), s.tokens.by_text
    if any(word.lower() in no_names or len(by_text.get(word, ())) > 1 or word in s.res.gazetteer for word in words):
        return  # `(Bersambung)`, `(Jakarta)`: a note or a known name of a place or body
    add_exact(s, match.start(1), match.end(1), "PERSON", "credit")

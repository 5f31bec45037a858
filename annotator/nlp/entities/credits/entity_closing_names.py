"""A reporter's full name in small letters closing an Indonesian story in brackets (`(edy
sumantri)`, `(budi santoso)`; id_editcount1): the guidelines make a real person's name in a credit a
PERSON whatever its case, but no credit word stands before it, and the capitalised-run rule never
reads small letters. Staff codes (`(sav)`, `(iki/red)`) are one word or a pair joined by a slash, so
they stay out."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.credits.entity_credits import AddExact
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_common_nouns import common_nouns
from annotator.nlp.resources import read_list

#: Two or three small-letter words of three letters or more in brackets, at the end of the text.
CLOSING_NAME = re.compile(r"\(([a-z]{3,}(?: [a-z]{3,}){1,2})\)\s*\Z")


@cache
def _no_name_words(lang: str) -> frozenset[str]:
    """Small words, common nouns and one-word page furniture of the language, in small letters."""
    listed = {word.lower() for name in ("stopwords.txt", "not_names.txt") for word in read_list(lang, name) if " " not in word}
    return frozenset(listed | common_nouns(lang))


def closing_name(s: EntityState, add_exact: AddExact) -> None:
    """Tag the closing bracket's words as a PERSON when none is a small word, a common noun or a
    furniture word of the language (`(tim redaksi)` names a desk) and none is written elsewhere on
    the page."""
    match = CLOSING_NAME.search(s.text)
    if match is None:
        return
    words = match.group(1).split()
    no_names, by_text = _no_name_words(s.analysis.lang), s.tokens.by_text
    if any(word in no_names or len(by_text.get(word, ())) > 1 for word in words):
        return
    add_exact(s, match.start(1), match.end(1), "PERSON", "credit")

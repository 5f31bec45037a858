"""A place before an office's adjective (English, en_ents23 round): `Riverton Mayoral candidate X`,
`Marlow County Gubernatorial race`. A run of capitalised words ending in an adjective of
``office_adjectives`` is no one's name (``run_label``), so the place it opens went untagged too; the
words before the adjective are the place whose office it is, unless they name a party or its
adjective (``party_short_names``, ``party_adjectives``: `Democratic Gubernatorial candidate`)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def office_place_end(s: EntityState, first: int, end: int) -> int | None:
    """The end of the place before an office adjective closing words ``first``..``end - 1``."""
    if end - first < 2 or s.analysis.lang != "en" or s.word(end - 1) not in s.words.office_adjectives:
        return None
    words = s.words
    if any(s.word(k) in words.party_short_names or s.word(k) in words.party_adjectives for k in range(first, end - 1)):
        return None
    if any(s.tokens.tokens[k].is_upper or s.word(k).lower() in s.lex.stopwords for k in range(first, end - 1)):
        return None  # `ANC Mayoral candidate`, `The Mayoral race`: a body's letters or a small word, no place
    return end - 1

"""Regencies and cities a regional page writes in small letters right after a body's head or a
place type (`DPRD kepahiang`, `Kabupaten ponorogo`), while it writes the same name capitalised
elsewhere: the place is still a place, and the small-letter form is no evidence that the name is a
common word of the text."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def after_head(s: EntityState, k: int) -> bool:
    """Word ``k`` follows an organisation head or a place type, with spaces only between."""
    if k < 1 or not s.joined(k - 1, k):
        return False
    if s.word(k - 1) in s.res.place_types:
        return True
    return any((head := s.lex.org_heads.match(s.tokens, j)) is not None and head[0] == k for j in (k - 1, k - 2))


def lowercase_place(s: EntityState, k: int) -> bool:
    """`kepahiang` in `DPRD kepahiang`: a known regency or city in small letters after a head or a
    place type, that the text also writes capitalised."""
    word = s.word(k)
    if len(word) < 4 or not word.islower() or word in s.lex.stopwords or not after_head(s, k):
        return False
    name = word.capitalize()
    return s.lex.known_names.get(name) == "GPE" and name in s.tokens.by_text


def small_letters_only_after_heads(s: EntityState, word: str) -> bool:
    """Every small-letter occurrence of the place ``word`` is one of :func:`lowercase_place`'s."""
    return all(lowercase_place(s, k) for k in s.tokens.by_text.get(word.lower(), ()))


def small_type_place_end(s: EntityState, k: int) -> int | None:
    """`provinsi Jambi` in `DLH provinsi Jambi`: a place type in small letters right after a body's
    name, then a known place; returns the index after the place, or None."""
    word = s.word(k)
    if k < 1 or not word.islower() or word.capitalize() not in s.res.place_types or not s.joined(k - 1, k):
        return None
    gaz = s.gazetteer(k + 1) if s.joined(k, k + 1) else None
    return gaz[0] if gaz and gaz[1] == "GPE" else None

"""English: a body named by its kind alone after `the` (`the Police`, `the Court heard`, `the
Village Council`) is no name, however the page capitalises it; the words are in ``generic_bodies``
(``en/entity_words.toml``). A name with a place or an `of` (`Samoa Police`, `Court of Appeal`)
is not touched: it is not the listed words alone."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def generic_body(s: EntityState, index: int, end: int) -> bool:
    """Words ``index``..``end - 1`` are a listed kind of body and `the` stands before them."""
    if s.word(index - 1).lower() != "the" or not s.joined(index - 1, index):
        return False
    return " ".join(s.word(k) for k in range(index, end)) in s.words.generic_bodies

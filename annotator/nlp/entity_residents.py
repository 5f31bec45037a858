"""Someone named after the place they live in, with no comma between: `kata warga Manado Diana`,
`Warga Bekasi Rudi mengatakan ...`. A known place after a preposition takes the one capitalised
word after it (`di Medan Maimun`); after a resident noun (``resident_nouns`` of
``id/entity_words.toml``) in a speech context that word is the speaker's name instead."""

from __future__ import annotations

from annotator.nlp.entity_state import EntityState


def resident_name(s: EntityState, place: int, name: int) -> bool:
    """Whether word ``name``, after the known one-word place at ``place``, is the name of the
    resident the word before the place speaks of, next to a cue (`kata warga X Diana`,
    `warga X Diana mengatakan`)."""
    if place < 1 or not s.joined(place - 1, place) or s.word(place - 1).lower() not in s.words.resident_nouns:
        return False
    return s.naming_context(place - 1) or s.naming_context(name)

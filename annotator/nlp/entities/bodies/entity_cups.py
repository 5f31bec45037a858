"""Regional cups and tournaments named after a person or an office: `Piala Soeratin 2023`, `Piala
Gubernur Kaltim 2020`, `Piala Bupati Lamongan`. Only the known cups (`Piala Dunia`, `Piala
Presiden`) were events; the others became a PERSON (`Piala Soeratin`, `Turnamen Piala Walikota`)
and their year a DATE, which the real decisions leave out (a competition's year is no DATE). After
an open cup head (``open_event_heads`` of the entity words) every capitalised word and number
belongs to the event, roles included; a known place ends it and stays a GPE (`Piala Bupati |
Lamongan`), as the real gold tags places and leaves events out."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def cup_word(s: EntityState, index: int, k: int) -> bool:
    """Whether word ``k`` goes on the cup whose head is at ``index``: a capitalised word that is
    no stop word, after an open head (`Piala`)."""
    if s.word(index) not in s.words.open_event_heads or s.lex.event_heads.match(s.tokens, index)[0] != index + 1:
        return False  # a known cup (`Piala Presiden`) ends where it ends: `Piala Presiden Joko Widodo`
    token = s.tokens.tokens[k]
    return token.is_cap and token.text not in s.lex.stopwords

"""English: a role right after the place that closes a body's `of`-name (`National Assembly of
Kenya Speaker X`, `County Assembly of Nairobi Speaker, X`) opens the person's title, not more of
the body: the `of`-name ends with the place (en_ents14 round)."""

from __future__ import annotations

from annotator.nlp.entities.bodies.entity_bodies import role_word
from annotator.nlp.entities.entity_state import EntityState


def place_end_before_role(s: EntityState, start: int, run_end: int) -> int:
    """Where the capitalised words ``start``..``run_end - 1`` after `of` end: after a known place
    that opens them when a title or role follows it, else ``run_end``."""
    known = s.lex.gazetteer.match(s.tokens, start)
    if not known or known[1] not in ("GPE", "LOC") or not start < known[0] < run_end:
        return run_end
    return known[0] if role_word(s, known[0]) else run_end

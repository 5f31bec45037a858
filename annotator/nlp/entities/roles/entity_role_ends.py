"""Where a role ends: the word right after a role phrase, for rules that read a name after it."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def role_before(s: EntityState, index: int) -> bool:
    """A role (any case: `pelatih`, `Gubernur`) ends right before word ``index``."""
    for start in (index - 1, index - 2):
        role = s.lex.roles_any_case.match(s.tokens, start) if start >= 0 else None
        if role and role[0] == index and s.joined(index - 1, index):
            return True
    return False

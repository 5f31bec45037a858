"""Surnames that are trade words (English, en_ents23 round): `Steel`, `Mills` close companies named
by their trade (`Jindal Steel`, org_tails.txt), so `the spokesperson Alan Steel` became an ORG and a
speaker search that wants a PERSON found none. After a role in small letters, a given name and one
of ``surname_trade_tails`` (``en/entity_words.toml``) are a person's name."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.roles.entity_role_ends import role_before


def trade_surname(s: EntityState, first: int, last: int) -> bool:
    """Words ``first``..``last`` are a given name and a trade-word surname right after a role in
    small letters (`spokesperson Alan Steel`); capitals (`JSW Steel`) open a company."""
    if last != first + 1 or s.word(last) not in s.words.surname_trade_tails or s.tokens.tokens[first].is_upper:
        return False
    return s.word(first - 1).islower() and role_before(s, first)

"""A role written in the plural is no name (`the two Prime Ministers met`, `Vice Presidents`):
a capitalised run whose last word, made singular, gives a role of ``roles.txt`` (en_ents12 round,
issue 11)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import load_resources


@cache
def _roles(lang: str) -> frozenset[str]:
    return frozenset(load_resources(lang).roles)


def _singular(word: str) -> str | None:
    """`Ministers` -> `Minister`, `Secretaries` -> `Secretary`; None for a word with no plural `s`."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or not word[-2].islower():
        return None
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def plural_title(s: EntityState, k: int) -> bool:
    """Whether word ``k`` is a one-word role in the plural, its initials' too (`Senators`, `MPs`):
    before a list of names it titles each of them (`MPs Mykola X and Davyd Y`; en_b22)."""
    word = s.word(k)
    singular = word[:-1] if len(word) > 2 and word[-1] == "s" and word[:-1].isupper() else _singular(word)
    return singular is not None and singular in _roles(s.analysis.lang)


def plural_role(s: EntityState, first: int, end: int) -> bool:
    """Whether the words ``first`` .. ``end - 1`` are a role in the plural."""
    singular = _singular(s.word(end - 1))
    if singular is None:
        return False
    words = [s.word(k) for k in range(first, end - 1)]
    return " ".join([*words, singular]) in _roles(s.analysis.lang)

"""Given names that are also common words (`May`): right after a role or title, before a
capitalised word, they open the person's name (`Legislator May Chin`), where the stop-word list
would otherwise end the name before it began (b9en round, issue 11)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml


@cache
def _given_words(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("given_name_words", []))


def opens_name_after_role(s: EntityState, k: int) -> bool:
    """Word ``k`` (right after a role) is a given name that is also a stop word, and a free
    capitalised word follows it in the same sentence."""
    return (
        s.free(k)
        and s.word(k) in _given_words(s.analysis.lang)
        and k + 1 < s.n
        and s.cap_word(k + 1)
        and s.free(k + 1)
        and s.joined(k, k + 1)
    )

"""Acronyms listed with a known body are bodies too (`the KRA, TMB, NERC and OFGA`): in a list of
three acronyms or more in capitals, joined by commas and `and`/`or`, one ORG makes the free others
ORGs, though the page writes none of them out (en_ents12 round, issue 11). Runs before
``propagate_acronyms``, so later bare mentions follow."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml


@cache
def _joiners(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("acronym_list_joiners", []))


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _next_item(s: EntityState, k: int) -> int | None:
    """The acronym listed after the one at ``k`` (`KRA, TMB`, `NERC and OFGA`, `NERC, and OFGA`)."""
    tokens = s.tokens.tokens
    if k + 1 >= s.n:
        return None
    gap = s.text[tokens[k].end : tokens[k + 1].start].strip()
    if gap == "," and _acronym(s.word(k + 1)):
        return k + 1
    if gap in ("", ",") and s.word(k + 1) in _joiners(s.analysis.lang) and k + 2 < s.n and _acronym(s.word(k + 2)):
        return k + 2 if not s.text[tokens[k + 1].end : tokens[k + 2].start].strip() else None
    return None


def _list_around(s: EntityState, index: int) -> list[int]:
    """The acronyms of the list that holds the one at ``index`` (itself included)."""
    first = index
    while first > 0:
        before = next((k for k in (first - 1, first - 2) if k >= 0 and _next_item(s, k) == first), None)
        if before is None:
            break
        first = before
    items = [first]
    while (following := _next_item(s, items[-1])) is not None:
        items.append(following)
    return items


def listed_acronyms(s: EntityState) -> None:
    """Each free acronym of a list that holds a one-word ORG in capitals becomes an ORG."""
    if not _joiners(s.analysis.lang):
        return
    first_tokens = s.tokens.first_at_or_after
    for mention in list(s.found):
        if mention.label != "ORG" or not _acronym(s.text[mention.start : mention.end]):
            continue
        items = _list_around(s, first_tokens(mention.start))
        if len(items) < 3:
            continue
        for k in items:
            if s.free(k):
                s.add(k, k, "ORG", rule="listed_acronym")

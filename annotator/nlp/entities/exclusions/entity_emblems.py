"""Flags, symbols, slogans and laws are no entities: `bendera Bintang Kejora`, `spanduk
bertuliskan Papua Merdeka`, `yel-yel Merdeka Atau Mati`, `UU Cipta Kerja` (the guidelines tag no
laws). Without this rule their capitalised words are a person's name (`Bintang Kejora`) or a place
and a paper (`Papua`, `Merdeka`). The words after such a noun (``emblem_words`` and
``law_name_words`` of ``entity_words.toml``) are held when there are two or more of them and they
are not one known name: `bendera Indonesia`, `bendera PDI Perjuangan`, `UU ITE` keep their entity."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.text.tokens import words_present

#: An emblem's name is short; a longer run is a sentence's words (a headline in title case).
MAX_WORDS = 4


def emblem_starts(s: EntityState) -> set[int]:
    """The words right after an emblem noun, and a capitalised emblem noun itself (the rule's first
    test, and its gate)."""
    by_lower = s.tokens.by_lower
    nouns = s.words.emblem_words | s.words.law_name_words
    found = [index for lowered in words_present(by_lower, nouns) for index in by_lower[lowered]]
    return {index + 1 for index in found} | {index for index in found if s.texts[index][:1].isupper()}


def emblem(s: EntityState, index: int) -> int | None:
    """At the first capitalised word after an emblem noun: hold the emblem's words; None when they
    are one word or one known name (the other rules tag those)."""
    nouns = s.words.emblem_words | s.words.law_name_words
    opening = s.word(index).lower() in s.words.emblem_words and s.cap_word(index + 1) and s.joined(index, index + 1)
    if opening:
        s.block(index, index)  # `Bendera Bintang Kejora berkibar`: the noun opens the sentence, no name's word
        index += 1
    elif index == 0 or s.word(index - 1).lower() not in nouns or not _after_noun(s, index):
        return None
    k = index
    while k < s.n and k - index < MAX_WORDS and s.cap_word(k) and (k == index or s.joined(k - 1, k)):
        k += 1
    law = not opening and s.word(index - 1).lower() in s.words.law_name_words
    if law and k - index == 1 and s.word(index).isupper() and not s.gazetteer(index):
        s.block(index, index)  # `RUU IKN`, `UU ITE`: a law's short name, no body (`UU KPK` keeps the ORG)
        return k
    if k - index >= 2 and _named_emblem(s, index, k) and not (law and _law_names_place_or_body(s, index, k)):
        s.block(index, k - 1)
        return k
    return index if opening else None  # `Bendera Indonesia`: the noun held, the country left to its rule


def _after_noun(s: EntityState, index: int) -> bool:
    """The noun stands right before word ``index``, or as a short form in brackets before it
    (`Undang-Undang (UU) Cipta Kerja`)."""
    return s.joined(index - 1, index) or s.tokens.gap(index - 1, index) == ") "


def _named_emblem(s: EntityState, index: int, k: int) -> bool:
    """Words ``index``..``k - 1`` name the emblem itself, not a known place or body."""
    known = s.gazetteer(index)
    if known and known[0] >= k:
        return False  # `bendera Papua Nugini`, `bendera Partai Demokrat`: a known name
    return not s.lex.org_heads.match(s.tokens, index)  # `bendera Partai Buruh`: an organisation's flag names it


def _law_names_place_or_body(s: EntityState, index: int, k: int) -> bool:
    """A law's name that holds a known name or an acronym (`Raperda APBD Lampung`): the real gold
    tags the place in it, so the words are left to the other rules."""
    return any(s.gazetteer(j) or s.word(j).isupper() for j in range(index, k))

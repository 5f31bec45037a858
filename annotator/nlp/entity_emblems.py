"""Flags, symbols and slogans are no entities: `bendera Bintang Kejora`, `spanduk bertuliskan Papua
Merdeka`, `yel-yel Merdeka Atau Mati`. Without this rule their capitalised words are a person's
name (`Bintang Kejora`) or a place and a paper (`Papua`, `Merdeka`). The words after an emblem noun
(``emblem_words`` of ``entity_words.toml``) are held when there are two or more of them and they
are not one known name: `bendera Indonesia`, `bendera PDI Perjuangan`, `logo KPK` keep their
entity."""

from __future__ import annotations

from annotator.nlp.entity_state import EntityState

#: An emblem's name is short; a longer run is a sentence's words (a headline in title case).
MAX_WORDS = 4


def emblem_starts(s: EntityState) -> set[int]:
    """The words right after an emblem noun (the rule's first test, and its gate)."""
    by_text = s.tokens.by_text
    nouns = s.words.emblem_words
    return {index + 1 for text in by_text if text.lower() in nouns for index in by_text[text]}


def emblem(s: EntityState, index: int) -> int | None:
    """At the first capitalised word after an emblem noun: hold the emblem's words; None when they
    are one word or one known name (the other rules tag those)."""
    if index == 0 or s.word(index - 1).lower() not in s.words.emblem_words or not s.joined(index - 1, index):
        return None
    k = index
    while k < s.n and k - index < MAX_WORDS and s.cap_word(k) and s.joined(k - 1, k) and s.free(k):
        k += 1
    if k - index < 2:
        return None
    known = s.gazetteer(index)
    if known and known[0] >= k:
        return None  # `bendera Papua Nugini`, `bendera Partai Demokrat`: a known name
    if s.lex.org_heads.match(s.tokens, index):
        return None  # `bendera Partai Buruh`: an organisation's flag names it
    s.block(index, k - 1)
    return k

"""Initials right after a word for a suspect (`terduga teroris AT dan ZAI`, `tersangka RH`): crime
pages name suspects so without `berinisial`. Common acronyms (`tersangka DPO`), known names and
capitals opening a longer name are left to the other rules."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_initials import paired_initials
from annotator.nlp.resources import read_toml


@cache
def suspect_nouns(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("suspect_nouns", []))


@cache
def arrested_groups(lang: str) -> frozenset[str]:
    """Acronyms of groups that arrest words take too (`menangkap KKB`): no initials."""
    return frozenset(read_toml(lang, "entity_words.toml").get("arrested_groups", []))


def after_suspect_noun(s: EntityState) -> Collection[int]:
    """The gate: the words right after a suspect noun (any case)."""
    nouns = suspect_nouns(s.analysis.lang)
    by_lower = s.tokens.by_lower
    return {index + 1 for lowered in by_lower.keys() & nouns for index in by_lower[lowered]}


def suspect_initials(s: EntityState, index: int) -> int | None:
    """`terduga teroris AT dan ZAI`: capitals of two to four letters after a suspect noun are a PERSON."""
    if index < 1 or s.word(index - 1).lower() not in suspect_nouns(s.analysis.lang) or not s.joined(index - 1, index):
        return None
    word = s.word(index)
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 4) or not s.free(index):
        return None
    if word in s.words.not_body_acronyms or word in s.res.titles or word in s.lex.stopwords or s.gazetteer(index):
        return None
    if word in arrested_groups(s.analysis.lang):
        return None  # `menangkap KKB`: a group
    if s.cap_word(index + 1) and s.joined(index, index + 1):
        return None  # `tersangka AB Santoso`: a longer name, found by the other rules
    s.add(index, index, "PERSON")
    return paired_initials(s, index)

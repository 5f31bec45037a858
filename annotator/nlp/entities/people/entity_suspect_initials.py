"""Initials right after a word for a suspect (`terduga teroris AT dan ZAI`, `tersangka RH`): crime
pages name suspects so without `berinisial`. Common acronyms (`tersangka DPO`), known names and
capitals opening a longer name are left to the other rules."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_initials import paired_initials
from annotator.nlp.resources import read_toml
from annotator.nlp.text.tokens import words_present


@cache
def suspect_nouns(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("suspect_nouns", []))


@cache
def arrested_groups(lang: str) -> frozenset[str]:
    """Acronyms of groups that arrest words take too (`menangkap KKB`): no initials."""
    return frozenset(read_toml(lang, "entity_words.toml").get("arrested_groups", []))


@cache
def list_openers(lang: str) -> frozenset[str]:
    """Words that open a list after the noun (`tersangka yakni SL, KPR dan IS`)."""
    return frozenset(read_toml(lang, "entity_words.toml").get("suspect_list_openers", []))


def after_suspect_noun(s: EntityState) -> Collection[int]:
    """The gate: the words right after a suspect noun (any case), or after a list opener that follows one."""
    nouns = suspect_nouns(s.analysis.lang)
    by_lower = s.tokens.by_lower
    after = {index + 1 for lowered in words_present(by_lower, nouns) for index in by_lower[lowered]}
    openers = list_openers(s.analysis.lang)
    return after | {index + 1 for index in after if s.word(index).lower() in openers}


def _after_noun(s: EntityState, index: int) -> bool:
    """Word ``index`` follows a suspect noun, directly or through a list opener, with or without a
    comma before it (`tersangka yakni`, `terdakwa, yaitu`)."""
    previous = index - 1
    if previous < 1 or s.word(previous).lower() not in list_openers(s.analysis.lang):
        return previous >= 0 and s.word(previous).lower() in suspect_nouns(s.analysis.lang) and s.joined(previous, index)
    noun = previous - 1
    return (
        s.joined(previous, index)
        and s.word(noun).lower() in suspect_nouns(s.analysis.lang)
        and (s.joined(noun, previous) or s.tokens.gap(noun, previous) == ", ")
    )


def suspect_initials(s: EntityState, index: int) -> int | None:
    """`terduga teroris AT dan ZAI`, `tersangka yakni SL, KPR dan IS`: capitals of two to four
    letters after a suspect noun are a PERSON."""
    if not _after_noun(s, index):
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

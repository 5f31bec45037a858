"""Initials used as a person's name: after an initials word (`tersangka berinisial RH`), after a
rank (`Aipda RP`), or with an age in brackets after them (`FK (20)`)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import AGE_AFTER, ROMAN, EntityState
from annotator.nlp.entities.people import entity_capital_names as capital_names
from annotator.nlp.entities.people import entity_initials


def initials(s: EntityState, index: int) -> int | None:
    """`tersangka berinisial RH`, `pelaku berinisial A.S.`, `FK (20) dan IG (26)`: initials used as
    a name (after an initials word, or with an age after them) are a PERSON."""
    if aged_initials(s, index):
        s.add(index, index, "PERSON")
        return index + 1
    if s.word(index) in s.words.initials_ranks:
        return rank_initials(s, index)
    if index < 1 or s.word(index - 1).lower() not in s.words.initials_words or not s.joined(index - 1, index):
        return None
    word = s.word(index)
    if not (word.isupper() and 1 <= len(word.replace(".", "")) <= 4 and word.replace(".", "").isalpha()):
        return None
    if word in s.res.titles or f"{word.rstrip('.')}." in s.res.titles or s.gazetteer(index):
        return None  # `almarhum KH Ahmad`, `almarhum H Salim`: a title; a known name is found by its own rule
    s.add(index, index, "PERSON")
    return entity_initials.paired_initials(s, index)  # `berinisial AZ dan MR`


def rank_initials(s: EntityState, rank: int) -> int | None:
    """`Aipda RP bersama rekannya`: capitals of two to four letters right after a rank (at word
    ``rank``), ending the name, are the officer's initials and the rank is held; a body (`Brigjen
    TNI`), a place or a common acronym is not. (The rank's chain would take the capitals as a unit.)"""
    index = rank + 1
    if index >= s.n or not s.joined(rank, index):
        return None
    if (name_end := capital_names.capital_name_end(s, index)) is not None:
        s.block(rank, rank)
        s.add(index, name_end - 1, "PERSON")  # `AKP SUJARWO, S.H.`: a name printed in capitals
        return name_end
    word = s.word(index)
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 4):
        return None
    if word in s.res.titles or word in s.lex.stopwords or word in s.words.not_body_acronyms or s.gazetteer(index):
        return None
    if index + 1 < s.n and s.cap_word(index + 1) and s.joined(index, index + 1):
        return None  # `Bripka AB Santoso`: the capitals open a longer name, found by the other rules
    s.block(rank, rank)
    s.add(index, index, "PERSON")
    return index + 1


def aged_initials(s: EntityState, index: int) -> bool:
    """`anaknya LQT (15)`, `FK (20)`: capitals with an age in brackets after them are a person's
    initials (not a Roman numeral: `Kelas II (2)`)."""
    word = s.word(index)
    if not (word.isupper() and word.isalpha() and len(word) <= 4) or word in s.lex.stopwords:
        return False
    if len(word) > 1 and ROMAN.fullmatch(word):
        return False
    return AGE_AFTER.match(s.text, s.tokens.tokens[index].end) is not None

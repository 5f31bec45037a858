"""Initials used as a person's name: after an initials word (`tersangka berinisial RH`), after a
rank (`Aipda RP`), or with an age in brackets after them (`FK (20)`)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import AGE_AFTER, ROMAN, EntityState
from annotator.nlp.entities.people import entity_capital_names as capital_names
from annotator.nlp.entities.people import entity_initials
from annotator.nlp.entities.people.entity_name_runs import name_run, valid_name


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
    if not officer_initials(s, index):
        return None
    if _word_follows(s, index):
        return _initials_and_name(s, rank, index)  # `AKBP MP Nainggolan`: the initials open the name
    s.block(rank, rank)
    s.add(index, index, "PERSON")
    return index + 1


def officer_initials(s: EntityState, index: int) -> bool:
    """Capitals of two to four letters at word ``index`` that no list knows as a title, a small
    word, a common acronym or a name (`RP` in `Aipda RP`, `MP` in `AKBP MP Nainggolan`)."""
    word = s.word(index)
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 4):
        return False
    return not (word in s.res.titles or word in s.lex.stopwords or word in s.words.not_body_acronyms or s.gazetteer(index))


def initials_open_name(s: EntityState, index: int) -> bool:
    """Officer's initials at word ``index`` with a capitalised word right after them (`MP Nainggolan`)."""
    return officer_initials(s, index) and _word_follows(s, index)


def _word_follows(s: EntityState, index: int) -> bool:
    """A capitalised word right after word ``index``, with spaces only between."""
    return index + 1 < s.n and s.cap_word(index + 1) and s.joined(index, index + 1)


def _initials_and_name(s: EntityState, rank: int, index: int) -> int | None:
    """`AKBP MP Nainggolan`, `Bripka AB Santoso`: capitals after a rank followed by a surname are the
    officer's initials and open the name (the run over capitalised words would start after them);
    None when the words after the capitals are no name (a known body or place, a unit)."""
    end = name_run(s, index + 1)
    if end == index + 1 or any(s.gazetteer(k) for k in range(index + 1, end)) or not valid_name(s, index + 1, end):
        return None
    s.block(rank, rank)
    s.add(index, end - 1, "PERSON")
    return end


def aged_initials(s: EntityState, index: int) -> bool:
    """`anaknya LQT (15)`, `FK (20)`: capitals with an age in brackets after them are a person's
    initials (not a Roman numeral: `Kelas II (2)`)."""
    word = s.word(index)
    if not (word.isupper() and word.isalpha() and len(word) <= 4) or word in s.lex.stopwords:
        return False
    if len(word) > 1 and ROMAN.fullmatch(word):
        return False
    return AGE_AFTER.match(s.text, s.tokens.tokens[index].end) is not None

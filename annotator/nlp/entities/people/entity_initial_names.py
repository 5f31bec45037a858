"""Names opened by an initial inside a sentence (`identified as A. Sakthivel of Choolai and C.
Arumuga Raja`), as South Indian, Sri Lankan and Malaysian pages print them (b9en round, issue 11),
and Indonesian ones after a speech verb or a comma (`kata M. Hidayatullah`, `Deputi X, R. Santoso
menyatakan`; id_editcount1). The capitalised-run rule starts after the initial (`A` is a stop word,
a lone `C` no name), so the initial was lost, read as the whole name or the name missed. A
language takes part when its entity words list ``initial_name_openers``; the bare Haji letters
(``haji``: `H. Sarmadi`) are a title, not an initial (entity_haji.py)."""

from __future__ import annotations

import re
import string
from collections.abc import Collection
from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_name_edges import spaced_degree
from annotator.nlp.entities.people.entity_name_runs import name_run, valid_name
from annotator.nlp.resources import read_toml

#: One capital, or dotted capitals written as one word before their last stop (`K.R`).
#: A capital letter, or capitals joined by full stops (`A`, `K.S`).
_INITIAL_WORD = r"(?:[A-Z]\.)*[A-Z]"
_INITIAL = re.compile(rf"^{_INITIAL_WORD}$")
#: The one-letter capitals.
_LETTERS = tuple(string.ascii_uppercase)


def initial_words(s: EntityState) -> Collection[int]:
    """The gate: one-letter (or dotted) capitals, in a language whose table lists name openers;
    outside English one-letter capitals alone, looked up letter by letter: the search of every word
    cost +0.5% instructions per word on the Indonesian dev pages (id_editcount1)."""
    if not _openers(s.analysis.lang):
        return ()
    by_text = s.tokens.by_text  # the distinct words matching the pattern, by one search of them all
    if s.analysis.lang != "en":
        return {index for letter in _LETTERS if letter in by_text for index in by_text[letter]}
    return {index for text in s.tokens.texts_matching(_INITIAL_WORD) if len(text) <= 5 for index in by_text[text]}


@cache
def _openers(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("initial_name_openers", []))


def _opens_inside_sentence(s: EntityState, index: int) -> bool:
    """The word before the initial introduces a name (`as`, `and`, `named`: ``initial_name_openers``)
    or is a comma or bracket after a word or a number: the initial is inside a sentence, not a letter closing
    one (`vitamin C. Doctors ...`, `Plan B. Then ...`)."""
    if index < 1:
        return False
    before = s.tokens.gap(index - 1, index)
    if before and not before.strip(" "):  # one space or more (`kata  M. Hidayatullah`)
        return s.word(index - 1) in _openers(s.analysis.lang)
    # after a word or a number (`Scorers: K. X 12, G. Y 78`: a scorer's minute; en_ents23)
    return before in (", ", " (") and s.word(index - 1)[:1].isalnum()


def _opens_sentence(s: EntityState, index: int) -> bool:
    """`J. Smith scored twice.`: an initial that opens a sentence or a line is no letter closing one,
    in a language whose ``initial_name_places`` list `sentence` (en_ents22)."""
    return _sentence_openers(s.analysis.lang) and s.tokens.sentence_initial(index)


@cache
def _sentence_openers(lang: str) -> bool:
    return "sentence" in read_toml(lang, "entity_words.toml").get("initial_name_places", [])


def initial_name(s: EntityState, index: int) -> int | None:
    """`A. Sakthivel`, `C. Arumuga Raja`: the initial and the capitalised run after it are one PERSON,
    when the run is no stop word, no known name and no word the text also writes in small letters."""
    word = s.word(index)
    if len(word) > 5 or not _INITIAL.match(word) or word in s.words.haji or not _openers(s.analysis.lang):
        return None
    if len(word) > 1 and s.analysis.lang != "en":
        return None  # outside English one capital only (`M.H` is a degree there), as the gate reads
    if s.tokens.gap(index, index + 1) != ". ":
        return None
    if not (_opens_inside_sentence(s, index) or dotted_initials_anywhere(s, index) or _opens_sentence(s, index)):
        return None
    first = index + 1
    if not s.cap_word(first) or s.gazetteer(first) or s.word(first).lower() in s.lower_words:
        return None
    if spaced_degree(word + ".", s.word(first), s.words.degrees):
        return None  # `Wulan Sari, S. Sos., M. Si.`: a degree written with a space, no name
    end = name_run(s, first)
    if end == first or not valid_name(s, first, end) or s.gazetteer(end - 1):
        return None
    s.add(index, end - 1, "PERSON")
    return end


def dotted_initials_anywhere(s: EntityState, index: int) -> bool:
    """`K.D. Lal Perera said`, `said K.D. Lal Perera`: two or more dotted initials open a name
    wherever they stand (no letter closing a sentence looks so), unless the list knows them as a
    place or body (`U.S`, `U.N`; en_ents4 round)."""
    return "." in s.word(index) and not s.gazetteer(index)

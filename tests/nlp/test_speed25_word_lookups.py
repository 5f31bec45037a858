"""Speed25 look-ups in a text's distinct words that must give what the loops they replace gave:
a word list's words present in the text (the smaller side read), the distinct words a pattern
matches whole (one search of them joined by newlines) and the capitalised words in text order."""

from __future__ import annotations

import random
import re

from annotator.nlp.entities.people.entity_initial_names import _INITIAL, _INITIAL_WORD
from annotator.nlp.entities.roles.entity_role_offices import HYPHEN_NUMBERED
from annotator.nlp.text.tokens import TokenIndex, capitals, words_present

_PIECES = (
    "A", "B", "K", "x", "Ab", "Office", "Force", "office", "-", "\u2013", ".", "13", "4", "9A", "2-B",
    "é", "É", "Ümit", "_", "'", "s", "Dewi", "rina", "U", "S", "ß", "1",
)  # fmt: skip
_GAPS = (" ", " ", "  ", "\n", ", ", ". ", " (", ") ", "\t")


def _random_text(rng: random.Random) -> str:
    words = ("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 40)))
    return "".join(word + rng.choice(_GAPS) for word in words)


def test_words_present_is_the_keys_in_the_list_whichever_side_is_smaller() -> None:
    rng = random.Random(25)
    pool = [f"w{n}" for n in range(60)] + ["Dewi", "dewi", "the", "The"]
    for _ in range(3000):
        found = {word: [n] for n, word in enumerate(rng.sample(pool, rng.randint(0, 30)))}
        chosen = rng.sample(pool, rng.randint(0, 60))
        for words in (frozenset(chosen), set(chosen), tuple(chosen)):
            present = words_present(found, words)
            assert set(present) == found.keys() & set(chosen)


def test_texts_matching_equals_a_whole_match_of_each_distinct_word() -> None:
    rng = random.Random(2025)
    patterns = (_INITIAL_WORD, HYPHEN_NUMBERED.pattern, r"[A-Z][a-z]+", r"\d+[A-Z]?")
    matched = 0
    for _ in range(1500):
        index = TokenIndex.of_text(_random_text(rng))
        for word in patterns:
            expected = [text for text in index.by_text if re.fullmatch(word, text)]
            assert index.texts_matching(word) == expected
            matched += len(expected)
    assert matched > 1000


def test_texts_matching_reads_a_word_holding_a_newline_one_by_one() -> None:
    index = TokenIndex.of_text("A K Dewi")
    index._by_text = {"A": [0], "K\nA": [1], "Dewi": [2]}  # a word joined across a line break
    assert index.texts_matching(_INITIAL_WORD) == ["A"]
    assert index.texts_matching(r"K\nA") == ["K\nA"]


def test_the_initials_gate_words_are_those_of_the_initial_pattern() -> None:
    rng = random.Random(7)
    for _ in range(1500):
        index = TokenIndex.of_text(_random_text(rng))
        before = {text for text in index.by_text if len(text) <= 5 and text[:1].isupper() and _INITIAL.match(text)}
        assert {text for text in index.texts_matching(_INITIAL_WORD) if len(text) <= 5} == before


def test_capitals_are_the_capitalised_words_in_text_order() -> None:
    rng = random.Random(11)
    for _ in range(1500):
        index = TokenIndex.of_text(_random_text(rng))
        by_text = index.by_text
        before = sorted(k for text, found in by_text.items() if text[:1].isupper() for k in found)
        assert capitals(by_text) == before
        assert capitals(by_text) == [k for k, token in enumerate(index.tokens) if token.is_cap]

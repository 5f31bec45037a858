"""Per-text word-set gates (``EntityState.has_any_word``): a rule that needs one word of a set after
a name answers False at once in a text without any, and the same as before in a text with one."""

from __future__ import annotations

import pytest

from annotator.nlp.analysis import Analysis
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places import entity_places as places
from annotator.nlp.rules import furniture_step, tokens_of


def _state(text: str, lang: str = "en") -> EntityState:
    analysis = Analysis(text, lang)
    furniture_step(analysis)
    return EntityState(analysis, tokens_of(analysis))


def _end_of(state: EntityState, word: str) -> int:
    """The word index right after ``word``'s first occurrence."""
    return state.texts.index(word) + 1


def test_has_any_word_looks_at_whole_words_in_their_case_and_keeps_its_answer() -> None:
    state = _state("Guards from Norvale police said the Police Band played.")
    assert state.has_any_word(frozenset({"police"}))
    assert not state.has_any_word(frozenset({"polic", "villages"}))
    assert not state.has_any_word(frozenset({"POLICE"}))
    assert state._word_sets_present[frozenset({"police"})] is True


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Officers of the Tarnby police arrested two men.", "Tarnby", True),
        ("Officers of the Tarnby highway police arrested two men.", "Tarnby", True),
        ("Officers of the Tarnby garrison arrested two men.", "Tarnby", False),
        ("The Tarnby Police arrested two men.", "Tarnby", False),
    ],
)
def test_police_after_with_and_without_a_police_word(text: str, name: str, expected: bool) -> None:
    state = _state(text)
    assert places.police_after(state, _end_of(state, name)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Floods hit Orvik, Delsby and Marnow villages on Monday.", "Orvik", True),
        ("Floods hit Orvik and Marnow townships on Monday.", "Orvik", True),
        ("Floods hit Orvik, Delsby and Marnow on Monday.", "Orvik", False),
        ("Floods hit Orvik, Delsby and Marnow village on Monday.", "Orvik", False),
    ],
)
def test_a_list_before_a_plural_place_noun_with_and_without_one(text: str, name: str, expected: bool) -> None:
    state = _state(text)
    assert places.listed_before_plural_place(state, _end_of(state, name)) is expected


def test_the_gate_does_not_decide_when_the_word_is_elsewhere_in_the_text() -> None:
    """A plural place noun after another list: the walk still runs and still finds no list here."""
    state = _state("Orvik, Delsby and Marnow met. Crops failed in three villages.")
    assert state.has_any_word(frozenset({"villages"}))
    assert places.listed_before_plural_place(state, _end_of(state, "Orvik")) is False

"""Speed round speed26: word sets coreference made at each call are made once per language; they
hold the same words as the sets made per call did."""

from __future__ import annotations

import pytest

from annotator.nlp.coref.coref_resolver import _role_words
from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.coref.coref_self_mention import _small_titles
from annotator.nlp.resources import load_resources
from annotator.nlp.speakers.speaker_descriptions import person_heads, role_heads


@pytest.mark.parametrize("lang", ["id", "en"])
def test_role_words_are_the_per_call_set(lang: str) -> None:
    heads = person_heads(lang) | {h.lower() for h in role_heads(lang)}
    if lang == "en":
        heads = heads | coref_words()["case_party_nouns"]
    assert _role_words(lang) == heads
    assert ("accused" in _role_words(lang)) == (lang == "en")  # `The accused`: a party of a case, English only
    assert isinstance(_role_words(lang), frozenset)  # kept for the process: never changed in place


@pytest.mark.parametrize("lang", ["id", "en"])
def test_small_titles_are_the_per_call_set(lang: str) -> None:
    assert _small_titles(lang) == {title.lower() for title in load_resources(lang).titles}
    assert isinstance(_small_titles(lang), frozenset)

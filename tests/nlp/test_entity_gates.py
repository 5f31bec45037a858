"""The resolver's gates (nlp/entities/entity_gates.py) only skip generators that would propose nothing:
each gate is its generator's own first test, and the pre-labels are the same with and without."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.nlp.analysis import Analysis
from annotator.nlp.api import prelabel_texts
from annotator.nlp.entities import ruler as entities
from annotator.nlp.entities.entity_gates import GATES, VETOES, rule_gates, rule_vetoes
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people import entity_people as people
from annotator.nlp.rules import furniture_step, tokens_of

DATA = Path(__file__).resolve().parents[2] / "data"


def _texts(lang: str) -> list[str]:
    files = sorted(DATA.glob(f"*/{lang}.jsonl")) + sorted((DATA / "real").glob(f"*/{lang}.jsonl"))
    texts = [json.loads(line)["text"] for path in files for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(texts) >= 20
    return texts


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_gate_keeps_out_only_words_where_its_generator_finds_nothing(lang: str) -> None:
    rules = {rule.generate: rule for rule in entities.RULES}
    assert set(GATES) <= set(rules), "a gate for a generator no rule uses"
    asked = kept_out = 0
    for text in _texts(lang):
        analysis = Analysis(text, lang)
        furniture_step(analysis)
        state = EntityState(analysis, tokens_of(analysis))
        gates = rule_gates(state)
        for token in state.tokens.tokens:
            if not token.is_cap:
                continue  # the resolver asks capitalised words only
            for generate, words in gates.items():
                asked += 1
                if token.index in words:
                    continue
                kept_out += 1
                rule = rules[generate]
                found = state.propose(rule.name, rule.priority, token.index, generate)
                assert found is None, f"gate of {rule.name} keeps out {token.text!r} in {text[:60]!r}, where it proposes"
    assert kept_out > asked / 2  # the gates do skip most questions


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pre_labels_are_the_same_without_gates(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(lang)
    gated = list(prelabel_texts(texts, lang))
    monkeypatch.setattr(entities, "rule_gates", lambda _state: {})
    assert list(prelabel_texts(texts, lang)) == gated


def _last_group_generators() -> set:
    last = min(rule.priority for rule in entities.RULES)
    return {rule.generate for rule in entities.RULES if rule.priority == last}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_veto_names_only_words_where_its_generator_adds_nothing(lang: str) -> None:
    rules = {rule.generate: rule for rule in entities.RULES}
    assert set(VETOES) <= _last_group_generators(), "a veto is sound only for the last rules asked"
    vetoed = 0
    for text in _texts(lang):
        analysis = Analysis(text, lang)
        furniture_step(analysis)
        state = EntityState(analysis, tokens_of(analysis))
        for generate, words in rule_vetoes(state).items():
            rule = rules[generate]
            for index in words:
                if not state.tokens.tokens[index].is_cap:
                    continue  # the resolver asks capitalised words only
                vetoed += 1
                found = state.propose(rule.name, rule.priority, index, generate)
                assert found is None or (found.end == index + 1 and not found.mentions and not found.blocked), (
                    f"veto of {rule.name} names {state.tokens.tokens[index].text!r} in {text[:60]!r}, where it adds something"
                )
    assert vetoed > 100  # the vetoes do spare questions


def test_the_name_run_veto_keeps_name_prefixes_and_names() -> None:
    analysis = Analysis("Di Orvik, Lalu Ahmad bertemu Marlo. Dan warga datang.", "id")
    furniture_step(analysis)
    state = EntityState(analysis, tokens_of(analysis))
    words = {state.tokens.tokens[index].text for index in rule_vetoes(state)[people.person]}
    assert words == {"Di", "Dan"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pre_labels_are_the_same_without_vetoes(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(lang)[:80]
    vetoed = list(prelabel_texts(texts, lang))
    monkeypatch.setattr(entities, "rule_vetoes", lambda _state: {})
    assert list(prelabel_texts(texts, lang)) == vetoed

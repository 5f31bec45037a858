"""The resolver's gates (nlp/entities/entity_gates.py) only skip generators that would propose nothing:
each gate is its generator's own first test, and the pre-labels are the same with and without."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.nlp.analysis import Analysis
from annotator.nlp.api import prelabel_texts
from annotator.nlp.entities import ruler as entities
from annotator.nlp.entities.entity_gates import GATES, rule_gates
from annotator.nlp.entities.entity_state import EntityState
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

"""The resolver's per-word plan (ruler.GatePlan): at each word only the rules whose gate admits it
are asked, rules without a gate everywhere, in priority order, and each word's rules are worked out
once per set of gates, not per word."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis
from annotator.nlp.entities import ruler
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.ruler import GatePlan, Rule, resolve_at
from annotator.nlp.rules import tokens_of

TEXT = "Warga Tarnby bertemu Ketua Marlo Vessen di Orvik"


def _state() -> EntityState:
    analysis = Analysis(TEXT, "id")
    return EntityState(analysis, tokens_of(analysis))


def _asking(name: str, asked: list[tuple[str, int]]):
    def generate(_state: EntityState, index: int) -> int | None:
        asked.append((name, index))
        return None

    return generate


def test_a_word_is_asked_only_by_the_rules_whose_gate_admits_it(monkeypatch) -> None:
    asked: list[tuple[str, int]] = []
    high, middle, low = _asking("high", asked), _asking("middle", asked), _asking("low", asked)
    groups = ((Rule("high", 90, high),), (Rule("middle", 50, middle),), (Rule("low", 10, low),))
    monkeypatch.setattr(ruler, "rule_gates", lambda _state: {high: {1, 3}, middle: {3}})
    state = _state()
    for index in (0, 1, 3):
        assert resolve_at(state, index, groups) == index + 1
    assert asked == [("low", 0), ("high", 1), ("low", 1), ("high", 3), ("middle", 3), ("low", 3)]


def test_masks_carry_every_gate_of_a_word_and_plans_are_kept() -> None:
    first, second, free = (lambda _s, _i: None), (lambda _s, _i: None), (lambda _s, _i: None)
    groups = ((Rule("first", 50, first), Rule("second", 50, second)), (Rule("free", 10, free),))
    plan = GatePlan(groups, (first, second))
    masks = plan.masks({first: {2, 4}, second: (4, 7)})
    assert masks == {2: 1, 4: 3, 7: 2}
    assert [[rule.name for rule in group] for group in plan.rules_for(masks[4])] == [["first", "second"], ["free"]]
    assert [[rule.name for rule in group] for group in plan.rules_for(masks[7])] == [["second"], ["free"]]
    assert [[rule.name for rule in group] for group in plan.rules_for(0)] == [["free"]]
    assert plan.rules_for(masks[4]) is plan.rules_for(3)  # made once per mask

"""The entity resolver: candidate generators propose, the highest priority wins, within one
priority the longest name, and nothing a losing candidate proposed reaches the result."""

from __future__ import annotations

from itertools import groupby

from annotator.nlp.analysis import Analysis
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.ruler import RULES, Rule, resolve_at
from annotator.nlp.rules import tokens_of

TEXT = "Kepala Bank Sentosa Raya datang"


def _state() -> EntityState:
    analysis = Analysis(TEXT, "id")
    return EntityState(analysis, tokens_of(analysis))


def _tagging(label: str, words: int, extra_block: bool = False):
    def generate(state: EntityState, index: int) -> int | None:
        state.add(index, index + words - 1, label)
        if extra_block:
            state.block(index + words, index + words)
        return index + words

    return generate


def _groups(*rules: Rule) -> tuple[tuple[Rule, ...], ...]:
    ordered = sorted(rules, key=lambda rule: -rule.priority)
    return tuple(tuple(group) for _priority, group in groupby(ordered, key=lambda rule: rule.priority))


def test_the_highest_priority_wins_and_losers_leave_nothing() -> None:
    state = _state()
    groups = _groups(
        Rule("low", 10, _tagging("PERSON", 3)),
        Rule("high", 50, _tagging("ORG", 2, extra_block=True)),
        Rule("never", 90, lambda _state, _index: None),
    )
    assert resolve_at(state, 1, groups) == 3
    assert [(m.label, TEXT[m.start : m.end], m.rule) for m in state.found] == [("ORG", "Bank Sentosa", "high")]
    assert state.taken == [False, True, True, True, False]  # its words and the word it held


def test_within_one_priority_the_longest_name_wins_first_listed_on_a_tie() -> None:
    state = _state()
    groups = _groups(Rule("short", 50, _tagging("ORG", 1)), Rule("long", 50, _tagging("GPE", 3)))
    resolve_at(state, 1, groups)
    assert [(m.label, m.rule) for m in state.found] == [("GPE", "long")]
    tie = _state()
    resolve_at(tie, 1, _groups(Rule("first", 50, _tagging("ORG", 2)), Rule("second", 50, _tagging("GPE", 2))))
    assert [m.rule for m in tie.found] == ["first"]


def test_nothing_proposed_moves_on_one_word() -> None:
    state = _state()
    assert resolve_at(state, 0, _groups(Rule("never", 10, lambda _state, _index: None))) == 1
    assert state.found == [] and not any(state.taken)


def test_the_rule_table_is_ordered_and_named_uniquely() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert [rule.priority for rule in RULES] == sorted((rule.priority for rule in RULES), reverse=True)

"""The link target chosen among stacked spans by the relation's scheme rule (no widget)."""

from __future__ import annotations

from annotator.gui.linking import choose_link_target
from annotator.model.records import Span
from annotator.model.scheme import default_scheme

SCHEME = default_scheme()
QUOTE = Span(id="q", start=0, end=10, label="QUOTE")
SPEAKER = Span(id="s", start=20, end=34, label="SPEAKER")
PERSON = Span(id="p", start=20, end=34, label="PERSON")
CUE = Span(id="c", start=15, end=19, label="CUE")


def test_a_speaker_link_prefers_the_speaker_span_over_the_person_under_it() -> None:
    rule = SCHEME.relation_label("SPEAKER")
    for clicked in ([PERSON, SPEAKER], [SPEAKER, PERSON]):
        choice = choose_link_target(rule, QUOTE, clicked)
        assert choice.chosen is SPEAKER and choice.ask == []


def test_a_coref_link_takes_the_only_span_that_fits() -> None:
    rule = SCHEME.relation_label("COREF")  # SPEAKER -> PERSON, not SPEAKER -> SPEAKER
    choice = choose_link_target(rule, Span(id="d", start=40, end=43, label="SPEAKER"), [SPEAKER, PERSON])
    assert choice.chosen is PERSON


def test_two_spans_that_fit_equally_are_asked_about() -> None:
    rule = SCHEME.relation_label("SPEAKER")
    org = Span(id="o", start=20, end=40, label="ORG")
    gpe = Span(id="g", start=36, end=40, label="GPE")
    choice = choose_link_target(rule, QUOTE, [gpe, org])
    assert choice.chosen is None
    assert [span.id for span in choice.ask] == ["o", "g"]  # in the order the rule lists its children
    two_speakers = [SPEAKER, Span(id="s2", start=20, end=40, label="SPEAKER"), PERSON]
    assert [span.id for span in choose_link_target(rule, QUOTE, two_speakers).ask] == ["s", "s2"]


def test_nothing_fits() -> None:
    rule = SCHEME.relation_label("CUE")
    assert choose_link_target(rule, QUOTE, [SPEAKER, PERSON, QUOTE]).chosen is None
    assert choose_link_target(rule, QUOTE, [SPEAKER, PERSON, QUOTE]).ask == []
    assert choose_link_target(rule, QUOTE, [CUE, SPEAKER]).chosen is CUE

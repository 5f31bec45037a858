"""The document view's rules that need no widget: span styles, lanes, look-ups, snapping, edge steps."""

from __future__ import annotations

import re

import pytest

from annotator.gui.document_view.model import SpanIndex, SpanStyle, ViewSpan, span_style
from annotator.gui.document_view.snapping import TokenBoundaries, step_edge
from annotator.model.scheme import default_scheme

TEXT = "“Kami siap,” ujarnya di Medan.\nMenurut mantan rektor UGM tersebut, harga turun."


def tokens_of(text: str) -> TokenBoundaries:
    matches = list(re.finditer(r"\w+|[^\w\s]", text))
    return TokenBoundaries([m.start() for m in matches], [m.end() for m in matches])


def span(span_id: str, text: str, label: str, occurrence: int = 0) -> ViewSpan:
    position = -1
    for _ in range(occurrence + 1):
        position = TEXT.index(text, position + 1)
    return ViewSpan(span_id, position, position + len(text), label, False)


def paragraph_starts(text: str) -> list[int]:
    starts, position = [], 0
    for piece in text.split("\n"):
        starts.append(position)
        position += len(piece) + 1
    return starts


def test_styles_follow_the_scheme_groups_and_relations() -> None:
    scheme = default_scheme()
    assert span_style(scheme, "QUOTE") is SpanStyle.BACKGROUND
    assert span_style(scheme, "CUE") is SpanStyle.BAR
    assert span_style(scheme, "SPEAKER") is SpanStyle.BAR
    assert span_style(scheme, "PERSON") is SpanStyle.BAR
    assert span_style(scheme, "FURNITURE") is SpanStyle.FURNITURE
    assert span_style(scheme, "UNKNOWN") is SpanStyle.BAR


def test_cue_and_speaker_on_one_token_get_two_lanes_and_nested_spans_sit_nearer_the_text() -> None:
    spans = [
        span("cue", "ujarnya", "CUE"),
        span("speaker", "ujarnya", "SPEAKER"),
        span("role", "mantan rektor UGM tersebut", "SPEAKER"),
        span("org", "UGM", "ORG"),
        span("quote", "Kami siap,", "QUOTE"),
        span("gpe", "Medan", "GPE"),
    ]
    index = SpanIndex(spans, default_scheme(), paragraph_starts(TEXT))
    lanes = {item.span.id: item.lane for item in index.items if item.style is SpanStyle.BAR}
    assert {lanes["cue"], lanes["speaker"]} == {0, 1}
    assert lanes["org"] == 0 and lanes["role"] == 1
    assert lanes["gpe"] == 0
    assert index.lanes_in_paragraph(0) == 2
    assert index.lanes_in_paragraph(1) == 2
    assert [item.span.id for item in index.buckets[1]] == ["role", "org"]


def test_span_at_gives_the_innermost_span() -> None:
    spans = [
        span("role", "mantan rektor UGM tersebut", "SPEAKER"),
        span("org", "UGM", "ORG"),
        span("quote", "Kami siap,", "QUOTE"),
    ]
    index = SpanIndex(spans, default_scheme(), paragraph_starts(TEXT))
    assert index.span_at(TEXT.index("UGM") + 1) == "org"
    assert index.span_at(TEXT.index("rektor")) == "role"
    assert index.span_at(TEXT.index("siap")) == "quote"
    assert index.span_at(TEXT.index("harga")) is None


def test_a_span_across_a_paragraph_break_is_in_both_buckets() -> None:
    crossing = ViewSpan("x", TEXT.index("Medan"), TEXT.index("rektor"), "QUOTE", False)
    index = SpanIndex([crossing], default_scheme(), paragraph_starts(TEXT))
    assert [len(bucket) for bucket in index.buckets] == [1, 1]


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (("Kami siap", 1, 3), ("Kami", 0, 4)),  # "am" inside "Kami": whole token
        (("siap,", 2, 5), ("siap,", 0, 5)),  # "ap," snaps down to "siap" and keeps ","
        (("di Medan", -1, 4), ("di Medan", 0, 8)),  # leading space dropped, "M" completed to "Medan"
    ],
)
def test_snapping_expands_to_whole_tokens(selection: tuple[str, int, int], expected: tuple[str, int, int]) -> None:
    tokens = tokens_of(TEXT)
    anchor = TEXT.index(selection[0])
    snapped = tokens.snap(anchor + selection[1], anchor + selection[2])
    base = TEXT.index(expected[0])
    assert snapped == (base + expected[1], base + expected[2])


def test_snapping_whitespace_only_or_empty_selection_gives_nothing() -> None:
    tokens = tokens_of(TEXT)
    space = TEXT.index(" di")
    assert tokens.snap(space, space + 1) is None
    assert tokens.snap(5, 5) is None


def test_token_steps_move_one_edge_and_never_empty_the_span() -> None:
    tokens = tokens_of(TEXT)
    start, end = TEXT.index("rektor"), TEXT.index("rektor") + len("rektor UGM")
    assert step_edge(tokens, start, end, "start", -1, len(TEXT)) == (TEXT.index("mantan"), end)
    assert step_edge(tokens, start, end, "start", 1, len(TEXT)) == (TEXT.index("UGM"), end)
    assert step_edge(tokens, start, end, "end", 1, len(TEXT)) == (start, TEXT.index(" tersebut") + len(" tersebut"))
    assert step_edge(tokens, start, end, "end", -1, len(TEXT)) == (start, start + len("rektor"))
    one = (TEXT.index("UGM"), TEXT.index("UGM") + 3)
    assert step_edge(tokens, *one, "start", 1, len(TEXT)) == one
    assert step_edge(tokens, *one, "end", -1, len(TEXT)) == one
    assert step_edge(None, *one, "end", -1, len(TEXT)) == (one[0], one[1] - 1)
    assert step_edge(None, 0, len(TEXT), "end", 1, len(TEXT)) == (0, len(TEXT))

"""Deriving the span index from the previous one (a relabel, an accept, attributes, pending) gives
exactly what building it afresh gives; anything that moves a span is built afresh."""

from __future__ import annotations

import random
from dataclasses import replace

from annotator.gui.document_view.model import SpanIndex, ViewSpan
from annotator.model.scheme import default_scheme
from tests.gui.view_sample import long_document

BARS = ["PERSON", "ORG", "GPE", "DATE", "CUE", "SPEAKER"]


def paragraph_starts(text: str) -> list[int]:
    starts, position = [0], text.find("\n\n")
    while position != -1:
        starts.append(position + 2)
        position = text.find("\n\n", position + 2)
    return starts


def shape(index: SpanIndex) -> tuple[object, ...]:
    return (
        [(item.span, item.style, item.lane, item.depth) for item in index.items],
        sorted(index.by_id),
        [[item.span.id for item in bucket] for bucket in index.buckets],
        index.lanes(),
        index.pending(),
    )


def test_a_derived_index_is_the_index_built_afresh() -> None:
    text, spans, _ = long_document(3000, 400)
    scheme, starts = default_scheme(), paragraph_starts(text)
    rng = random.Random(3)
    # Stack some spans so that lanes and buckets are not trivial.
    spans = [*spans, *(replace(span, id=f"{span.id}-stacked", label="DATE") for span in spans[::7])]
    index = SpanIndex(spans, scheme, starts)
    for _ in range(30):
        changed = list(spans)
        for position in rng.sample(range(len(changed)), 5):
            span = changed[position]
            if span.label in BARS:
                span = replace(span, label=rng.choice(BARS))
            attrs = {"n": str(rng.random())}
            changed[position] = replace(span, suggested=not span.suggested, attrs=attrs, pending=rng.random() < 0.5)
        derived = index.with_spans(changed, scheme)
        assert derived is not None
        assert shape(derived) == shape(SpanIndex(changed, scheme, starts))
        index, spans = derived, changed


def test_spans_that_move_appear_or_change_style_need_a_fresh_index() -> None:
    text, spans, _ = long_document(1000, 100)
    scheme = default_scheme()
    index = SpanIndex(spans, scheme, paragraph_starts(text))
    first = spans[0]
    assert index.with_spans(spans[1:], scheme) is None
    assert index.with_spans([*spans, ViewSpan("new", first.start, first.end, "ORG", False)], scheme) is None
    assert index.with_spans([replace(first, end=first.end - 1), *spans[1:]], scheme) is None
    assert index.with_spans([replace(first, label="QUOTE"), *spans[1:]], scheme) is None  # a tint, not a bar
    relabelled = replace(first, label="PERSON" if first.label != "PERSON" else "ORG")
    assert index.with_spans([relabelled, *spans[1:]], scheme) is not None

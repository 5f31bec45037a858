"""The pre-labeller's working result: mentions (labelled character ranges) and links between them.

Components add to one :class:`Analysis` per document; :func:`to_record_parts` turns it into the
schema's ``Span``/``Relation`` objects with ids ``s1..``/``r1..`` in text order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.model.records import Relation, Span
from annotator.text.tokens import cluster_safe, has_marks

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE")
#: Every span label the pre-labeller can suggest.
SUGGESTED_LABELS = (*ENTITY_LABELS, "QUOTE", "CUE", "SPEAKER", "FURNITURE")


@dataclass(eq=False)
class Mention:
    start: int
    end: int
    label: str
    source: str = "rule"
    score: float | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    #: The rule that suggested it (shown in the window; written as ``attrs["rule"]`` in records).
    rule: str | None = None


@dataclass(eq=False)
class Link:
    head: Mention
    child: Mention
    label: str
    source: str = "rule"
    score: float | None = None


@dataclass
class Analysis:
    """Everything found in one text; offsets are code points, end exclusive."""

    text: str
    lang: str
    furniture: list[Mention] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    quotes: list[Mention] = field(default_factory=list)
    cues: list[Mention] = field(default_factory=list)
    speakers: list[Mention] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    # Furniture line ranges (start, end) that quote detection skips.
    skip_ranges: list[tuple[int, int]] = field(default_factory=list)
    #: The spaCy ``Doc`` whose tokens the rules use (None: one is made from ``text`` on demand).
    doc: Any = field(default=None, repr=False, compare=False)

    def mentions(self) -> list[Mention]:
        return [*self.furniture, *self.entities, *self.quotes, *self.cues, *self.speakers]

    def entities_of(self, label: str) -> list[Mention]:
        return [mention for mention in self.entities if mention.label == label]

    def entity_at(self, start: int, end: int) -> Mention | None:
        return next((m for m in self.entities if m.start == start and m.end == end), None)


def align_to_tokens(analysis: Analysis) -> None:
    """Every mention starts and ends on a token edge of the project's tokenizer, the edges the
    window's selection snaps to: no white space at its edges, no letter cut from its combining
    mark, no word cut in two (a rule's regular expression may end inside one)."""
    text = analysis.text
    marks = has_marks(text)
    tokens = getattr(analysis, "_tokens", None)  # the rules' TokenIndex (rules.tokens_of)
    for mention in analysis.mentions():
        start, end = mention.start, mention.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if marks:
            start, end = cluster_safe(text, start, end)
        if tokens is not None:
            start, end = tokens.snap_out(start, end)
        mention.start, mention.end = start, end


def to_record_parts(analysis: Analysis) -> tuple[list[Span], list[Relation]]:
    """Spans sorted by (start, end, label) with ids s1.., relations r1.. in the order of their quotes."""
    text = analysis.text
    align_to_tokens(analysis)
    mentions = sorted(analysis.mentions(), key=lambda m: (m.start, -m.end, m.label))
    ids: dict[int, str] = {}
    spans: list[Span] = []
    for number, mention in enumerate(mentions, start=1):
        ids[id(mention)] = f"s{number}"
        spans.append(
            Span(
                id=f"s{number}",
                start=mention.start,
                end=mention.end,
                label=mention.label,
                text=text[mention.start : mention.end],
                source=mention.source,  # type: ignore[arg-type]
                score=mention.score,
                attrs={**mention.attrs, "rule": mention.rule} if mention.rule else dict(mention.attrs),
            )
        )
    relations: list[Relation] = []
    for link in analysis.links:
        head, child = ids.get(id(link.head)), ids.get(id(link.child))
        if head is None or child is None or head == child:
            continue
        relations.append(
            Relation(
                id=f"r{len(relations) + 1}",
                head=head,
                child=child,
                label=link.label,
                source=link.source,  # type: ignore[arg-type]
                score=link.score,
            )
        )
    return spans, relations

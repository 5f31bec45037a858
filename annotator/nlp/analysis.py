"""The pre-labeller's working result: mentions (labelled character ranges) and links between them.

Components add to one :class:`Analysis` per document; :func:`to_record_parts` turns it into the
schema's ``Span``/``Relation`` objects with ids ``s1..``/``r1..`` in text order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter

from annotator.model.records import Relation, Span
from annotator.nlp.text.tokenizer import PLAIN_TEXT
from annotator.nlp.trusted_records import trusted_parts
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

    def speaker_at(self, start: int, end: int, kind: str, rule: str) -> Mention:
        """The SPEAKER mention at these offsets, shared with any quote that already uses it, else a
        new one (of ``kind``, made by ``rule``) that the caller adds when it links it."""
        for speaker in self.speakers:
            if (speaker.start, speaker.end) == (start, end):
                return speaker
        return Mention(start, end, "SPEAKER", attrs={"kind": kind}, rule=rule)


def align_to_tokens(analysis: Analysis) -> None:
    """Every mention starts and ends on a token edge of the project's tokenizer, the edges the
    window's selection snaps to: no white space at its edges, no letter cut from its combining
    mark, no word cut in two (a rule's regular expression may end inside one)."""
    text = analysis.text
    doc = analysis.doc  # a plain text (our tokenizer's fast path) holds no combining mark: not searched
    marks = not (doc is not None and doc.user_data.get(PLAIN_TEXT)) and has_marks(text)
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


#: A span as plain data: (start, end, label, source, score, attrs); a relation: (head index,
#: child index, label, source, score), indices into the spans. Cheap to pickle from worker processes.
PlainSpan = tuple[int, int, str, str, "float | None", dict[str, Any]]
PlainRelation = tuple[int, int, str, str, "float | None"]
PlainParts = tuple[list[PlainSpan], list[PlainRelation]]


def plain_parts(analysis: Analysis) -> PlainParts:
    """Spans sorted by (start, end, label) and relations in the order of their quotes, as tuples."""
    align_to_tokens(analysis)
    mentions = sorted(analysis.mentions(), key=lambda m: (m.start, -m.end, m.label))
    index: dict[int, int] = {id(mention): number for number, mention in enumerate(mentions)}
    spans: list[PlainSpan] = [
        (m.start, m.end, m.label, m.source, m.score, {**m.attrs, "rule": m.rule} if m.rule else dict(m.attrs))
        for m in mentions
    ]
    relations: list[PlainRelation] = []
    for link in analysis.links:
        head, child = index.get(id(link.head)), index.get(id(link.child))
        if head is None or child is None or head == child:
            continue
        relations.append((head, child, link.label, link.source, link.score))
    return spans, relations


#: Lists of records validated in one call: half the time of one ``Span(...)`` call per span.
_SPAN_LIST = TypeAdapter(list[Span])
_RELATION_LIST = TypeAdapter(list[Relation])


def record_parts(text: str, parts: PlainParts) -> tuple[list[Span], list[Relation]]:
    """The schema's spans (ids s1..) and relations (r1..) of plain parts."""
    plain_spans, plain_relations = parts
    trusted = trusted_parts(text, plain_spans, plain_relations)
    if trusted is not None:
        return trusted  # the same records, made without validation (nlp/trusted_records.py)
    spans = _SPAN_LIST.validate_python(
        [
            {
                "id": f"s{n}",
                "start": start,
                "end": end,
                "label": label,
                "text": text[start:end],
                "source": source,
                "score": score,
                "attrs": attrs,
            }
            for n, (start, end, label, source, score, attrs) in enumerate(plain_spans, start=1)
        ]
    )
    relations = _RELATION_LIST.validate_python(
        [
            {"id": f"r{n}", "head": f"s{head + 1}", "child": f"s{child + 1}", "label": label, "source": source, "score": score}
            for n, (head, child, label, source, score) in enumerate(plain_relations, start=1)
        ]
    )
    return spans, relations


def to_record_parts(analysis: Analysis) -> tuple[list[Span], list[Relation]]:
    """Spans sorted by (start, end, label) with ids s1.., relations r1.. in the order of their quotes."""
    return record_parts(analysis.text, plain_parts(analysis))

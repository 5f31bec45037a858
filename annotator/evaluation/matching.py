"""How spans are compared: edge-trimmed offsets for quotes, cues and speakers; COREF chains for speakers."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from annotator.model import Record, Span

QUOTE_LABEL = "QUOTE"
CUE_LABEL = "CUE"
SPEAKER_LABEL = "SPEAKER"
NAME_LABELS = ("PERSON", "ORG")


def is_edge_noise(char: str) -> bool:
    """White space, punctuation and quotation marks, which quote matching ignores at the edges."""
    return char.isspace() or unicodedata.category(char).startswith("P") or char in "`´"


def core_offsets(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past edge noise; an all-noise span keeps its own offsets."""
    core_start, core_end = start, end
    while core_start < core_end and is_edge_noise(text[core_start]):
        core_start += 1
    while core_end > core_start and is_edge_noise(text[core_end - 1]):
        core_end -= 1
    return (core_start, core_end) if core_start < core_end else (start, end)


def is_indirect(span: Span) -> bool:
    return span.attrs.get("type") == "indirect"


@dataclass
class QuoteView:
    """A quote with what it is linked to, read off one record."""

    span: Span
    core: tuple[int, int]
    cues: list[tuple[int, int]]
    speakers: list[Span]


class RecordView:
    """Indexes one record's spans and relations for quote, cue and speaker look-ups."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self.by_id = {span.id: span for span in record.spans if span.id is not None}
        self.children: dict[tuple[str, str], list[Span]] = {}
        for relation in record.relations:
            child = self.by_id.get(relation.child)
            if child is not None and relation.head in self.by_id:
                self.children.setdefault((relation.head, relation.label), []).append(child)
        self.names_at: dict[tuple[int, int], Span] = {}
        for span in record.spans:
            if span.label in NAME_LABELS:
                self.names_at.setdefault((span.start, span.end), span)

    def core(self, span: Span) -> tuple[int, int]:
        return core_offsets(self.record.text, span.start, span.end)

    def quotes(self, *, indirect: bool) -> list[QuoteView]:
        views = []
        for span in self.record.spans:
            if span.label != QUOTE_LABEL or is_indirect(span) != indirect:
                continue
            cues = [self.core(cue) for cue in self._linked(span, CUE_LABEL)]
            views.append(QuoteView(span, self.core(span), cues, self._linked(span, SPEAKER_LABEL)))
        return views

    def _linked(self, span: Span, label: str) -> list[Span]:
        return self.children.get((span.id, label), []) if span.id is not None else []

    def resolve(self, mention: Span) -> str:
        """The name a speaker mention stands for, following COREF; a mention with no chain is itself.

        A COREF relation may start at the mention or at a PERSON/ORG span with the same offsets
        (a short name labelled both SPEAKER and PERSON). The chain ends at the last span reached;
        cycles stop where they close.
        """
        current = mention
        seen: set[tuple[int, int]] = set()
        while (current.start, current.end) not in seen:
            seen.add((current.start, current.end))
            target = self._coref_target(current)
            if target is None:
                break
            current = target
        return " ".join(self.record.text[current.start : current.end].split())

    def _coref_target(self, span: Span) -> Span | None:
        heads = [span]
        name = self.names_at.get((span.start, span.end))
        if name is not None and name is not span:
            heads.append(name)
        for head in heads:
            targets = self._linked(head, "COREF")
            if targets:
                named = [target for target in targets if target.label in NAME_LABELS]
                return (named or targets)[0]
        return None

"""IOB2 tags for the token formats that hold flat entities only (CoNLL-2003, Hugging Face).

Entities are the spans whose label is in the scheme's ``entity`` group; where two overlap the
longer (then the earlier) is kept. Everything else is counted as dropped, per reason.
"""

from __future__ import annotations

from typing import Any

from annotator.exporters.base import ExportContext
from annotator.exporters.tokens import TokenIndex, record_lang, span_boundaries, tokenize


def entity_tags(record: dict[str, Any], context: ExportContext) -> tuple[TokenIndex, list[str]]:
    """The record's tokens and one IOB2 tag per token (whitespace tokens included, tagged O)."""
    report = context.report
    index = tokenize(record["text"], record_lang(record, context.lang), span_boundaries(record))
    tags = ["O"] * len(index.tokens)
    chosen: list[tuple[int, int, str]] = []
    for span in sorted(record["spans"], key=lambda item: (-(item["end"] - item["start"]), item["start"])):
        definition = context.scheme.span_label(span["label"])
        if definition is None or definition.group != "entity":
            report.drop(f"{span['label']} spans (entities only)")
            continue
        if any(start < span["end"] and span["start"] < end for start, end, _ in chosen):
            report.drop("entity spans overlapping a longer one")
            continue
        chosen.append((span["start"], span["end"], span["label"]))
        first, last = index.span(span["start"], span["end"]) or (0, -1)
        for position in range(first, last + 1):
            tags[position] = ("B-" if position == first else "I-") + span["label"]
    report.drop("relations", len(record["relations"]))
    return index, tags


def label_list(context: ExportContext) -> list[str]:
    """O, then B- and I- of every entity label of the scheme, in scheme order."""
    labels = ["O"]
    for name in context.scheme.labels_in_group("entity"):
        labels += [f"B-{name}", f"I-{name}"]
    return labels


def spans_from_tags(offsets: list[tuple[int, int]], tags: list[str]) -> list[dict[str, Any]]:
    """Spans from IOB2 tags (an ``I-`` after ``O`` or another label starts an entity, as in IOB1)."""
    spans: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for (start, end), tag in zip(offsets, tags, strict=True):
        prefix, _, label = tag.partition("-")
        if prefix not in ("B", "I") or not label:
            current = None
            continue
        if prefix == "B" or current is None or current["label"] != label:
            current = {"id": f"s{len(spans) + 1}", "start": start, "end": end, "label": label}
            spans.append(current)
        else:
            current["end"] = end
    return spans


def text_from_tokens(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Tokens joined by spaces, sentences by newlines; with each token's offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    position = 0
    for number, sentence in enumerate(sentences):
        if number:
            parts.append("\n")
            position += 1
        for index, token in enumerate(sentence):
            if index:
                parts.append(" ")
                position += 1
            parts.append(token)
            offsets.append((position, position + len(token)))
            position += len(token)
    return "".join(parts), offsets

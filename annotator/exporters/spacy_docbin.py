"""spaCy DocBin (``.spacy``), the training format of ``spacy train``.

- Entity spans go in ``doc.ents``; an entity span that overlaps another (only a scheme without
  the entity overlap rule allows it) goes in ``doc.spans["overlapping"]`` instead.
- Every other span goes in a named ``doc.spans`` group: its label group in the scheme
  (``quotes`` for QUOTE, CUE and SPEAKER, ``furniture``), or ``other`` for unknown labels.
- Every span keeps its id as ``span.id_``; ``doc.user_data["annotator"]`` holds the document id,
  meta, annotator, layer, status, each span's source, score and attributes, and the relations.

Nothing is lost, so a DocBin reads back into the same records (importers/readers/docbin.py).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin, Span

from annotator.exporters.base import ExportContext
from annotator.exporters.tokens import record_lang, span_boundaries, tokenize
from annotator.nlp.text.tokenizer import word_tokenizer

USER_DATA_KEY = "annotator"
GROUP_KEYS = {"quote": "quotes", "furniture": "furniture"}
OVERLAPPING_KEY = "overlapping"
OTHER_KEY = "other"
RECORD_FIELDS = ("id", "meta", "annotator", "layer", "status", "comment", "updated_at")


def spans_key(label: str, context: ExportContext) -> str | None:
    """The doc.spans group of a non-entity label (None: an entity, for doc.ents)."""
    definition = context.scheme.span_label(label)
    if definition is None:
        return OTHER_KEY
    if definition.group == "entity":
        return None
    return GROUP_KEYS.get(definition.group, definition.group)


def record_to_doc(record: dict[str, Any], context: ExportContext) -> Doc:
    text = record["text"]
    lang = record_lang(record, context.lang)
    index = tokenize(text, lang, span_boundaries(record))
    doc = index.doc
    if doc is None:  # a span starts or ends inside a token of the tokenizer: build the split tokens
        words = [text[token.start : token.end] for token in index.tokens]
        doc = Doc(word_tokenizer(lang).vocab, words=words, spaces=[token.space for token in index.tokens])
    entities: list[Span] = []
    groups: dict[str, list[Span]] = defaultdict(list)
    taken_until = -1
    for span in sorted(record["spans"], key=lambda item: (item["start"], -item["end"])):
        first, last = index.span(span["start"], span["end"]) or (None, None)
        assert first is not None and last is not None, "tokens are split at every span edge"
        spacy_span = Span(doc, first, last + 1, label=span["label"], span_id=span["id"] or "")
        key = spans_key(span["label"], context)
        if key is None and span["start"] < taken_until:
            key = OVERLAPPING_KEY
            context.report.drop("overlapping entity spans written to doc.spans['overlapping'] instead of doc.ents")
        if key is None:
            entities.append(spacy_span)
            taken_until = span["end"]
        else:
            groups[key].append(spacy_span)
    doc.ents = entities
    for key, members in groups.items():
        doc.spans[key] = members
    data = {name: record.get(name) for name in RECORD_FIELDS}
    data["spans"] = {
        span["id"]: {"source": span["source"], "score": span["score"], "attrs": span["attrs"]} for span in record["spans"]
    }
    data["relations"] = record["relations"]
    doc.user_data[USER_DATA_KEY] = data
    return doc


class DocBinWriter:
    """One ``.spacy`` file, or with ``shard_size`` a folder of files of that many documents each
    (``spacy train`` reads a folder of them; memory stays flat)."""

    def __init__(self, target: Path, context: ExportContext, part: str | None = None) -> None:
        self.context = context
        self.shard_size = context.shard_size
        if part is not None:
            target = target / (part if self.shard_size else f"{part}.spacy")
        if self.shard_size:
            target.mkdir(exist_ok=True)
        self.target = target
        self.docs = DocBin(store_user_data=True)
        self.in_shard = 0
        self.shards = 0

    def write(self, record: dict[str, Any]) -> None:
        self.docs.add(record_to_doc(record, self.context))
        self.in_shard += 1
        if self.shard_size and self.in_shard >= self.shard_size:
            self._flush()

    def _flush(self) -> None:
        self.shards += 1
        path = self.target / f"{self.shards:06d}.spacy" if self.shard_size else self.target
        path.write_bytes(self.docs.to_bytes())
        self.docs = DocBin(store_user_data=True)
        self.in_shard = 0

    def close(self) -> None:
        if self.in_shard or not self.shard_size:
            self._flush()

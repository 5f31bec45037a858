"""The record: one annotation of one document, as read and written in JSONL (schema version 1).

Offsets are Unicode code points into ``text``, ``end`` exclusive. A span's ``text`` must equal
``text[start:end]``; relations point at span ids of the same record.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from annotator.model import names
from annotator.model.names import HUMAN
from annotator.text.graphemes import first_split, grapheme_ceil, grapheme_floor

RECORD_SCHEMA_VERSION = 1

Source = Literal["human", "rule", "model"]
Layer = Literal["annotation", "prelabel", "gold"]
Status = Literal["todo", "in_progress", "accepted", "rejected", "skipped"]

# The Literal types spell the names for pydantic and the JSON Schemas; tests/core/test_names.py
# checks that they agree with annotator.model.names.
LAYERS: tuple[Layer, ...] = names.LAYER_NAMES
STATUSES: tuple[Status, ...] = names.STATUS_NAMES

#: The annotator name under which imported spans land when the record names none.
IMPORT_ANNOTATOR = names.IMPORT_ANNOTATOR


class Span(BaseModel):
    """A labelled stretch of the document text."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, description="Unique within the record; assigned on import when missing.")
    # strict: "0" or true are no offsets (lax parsing would take them for 0 and 1)
    start: int = Field(ge=0, strict=True, description="First code point, inclusive.")
    end: int = Field(ge=0, strict=True, description="Code point after the last one (exclusive).")
    label: str = Field(min_length=1)
    text: str | None = Field(default=None, description="Must equal the document text[start:end]; filled in when missing.")
    source: Source = HUMAN
    score: float | None = Field(default=None, allow_inf_nan=False)
    attrs: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _start_before_end(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"span end ({self.end}) must be greater than start ({self.start})")
        return self


class Relation(BaseModel):
    """A directed, labelled link from one span (head) to another (child)."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, description="Unique within the record; assigned on import when missing.")
    head: str = Field(min_length=1, description="Span id of the head (e.g. the QUOTE).")
    child: str = Field(min_length=1, description="Span id of the child (e.g. the SPEAKER).")
    label: str = Field(min_length=1)
    source: Source = HUMAN
    score: float | None = Field(default=None, allow_inf_nan=False)
    attrs: dict[str, Any] = Field(default_factory=dict)


class DocumentMeta(BaseModel):
    """Document metadata; the named fields are common, any other key is kept as is."""

    model_config = ConfigDict(extra="allow")

    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    lang: str | None = None


class Record(BaseModel):
    """One line of our JSONL: a document with one annotator's spans and relations in one layer."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, description="Document id; generated on import when missing.")
    text: str
    meta: DocumentMeta = Field(default_factory=DocumentMeta)
    spans: list[Span] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    annotator: str | None = None
    layer: Layer | None = None
    status: Status | None = None
    comment: str | None = None
    updated_at: datetime | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        # Numeric ids are common in other tools' exports; keep them, as text.
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value


class RecordProblem(Exception):
    """A record that is well-formed JSON but breaks the rules of our schema or the project's scheme."""


def check_record_consistency(record: Record, *, fill_text: bool = True) -> None:
    """Check offsets, span texts and relation ends against the record's own text.

    Fills in missing span ``text``. Raises :class:`RecordProblem` naming the first problem.
    """
    length = len(record.text)
    span_ids: set[str] = set()
    for span in record.spans:
        where = f"span {span.id!r}" if span.id else f"span {span.start}-{span.end}"
        if span.end > length:
            raise RecordProblem(f"{where} ({span.label}) ends at {span.end}, beyond the text's {length} characters")
        _check_whole_graphemes(record.text, span, where)
        actual = record.text[span.start : span.end]
        if span.text is None:
            if fill_text:
                span.text = actual
        elif span.text != actual:
            raise RecordProblem(f"{where} ({span.label}) says text {span.text!r} but text[{span.start}:{span.end}] is {actual!r}")
        if span.id is not None:
            if span.id in span_ids:
                raise RecordProblem(f"span id {span.id!r} is used twice")
            span_ids.add(span.id)
    relation_ids: set[str] = set()
    for relation in record.relations:
        for end_name in ("head", "child"):
            target = getattr(relation, end_name)
            if target not in span_ids:
                raise RecordProblem(
                    f"relation {relation.id or relation.label!r} has {end_name} {target!r}, which is no span id of this record"
                )
        if relation.head == relation.child:
            raise RecordProblem(f"relation {relation.id or relation.label!r} links span {relation.head!r} to itself")
        if relation.id is not None:
            if relation.id in relation_ids:
                raise RecordProblem(f"relation id {relation.id!r} is used twice")
            relation_ids.add(relation.id)


def _check_whole_graphemes(text: str, span: Span, where: str) -> None:
    """Refuse a span edge that cuts a letter from its marks, an emoji from its modifiers or joiners, or a flag."""
    split = first_split(text, (span.start, span.end))
    if split is None:
        return
    edge = "starts" if split == span.start else "ends"
    before, after = grapheme_floor(text, split), grapheme_ceil(text, split)
    raise RecordProblem(
        f"{where} ({span.label}) {edge} at {split}, inside the character {text[before:after]!r} ({before}-{after}): "
        "a letter and its accents, an emoji with its modifiers or joiners, or a flag may not be cut"
    )


def assign_missing_ids(record: Record) -> None:
    """Give spans and relations without an id the next free ``sN`` / ``rN``."""
    used = {span.id for span in record.spans if span.id}
    counter = 0
    for span in record.spans:
        if span.id is None:
            counter += 1
            while f"s{counter}" in used:
                counter += 1
            span.id = f"s{counter}"
            used.add(span.id)
    used_rel = {relation.id for relation in record.relations if relation.id}
    counter = 0
    for relation in record.relations:
        if relation.id is None:
            counter += 1
            while f"r{counter}" in used_rel:
                counter += 1
            relation.id = f"r{counter}"
            used_rel.add(relation.id)

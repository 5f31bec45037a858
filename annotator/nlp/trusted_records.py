"""The pre-labeller's records built without pydantic's validation, when a cheap check shows that
validation would accept the data unchanged (a speed-up only: see docs/prelabelling.md).

``record_parts`` validated every span (a Python ``model_validator`` call per span) and relation,
about 3% of pre-labelling. The rules' plain parts are of exactly the validated types almost
always: then the records are made as ``BaseModel.model_construct`` makes them (``__dict__`` and
the fields set), without its per-field Python loop. Any value validation would convert or reject
(an ``int`` score, an empty label, an end before the start) makes :func:`trusted_parts` return
None, and the caller validates as before, which gives the same records or the same error.
"""

from __future__ import annotations

import math
from typing import Any, get_args

from annotator.model.records import Relation, Source, Span

_SOURCES = frozenset(get_args(Source))
_SPAN_FIELDS = frozenset(("id", "start", "end", "label", "text", "source", "score", "attrs"))
#: A relation made from plain parts sets every field but ``attrs`` (validation's fields set).
_RELATION_FIELDS = frozenset(("id", "head", "child", "label", "source", "score"))
_STR = {str}
_set = object.__setattr__  # what pydantic sets a model's slots with


def trusted_parts(
    text: str, spans: list[tuple[Any, ...]], relations: list[tuple[Any, ...]]
) -> tuple[list[Span], list[Relation]] | None:
    """The records validation would make of plain parts (see ``analysis.record_parts``), or None
    when some value is not of exactly the validated type and range. Each record is made as
    ``model_construct`` makes one (the models have no aliases, extras or private attributes)."""
    new, finite = Span.__new__, math.isfinite
    span_records: list[Span] = []
    for n, (start, end, label, source, score, attrs) in enumerate(spans, start=1):
        if not (
            type(start) is int
            and type(end) is int
            and 0 <= start < end
            and type(label) is str
            and label
            and source in _SOURCES
            and (score is None or (type(score) is float and finite(score)))
            and type(attrs) is dict
            and (not attrs or set(map(type, attrs)) == _STR)  # keys of exactly str (in C: no generator)
        ):
            return None
        span = new(Span)
        _set(span, "__dict__", {
            "id": f"s{n}", "start": start, "end": end, "label": label, "text": text[start:end],
            "source": source, "score": score, "attrs": attrs,
        })  # fmt: skip
        _set(span, "__pydantic_fields_set__", set(_SPAN_FIELDS))
        _set(span, "__pydantic_extra__", None)
        _set(span, "__pydantic_private__", None)
        span_records.append(span)
    count = len(spans)
    relation_records: list[Relation] = []
    for n, (head, child, label, source, score) in enumerate(relations, start=1):
        if not (
            type(head) is int
            and type(child) is int
            and 0 <= head < count
            and 0 <= child < count
            and type(label) is str
            and label
            and source in _SOURCES
            and (score is None or (type(score) is float and finite(score)))
        ):
            return None
        relation = new(Relation)
        _set(relation, "__dict__", {
            "id": f"r{n}", "head": f"s{head + 1}", "child": f"s{child + 1}", "label": label,
            "source": source, "score": score, "attrs": {},
        })  # fmt: skip
        _set(relation, "__pydantic_fields_set__", set(_RELATION_FIELDS))
        _set(relation, "__pydantic_extra__", None)
        _set(relation, "__pydantic_private__", None)
        relation_records.append(relation)
    return span_records, relation_records

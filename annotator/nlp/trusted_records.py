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


def _setter(model: type, name: str) -> Any:
    """The ``__set__`` of the descriptor ``object.__setattr__(record, name, value)`` would use
    (found once here, not at each call; the slots of ``BaseModel``): ``setter(record, value)``."""
    for klass in model.__mro__:
        if name in vars(klass):
            return vars(klass)[name].__set__
    raise AttributeError(name)


#: What ``model_construct`` sets on a record, in this order: its fields, the fields set, extras, private attributes.
_SLOTS = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
_SPAN_SET = tuple(_setter(Span, name) for name in _SLOTS)
_RELATION_SET = tuple(_setter(Relation, name) for name in _SLOTS)
#: Record ids (`s1`, `r1`, ...) made once, not formatted for every record.
_IDS: dict[str, list[str]] = {"s": [], "r": []}


def _ids(prefix: str, count: int) -> list[str]:
    """``[prefix + "1", ..., prefix + str(count)]`` (a slice of a list kept and grown as needed;
    a longer list replaces it whole, so a thread never sees one half made)."""
    ids = _IDS[prefix]
    if len(ids) < count:
        ids = _IDS[prefix] = [f"{prefix}{n}" for n in range(1, max(count, 2 * len(ids)) + 1)]
    return ids[:count]


def trusted_parts(
    text: str, spans: list[tuple[Any, ...]], relations: list[tuple[Any, ...]]
) -> tuple[list[Span], list[Relation]] | None:
    """The records validation would make of plain parts (see ``analysis.record_parts``), or None
    when some value is not of exactly the validated type and range. Each record is made as
    ``model_construct`` makes one (the models have no aliases, extras or private attributes)."""
    new, finite = Span.__new__, math.isfinite
    set_dict, set_fields, set_extra, set_private = _SPAN_SET
    span_records: list[Span] = []
    for span_id, (start, end, label, source, score, attrs) in zip(_ids("s", len(spans)), spans, strict=True):
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
        set_dict(span, {
            "id": span_id, "start": start, "end": end, "label": label, "text": text[start:end],
            "source": source, "score": score, "attrs": attrs,
        })  # fmt: skip
        set_fields(span, set(_SPAN_FIELDS))
        set_extra(span, None)
        set_private(span, None)
        span_records.append(span)
    count, span_ids = len(spans), _ids("s", len(spans))
    set_dict, set_fields, set_extra, set_private = _RELATION_SET
    relation_records: list[Relation] = []
    for relation_id, (head, child, label, source, score) in zip(_ids("r", len(relations)), relations, strict=True):
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
        set_dict(relation, {
            "id": relation_id, "head": span_ids[head], "child": span_ids[child], "label": label,
            "source": source, "score": score, "attrs": {},
        })  # fmt: skip
        set_fields(relation, set(_RELATION_FIELDS))
        set_extra(relation, None)
        set_private(relation, None)
        relation_records.append(relation)
    return span_records, relation_records

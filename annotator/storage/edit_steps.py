"""The row-level steps of edits, and their checks against the text and the scheme.

Each step runs inside an edit's transaction (:class:`EditContext`), so several steps (the undo
of a delete: a span and its relations) commit or fail together.
"""

from __future__ import annotations

import math
import re
from typing import Any

from sqlalchemy import Connection, Select, or_, select

from annotator.model.records import RecordProblem, Relation, Span
from annotator.model.scheme import Scheme
from annotator.storage import tables as t
from annotator.storage.editing import EditContext, EditError
from annotator.storage.rows import relation_from_row
from annotator.text.graphemes import first_split, grapheme_ceil, grapheme_floor
from annotator.wording import a_label, quoted


def next_key(keys: list[str], prefix: str) -> str:
    numbers = [int(match.group(1)) for key in keys if (match := re.fullmatch(rf"{prefix}(\d+)", key))]
    return f"{prefix}{max(numbers, default=0) + 1}"


def check_span(scheme: Scheme, text: str, start: int, end: int, label: str, others: list[Any]) -> None:
    """An edit's span: inside the text, a label of the scheme, no clash with the other spans.

    The messages quote the words (as the status bar and the CLI show them), not offsets, except
    where there are no words to quote (outside the text, only white space).
    """
    if not 0 <= start < end <= len(text):
        raise EditError(f"span {start}-{end} is outside the text (0-{len(text)}) or empty")
    words = quoted(text[start:end])
    if text[start:end].isspace():
        raise EditError(f"span {start}-{end} holds only white space")
    if (split := first_split(text, (start, end))) is not None:
        whole = text[grapheme_floor(text, split) : grapheme_ceil(text, split)]
        raise EditError(f"a span {words} would cut the character {whole!r} in two")
    if scheme.span_label(label) is None:
        raise EditError(f"label {label!r} is not in the project's scheme")
    if (other := overlapped(scheme, start, end, label, others)) is not None:
        raise EditError(
            f"{a_label(label)} span {words} would overlap the {other.label} {quoted(text[other.start : other.end])}"
            f" ({', '.join(scheme.exclusive_groups)} spans may not overlap)"
        )
    if any(row.start == start and row.end == end and row.label == label for row in others):
        raise EditError(f"{a_label(label)} span {words} exists already")


def overlapped(scheme: Scheme, start: int, end: int, label: str, others: list[Any]) -> Any | None:
    """The first exclusive span among ``others`` that a new (start, end, label) span would overlap."""
    if not scheme.is_exclusive(label):
        return None
    clashing = [row for row in others if scheme.is_exclusive(row.label) and row.start < end and start < row.end]
    return min(clashing, key=lambda row: (row.start, row.end), default=None)


def check_relations_of(scheme: Scheme, connection: Connection, span_row_id: int, new_label: str) -> None:
    """A relabelled span must still fit every relation it is part of."""
    head = t.spans.alias("head")
    child = t.spans.alias("child")
    rows = connection.execute(
        select(
            t.relations.c.label, t.relations.c.head_id, head.c.label.label("head_label"), child.c.label.label("child_label")
        )
        .join(head, head.c.id == t.relations.c.head_id)
        .join(child, child.c.id == t.relations.c.child_id)
        .where(or_(t.relations.c.head_id == span_row_id, t.relations.c.child_id == span_row_id))
    ).all()
    for rel in rows:
        head_label = new_label if rel.head_id == span_row_id else rel.head_label
        child_label = rel.child_label if rel.head_id == span_row_id else new_label
        try:
            scheme.check_relation(rel.label, head_label, child_label)
        except RecordProblem as problem:
            raise EditError(f"cannot relabel: {problem}") from problem


def span_rows(connection: Connection, annotation_id: int) -> list[Any]:
    """What the checks of an edit need of the other spans (not their attrs: decoding those is the cost)."""
    columns = (t.spans.c.id, t.spans.c.key, t.spans.c.start, t.spans.c.end, t.spans.c.label)
    return connection.execute(select(*columns).where(t.spans.c.annotation_id == annotation_id)).all()


def span_row(connection: Connection, annotation_id: int, key: str) -> Any:
    row = connection.execute(
        select(t.spans).where(t.spans.c.annotation_id == annotation_id, t.spans.c.key == key)
    ).one_or_none()
    if row is None:
        raise EditError(f"no span {key!r} in this annotation")
    return row


def insert_span(
    scheme: Scheme,
    edit: EditContext,
    start: int,
    end: int,
    label: str,
    *,
    source: str,
    score: float | None,
    attrs: dict[str, Any] | None,
    key: str | None,
) -> Span:
    if score is not None and not math.isfinite(score):
        raise EditError(f"a score must be a finite number, not {score}")
    others = span_rows(edit.connection, edit.annotation_id)
    check_span(scheme, edit.text, start, end, label, others)
    if key is None:
        key = next_key([row.key for row in others], "s")
    elif any(row.key == key for row in others):
        raise EditError(f"span id {key!r} is taken")
    edit.connection.execute(
        t.spans.insert().values(
            annotation_id=edit.annotation_id,
            key=key,
            start=start,
            end=end,
            label=label,
            source=source,
            score=score,
            attrs=attrs or {},
        )
    )
    return Span(
        id=key, start=start, end=end, label=label, text=edit.text[start:end], source=source, score=score, attrs=attrs or {}
    )  # type: ignore[arg-type]


def insert_relation(
    scheme: Scheme, edit: EditContext, head: str, child: str, label: str, *, source: str, key: str | None) -> Relation:
    connection = edit.connection
    head_row = span_row(connection, edit.annotation_id, head)
    child_row = span_row(connection, edit.annotation_id, child)
    if head_row.id == child_row.id:
        raise EditError("a relation needs two different spans")
    try:
        scheme.check_relation(label, head_row.label, child_row.label)
    except RecordProblem as problem:
        raise EditError(str(problem)) from problem
    existing = connection.execute(
        select(t.relations.c.key, t.relations.c.head_id, t.relations.c.child_id, t.relations.c.label).where(
            t.relations.c.annotation_id == edit.annotation_id
        )
    ).all()
    if any(rel.head_id == head_row.id and rel.child_id == child_row.id and rel.label == label for rel in existing):
        raise EditError(f"that {label} relation exists already")
    if key is None:
        key = next_key([rel.key for rel in existing], "r")
    elif any(rel.key == key for rel in existing):
        raise EditError(f"relation id {key!r} is taken")
    connection.execute(
        t.relations.insert().values(
            annotation_id=edit.annotation_id,
            key=key,
            head_id=head_row.id,
            child_id=child_row.id,
            label=label,
            source=source,
            attrs={},
        )
    )
    return Relation(id=key, head=head, child=child, label=label, source=source)  # type: ignore[arg-type]


def _relations_with_span_keys() -> Select[Any]:
    """Relation rows joined to the keys of their head and child spans (`head_key`, `child_key`)."""
    head = t.spans.alias("head")
    child = t.spans.alias("child")
    return (
        select(t.relations, head.c.key.label("head_key"), child.c.key.label("child_key"))
        .join(head, head.c.id == t.relations.c.head_id)
        .join(child, child.c.id == t.relations.c.child_id)
    )


def relations_touching(connection: Connection, span_row_id: int) -> list[Relation]:
    rows = connection.execute(
        _relations_with_span_keys()
        .where(or_(t.relations.c.head_id == span_row_id, t.relations.c.child_id == span_row_id))
        .order_by(t.relations.c.id)
    ).all()
    return [relation_from_row(row) for row in rows]


def relation_row(connection: Connection, annotation_id: int, key: str) -> Any:
    """The row of relation ``key`` in the annotation, with the keys of its head and child spans."""
    row = connection.execute(
        _relations_with_span_keys().where(t.relations.c.annotation_id == annotation_id, t.relations.c.key == key)
    ).one_or_none()
    if row is None:
        raise EditError(f"no relation {key!r} in this annotation")
    return row

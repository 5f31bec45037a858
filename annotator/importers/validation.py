"""Checks that make an import behave the same on SQLite and PostgreSQL.

SQLite stores what PostgreSQL refuses (NUL characters, strings longer than a column's size);
every limit here comes from the table definitions, so the two backends refuse the same records
with the same file:line message instead of a database traceback.
"""

from __future__ import annotations

from typing import Any

from annotator.model import jsonio
from annotator.model.records import Record, RecordProblem
from annotator.storage import tables as t

NUL = "\x00"


def column_size(column: Any) -> int:
    length = getattr(column.type, "length", None)
    assert length is not None, f"{column} has no size"
    return int(length)


DOC_ID_SIZE = column_size(t.documents.c.doc_id)
USER_NAME_SIZE = column_size(t.users.c.name)
KEY_SIZE = column_size(t.spans.c.key)
LABEL_SIZE = column_size(t.spans.c.label)


def _check_text(where: str, value: str | None, size: int | None = None) -> None:
    if value is None:
        return
    if NUL in value:
        raise RecordProblem(f"{where} contains a NUL character (U+0000), which the database cannot store")
    if size is not None and len(value) > size:
        raise RecordProblem(f"{where} is {len(value)} characters long, over the limit of {size}")


def check_storable(record: Record) -> None:
    """Refuse what one of the backends could not store; raises :class:`RecordProblem`."""
    _check_text("the id", record.id, DOC_ID_SIZE)
    _check_text("the annotator", record.annotator, USER_NAME_SIZE)
    _check_text("meta.title", record.meta.title)
    _check_text("the comment", record.comment)
    for span in record.spans:
        _check_text(f"span id {span.id!r}", span.id, KEY_SIZE)
        _check_text(f"the label of span {span.id!r}", span.label, LABEL_SIZE)
    for relation in record.relations:
        _check_text(f"relation id {relation.id!r}", relation.id, KEY_SIZE)
        _check_text(f"the label of relation {relation.id!r}", relation.label, LABEL_SIZE)


def _refuse_constant(name: str) -> Any:
    raise RecordProblem(f"{name} is not a number in strict JSON; write null or a finite number")


def check_finite_json(line: str) -> None:
    """Refuse the bare ``NaN`` / ``Infinity`` tokens some JSON writers produce (strict parsers reject them).

    Only lines that contain those words are parsed a second time, so the cost is nil for the rest.
    """
    if "NaN" not in line and "Infinity" not in line:
        return
    try:
        jsonio.loads(line, parse_constant=_refuse_constant)
    except ValueError:
        return  # malformed JSON: the record parser says where

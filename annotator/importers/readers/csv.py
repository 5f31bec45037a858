"""CSV with a header row: a ``text`` column, an optional ``id`` column; other columns go to meta."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from annotator.importers.readers import Incoming
from annotator.importers.readers.decoding import read_text
from annotator.model.records import DocumentMeta, Record


def read_csv(path: Path, label: str, encoding: str | None, max_bytes: int) -> Iterator[Incoming]:
    text, problem = read_text(path, label, encoding)
    if text is None:
        assert problem is not None
        yield problem
        return
    size = path.stat().st_size
    csv.field_size_limit(max(max_bytes, 1 << 20))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fields = reader.fieldnames or []
    except csv.Error as error:
        yield Incoming(where=f"{label}:1", problem=f"unreadable CSV header: {error}", size=size)
        return
    if "text" not in fields:
        yield Incoming(where=f"{label}:1", problem=f"no 'text' column (columns: {', '.join(fields) or 'none'})", size=size)
        return
    rows = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            yield Incoming(where=f"{label}:{line}", problem=f"unreadable CSV: {error}")
            return
        rows += 1
        if None in row:
            yield Incoming(where=f"{label}:{line}", problem="the row has more fields than the header")
            continue
        meta = {key: value for key, value in row.items() if key not in ("text", "id") and value not in (None, "")}
        doc_id = row.get("id") or None
        yield Incoming(
            where=f"{label}:{line}",
            record=Record(id=doc_id, text=row["text"] or "", meta=DocumentMeta(**meta)),
            default_id=f"{label.rsplit('.', 1)[0]}-{rows}",
        )
    yield Incoming(where=label, size=size)

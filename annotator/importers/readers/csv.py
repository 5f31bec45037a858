"""CSV with a header row: a text column (``text`` unless named), an optional ``id`` column and an
optional title column (``title`` unless named) that becomes ``meta.title``; other columns go to
meta. The delimiter (comma, semicolon, tab or bar) is sniffed, so that the semicolon files of
spreadsheet programs read as they are."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.importers.readers import EMPTY_FILE, Incoming
from annotator.importers.readers.decoding import read_text
from annotator.model.records import DocumentMeta, Record

DELIMITERS = ",;\t|"
SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class CsvColumns:
    text: str = "text"
    title: str = "title"
    id: str = "id"


def _header_fields(header_line: str, delimiter: str) -> list[str]:
    return next(csv.reader([header_line], delimiter=delimiter), [])


def sniff_delimiter(text: str, wanted: str) -> str:
    """The delimiter of the file: csv.Sniffer's answer when the header then has the ``wanted``
    column, else the candidate that splits the header so; a comma when nothing fits."""
    header_line = text.split("\n", 1)[0].rstrip("\r")
    try:
        sniffed = csv.Sniffer().sniff(text[:SNIFF_BYTES], delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    if sniffed and wanted in _header_fields(header_line, sniffed):
        return sniffed
    for candidate in DELIMITERS:
        if wanted in _header_fields(header_line, candidate):
            return candidate
    return sniffed or ","


def _delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}.get(delimiter, repr(delimiter))


def read_csv(
    path: Path, label: str, encoding: str | None, max_bytes: int, columns: CsvColumns | None = None
) -> Iterator[Incoming]:
    columns = columns or CsvColumns()
    text, problem = read_text(path, label, encoding)
    if text is None:
        assert problem is not None
        yield problem
        return
    size = path.stat().st_size
    if not text.strip():
        yield Incoming(where=label, skipped=EMPTY_FILE, size=size)
        return
    csv.field_size_limit(max(max_bytes, 1 << 20))
    delimiter = sniff_delimiter(text, columns.text)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        fields = reader.fieldnames or []
    except csv.Error as error:
        yield Incoming(where=f"{label}:1", problem=f"unreadable CSV header: {error}", size=size)
        return
    if columns.text not in fields:
        hint = " (name the text column with --text-column)" if columns.text == "text" else ""
        listed = ", ".join(fields) or "none"
        yield Incoming(
            where=f"{label}:1",
            problem=f"no {columns.text!r} column{hint}; the header has: {listed} ({_delimiter_name(delimiter)}-separated)",
            size=size,
        )
        return
    if columns.title != "title" and columns.title not in fields:
        yield Incoming(where=f"{label}:1", problem=f"no {columns.title!r} column for --title-column", size=size)
        return
    own = {columns.text, columns.id, columns.title}
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
        meta = {key: value for key, value in row.items() if key not in own and value not in (None, "")}
        if "title" in meta:  # a `title` column besides the one named by --title-column
            meta["title_column"] = meta.pop("title")
        title = (row.get(columns.title) or "").strip() or None
        doc_id = row.get(columns.id) or None
        yield Incoming(
            where=f"{label}:{line}",
            record=Record(id=doc_id, text=row[columns.text] or "", meta=DocumentMeta(**meta, title=title)),
            default_id=f"{label.rsplit('.', 1)[0]}-{rows}",
        )
    if rows == 0:
        yield Incoming(where=label, skipped=EMPTY_FILE + " (a header, no rows)", size=size)
        return
    yield Incoming(where=label, size=size)

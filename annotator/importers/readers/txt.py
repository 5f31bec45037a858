"""Plain text: one article per file; the first line is the title when a blank line follows it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotator.importers.readers import Incoming
from annotator.importers.readers.decoding import read_text
from annotator.model.records import DocumentMeta, Record


def split_title(text: str) -> tuple[str | None, str]:
    """The title, if the first line is followed by a blank line, and the text (unchanged)."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    first, separator, rest = normalized.partition("\n")
    if separator and rest.startswith("\n") and first.strip() and len(first) <= 300:
        return first.strip(), text
    return None, text


def read_txt(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    text, problem = read_text(path, label, encoding)
    if text is None:
        assert problem is not None
        yield problem
        return
    size = path.stat().st_size
    title, text = split_title(text)
    yield Incoming(
        where=label,
        record=Record(text=text, meta=DocumentMeta(title=title)),
        default_id=label.rsplit(".", 1)[0],
        size=size,
    )

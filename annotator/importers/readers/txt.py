"""Plain text: one article per file. The first line is the title when a blank line follows it and it
does not end like a sentence; the title goes to ``meta.title`` and out of the text, as with HTML
pages and a CSV title column."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotator.importers.readers import EMPTY_FILE, Incoming
from annotator.importers.readers.decoding import read_text
from annotator.model.records import DocumentMeta, Record


def split_title(text: str) -> tuple[str | None, str]:
    """The title and the text after it (and the blank lines after it), or None and the text unchanged.

    A title is the first line when a blank line follows it, it is at most 300 characters long,
    and it does not end with a full stop or colon (then it is the article's first paragraph).
    """
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    first, separator, rest = normalized.partition("\n")
    title = first.strip()
    if not (separator and rest.startswith("\n") and title and len(title) <= 300) or title.endswith((".", ":")):
        return None, text
    if not rest.strip():
        return None, text  # one line alone is the article, not a title
    return title, rest.lstrip("\n")


def read_txt(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    text, problem = read_text(path, label, encoding)
    if text is None:
        assert problem is not None
        yield problem
        return
    size = path.stat().st_size
    if not text.strip():
        yield Incoming(where=label, skipped=EMPTY_FILE, size=size)
        return
    title, text = split_title(text)
    yield Incoming(
        where=label,
        record=Record(text=text, meta=DocumentMeta(title=title)),
        default_id=label.rsplit(".", 1)[0],
        size=size,
    )

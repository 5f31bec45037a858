"""HTML pages: main text, title, date, author and URL extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotator.importers.readers import Incoming
from annotator.model.records import DocumentMeta, Record


def read_html(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    import trafilatura  # imported on first use: it pulls in lxml and friends

    data = path.read_bytes()
    source: bytes | str = data
    if encoding:
        try:
            source = data.decode(encoding)
        except UnicodeDecodeError as error:
            yield Incoming(where=label, problem=f"byte at {error.start} is not valid {encoding}", size=len(data))
            return
    extracted = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None or not (extracted.text or "").strip():
        yield Incoming(where=label, problem="no article text found in the page", size=len(data))
        return
    meta = DocumentMeta(
        title=extracted.title,
        url=extracted.url,
        published=extracted.date,
        author=extracted.author,
        source=extracted.sitename or extracted.hostname,
    )
    yield Incoming(
        where=label,
        record=Record(text=extracted.text, meta=meta),
        default_id=label.rsplit(".", 1)[0],
        size=len(data),
    )

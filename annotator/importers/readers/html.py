"""HTML pages: main text, title, date, author and URL extracted with trafilatura. The title goes to
``meta.title``; the text is the article body without it, as for .txt files and CSV rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotator.importers.readers import EMPTY_FILE, Incoming
from annotator.model.records import DocumentMeta, Record


def read_html(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    import trafilatura  # imported on first use: it pulls in lxml and friends

    data = path.read_bytes()
    if not data.strip():
        yield Incoming(where=label, skipped=EMPTY_FILE, size=len(data))
        return
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
    text = extracted.text
    first, _, rest = text.partition("\n")
    if extracted.title and rest.strip() and first.strip() == extracted.title.strip():
        text = rest.lstrip("\n")  # the page's own heading: the title is metadata, as for .txt and CSV
    meta = DocumentMeta(
        title=extracted.title,
        url=extracted.url,
        published=extracted.date,
        author=extracted.author,
        source=extracted.sitename or extracted.hostname,
    )
    yield Incoming(
        where=label,
        record=Record(text=text, meta=meta),
        default_id=label.rsplit(".", 1)[0],
        size=len(data),
    )

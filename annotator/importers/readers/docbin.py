"""spaCy DocBin (``.spacy``): entities from ``doc.ents``, every ``doc.spans`` group, and what
our own export keeps in ``doc.user_data["annotator"]`` (ids, meta, sources, relations)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.importers.readers import Incoming
from annotator.importers.readers.building import incoming, plain

USER_DATA_KEY = "annotator"


def read_docbin(path: Path, label: str, _encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    data = path.read_bytes()
    try:
        docs = list(DocBin().from_bytes(data).get_docs(Vocab()))
    except Exception as error:  # msgpack, zlib and spaCy raise many kinds; all mean "not a DocBin"
        yield Incoming(where=label, problem=f"not a spaCy DocBin file ({type(error).__name__})", size=len(data))
        return
    share = len(data) // max(len(docs), 1)
    for number, doc in enumerate(docs, 1):
        yield incoming(doc_to_dict(doc), f"{label}: document {number}", f"{label.rsplit('.', 1)[0]}-{number}", share)


def doc_to_dict(doc: Any) -> dict[str, Any]:
    """A record dict (our schema) from a Doc, whoever wrote it."""
    extra = plain(doc.user_data.get(USER_DATA_KEY)) or {}
    details = extra.get("spans") or {}
    spans: list[dict[str, Any]] = []
    seen: set[tuple[int, int, str, str]] = set()
    for span in [*doc.ents, *(member for key in doc.spans for member in doc.spans[key])]:
        key = (span.start_char, span.end_char, span.label_, span.id_)
        if key in seen:
            continue
        seen.add(key)
        entry: dict[str, Any] = {"start": span.start_char, "end": span.end_char, "label": span.label_}
        if span.id_:
            entry["id"] = span.id_
            entry.update({name: value for name, value in (details.get(span.id_) or {}).items() if value is not None})
        spans.append(entry)
    spans.sort(key=lambda item: (item["start"], item["end"], item.get("id") or ""))
    record: dict[str, Any] = {"text": doc.text, "spans": spans, "relations": extra.get("relations") or []}
    for name in ("id", "meta", "annotator", "layer", "status", "comment", "updated_at"):
        if extra.get(name) is not None:
            record[name] = extra[name]
    return record

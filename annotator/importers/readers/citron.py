"""BBC citron JSON (one document per ``.json`` file): each quote's cue becomes a CUE span, its
contents QUOTE spans linked to the cue (CUE) and to every source (SPEAKER), its coreferences
spans (PERSON unless they carry a ``label``) linked from each source (COREF). Coreference
groups add spans and COREF links between members not linked yet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.importers.readers import Incoming
from annotator.importers.readers.building import incoming
from annotator.importers.readers.decoding import read_text
from annotator.model import jsonio

ROLE_LABELS = {"cue": "CUE", "sources": "SPEAKER", "contents": "QUOTE", "coreferences": "PERSON"}


class CitronProblem(ValueError):
    pass


def read_citron(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    content, problem = read_text(path, label, encoding)
    if content is None:
        assert problem is not None
        yield problem
        return
    size = len(content)
    try:
        document = jsonio.loads(content)
    except ValueError as error:
        yield Incoming(where=label, problem=f"invalid JSON: {error}", size=size)
        return
    try:
        data = from_citron(document)
    except CitronProblem as error:
        yield Incoming(where=label, problem=str(error), size=size)
        return
    parts = path.stem.split("@")
    if len(parts) == 3 and parts[2] in ("annotation", "prelabel", "gold"):
        data |= {"id": parts[0], "annotator": parts[1], "layer": parts[2]}
    else:
        data["id"] = path.stem
    yield incoming(data, label, None, size)


def from_citron(document: Any) -> dict[str, Any]:
    if (
        not isinstance(document, dict)
        or not isinstance(document.get("text"), str)
        or not isinstance(document.get("quotes", []), list)
    ):
        raise CitronProblem("not citron JSON: expected an object with 'text' and a list of 'quotes'")
    spans: dict[tuple[int, int, str], str] = {}
    relations: list[dict[str, Any]] = []
    linked: set[tuple[str, str, str]] = set()

    def span_id(entry: Any, role: str, where: str) -> str:
        if not isinstance(entry, dict) or not isinstance(entry.get("start"), int) or not isinstance(entry.get("end"), int):
            raise CitronProblem(f"{where}: a span needs integer 'start' and 'end'")
        key = (entry["start"], entry["end"], entry.get("label") or ROLE_LABELS[role])
        return spans.setdefault(key, f"s{len(spans) + 1}")

    def link(head: str, child: str, label: str) -> None:
        if (head, child, label) not in linked and head != child:
            linked.add((head, child, label))
            relations.append({"id": f"r{len(relations) + 1}", "head": head, "child": child, "label": label})

    for number, quote in enumerate(document.get("quotes") or [], 1):
        where = f"quote {number}"
        if not isinstance(quote, dict) or quote.get("cue") is None:
            raise CitronProblem(f"{where}: a quote needs a 'cue'")
        cue = span_id(quote["cue"], "cue", where)
        sources = [span_id(item, "sources", where) for item in quote.get("sources") or []]
        coreferences = [span_id(item, "coreferences", where) for item in quote.get("coreferences") or []]
        for item in quote.get("contents") or []:
            content = span_id(item, "contents", where)
            link(content, cue, "CUE")
            for source in sources:
                link(content, source, "SPEAKER")
        for source in sources:
            for coreference in coreferences:
                link(source, coreference, "COREF")
    for number, group in enumerate(document.get("coreference_groups") or [], 1):
        members = [span_id(item, "coreferences", f"coreference group {number}") for item in group or []]
        for member in members[:-1]:
            if not any(head == member and label == "COREF" for head, _, label in linked):
                link(member, members[-1], "COREF")
    data_spans = [{"id": ident, "start": start, "end": end, "label": label} for (start, end, label), ident in spans.items()]
    return {"text": document["text"], "spans": data_spans, "relations": relations}

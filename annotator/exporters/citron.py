"""BBC citron's JSON (its docs/data_format.md): one file per document with ``text``,
``quotes`` and ``coreference_groups``. Each citron quote has a ``cue``, ``sources``,
``contents`` and ``coreferences``, spans of ``start``, ``end`` (characters) and ``text``.

Our QUOTE spans that share a CUE make one citron quote (its contents); the SPEAKER children of
those quotes are its sources; the COREF children of the sources are its coreferences; every
COREF link also joins a coreference group. A span whose label is not the role's usual one
(a PERSON as a source, say) carries an extra ``label`` key, which citron ignores. Quotes
without a cue (citron requires one), entities outside quotes and the rest are counted as dropped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from annotator.exporters.base import ExportContext, safe_name

ROLE_LABELS = {"cue": "CUE", "sources": "SPEAKER", "contents": "QUOTE", "coreferences": "PERSON"}


def _span(span: dict[str, Any], role: str, text: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"start": span["start"], "end": span["end"], "text": text[span["start"] : span["end"]]}
    if span["label"] != ROLE_LABELS[role]:
        entry["label"] = span["label"]
    return entry


def _groups(pairs: list[tuple[str, str]]) -> list[list[str]]:
    """Connected components of COREF links, each in first-seen order."""
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        while parent.setdefault(item, item) != item:
            item = parent[item]
        return item

    for head, child in pairs:
        parent[find(head)] = find(child)
    members: dict[str, list[str]] = defaultdict(list)
    for item in parent:
        members[find(item)].append(item)
    return list(members.values())


def to_citron(record: dict[str, Any], context: ExportContext) -> dict[str, Any]:
    text = record["text"]
    report = context.report
    spans = {span["id"]: span for span in record["spans"]}
    links: dict[tuple[str, str], list[str]] = defaultdict(list)  # (head, label) -> children
    for relation in record["relations"]:
        links[(relation["head"], relation["label"])].append(relation["child"])
    used: set[str] = set()
    by_cue: dict[str, list[str]] = defaultdict(list)
    for span in record["spans"]:
        if span["label"] != "QUOTE":
            continue
        cues = links.get((span["id"], "CUE"), [])
        if not cues:
            report.drop("quotes without a cue (citron needs one)")
            continue
        by_cue[cues[0]].append(span["id"])
    quotes = []
    for number, (cue, contents) in enumerate(by_cue.items(), 1):
        sources = list(dict.fromkeys(child for quote in contents for child in links.get((quote, "SPEAKER"), [])))
        coreferences = list(dict.fromkeys(child for source in sources for child in links.get((source, "COREF"), [])))
        used.update([cue, *contents, *sources, *coreferences])
        quote = {
            "id": f"q{number}",
            "cue": _span(spans[cue], "cue", text),
            "sources": [_span(spans[item], "sources", text) for item in sources],
            "contents": [_span(spans[item], "contents", text) for item in sorted(contents, key=lambda i: spans[i]["start"])],
        }
        if coreferences:
            quote["coreferences"] = [_span(spans[item], "coreferences", text) for item in coreferences]
        quotes.append(quote)
    coref_pairs = [(relation["head"], relation["child"]) for relation in record["relations"] if relation["label"] == "COREF"]
    heads = {head for head, _ in coref_pairs}
    groups = [sorted(group, key=lambda item: item not in heads) for group in _groups(coref_pairs)]  # the name last
    for group in groups:
        used.update(group)
    for span in record["spans"]:
        if span["id"] not in used and span["label"] != "QUOTE":
            report.drop(f"{span['label']} spans outside quotes and coreference")
        if span.get("attrs") and span["id"] in used:
            report.drop("span attributes (citron has none)")
    document: dict[str, Any] = {"text": text, "quotes": quotes}
    if groups:
        document["coreference_groups"] = [
            [
                {"start": spans[i]["start"], "end": spans[i]["end"], "text": text[spans[i]["start"] : spans[i]["end"]]}
                | ({"label": spans[i]["label"]} if spans[i]["label"] != "PERSON" else {})
                for i in group
            ]
            for group in groups
        ]
    return document


class CitronWriter:
    def __init__(self, target: Path, context: ExportContext, part: str | None = None) -> None:
        self.folder = target / part if part else target
        self.folder.mkdir(exist_ok=True)
        self.context = context
        self.names: set[str] = set()

    def write(self, record: dict[str, Any]) -> None:
        base = safe_name(str(record["id"]))
        if record.get("annotator"):
            base += f"@{safe_name(record['annotator'])}@{record.get('layer') or 'annotation'}"
        name, number = base, 2
        while name.lower() in self.names:
            name, number = f"{base}-{number}", number + 1
        self.names.add(name.lower())
        document = to_citron(record, self.context)
        (self.folder / f"{name}.json").write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def close(self) -> None:
        return None

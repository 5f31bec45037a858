"""A small annotated corpus with emoji, combining marks, overlapping spans, a quote across a
line break, attributes and suggestions: what every format test exports and reads back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.exporters import export_corpus
from annotator.importers import import_paths
from annotator.storage import Project
from tests.core.helpers import read_jsonl, write_jsonl

FIRST = (
    "JAKARTA, Kompas.id – “Harga naik 😀 lagi,” kata Budi Santoso. Dia menambahkan bahwa "
    "Nguye\u0302\u0303n tiba di Medan.\n\n“Kami siap,” ujar Kapolda Metro Jaya 👮🏽\u200d♀️ itu."
)
SECOND = "“Paragraf satu.\nParagraf dua,” kata Ani Ürün di Surabaya."


def _span(text: str, ident: str, surface: str, label: str, occurrence: int = 1, **extra: Any) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return {"id": ident, "start": start, "end": start + len(surface), "label": label} | extra


def records() -> list[dict[str, Any]]:
    t = FIRST
    first = {
        "id": "doc-1",
        "text": t,
        "meta": {"title": "Harga naik", "lang": "id"},
        "annotator": "alice",
        "layer": "annotation",
        "status": "accepted",
        "spans": [
            _span(t, "s1", "JAKARTA", "GPE", source="rule", score=0.75),
            _span(t, "s2", "Harga naik 😀 lagi,", "QUOTE"),
            _span(t, "s3", "kata", "CUE"),
            _span(t, "s4", "Budi Santoso", "SPEAKER"),
            _span(t, "s5", "Budi Santoso", "PERSON"),
            _span(t, "s6", "Dia", "SPEAKER"),
            _span(t, "s7", "Nguye\u0302\u0303n", "PERSON"),
            _span(t, "s8", "Medan", "GPE"),
            _span(t, "s9", "Kami siap,", "QUOTE", attrs={"type": "indirect"}),
            _span(t, "s10", "ujar", "CUE"),
            _span(t, "s11", "Kapolda Metro Jaya 👮🏽\u200d♀️", "SPEAKER"),
            _span(t, "s12", "Metro Jaya", "ORG"),
        ],
        "relations": [
            {"id": "r1", "head": "s2", "child": "s3", "label": "CUE"},
            {"id": "r2", "head": "s2", "child": "s4", "label": "SPEAKER"},
            {"id": "r3", "head": "s6", "child": "s5", "label": "COREF"},
            {"id": "r4", "head": "s9", "child": "s10", "label": "CUE"},
            {"id": "r5", "head": "s9", "child": "s11", "label": "SPEAKER"},
            {"id": "r6", "head": "s4", "child": "s5", "label": "COREF"},
        ],
    }
    s = SECOND
    second = {
        "id": "doc-2",
        "text": s,
        "annotator": "alice",
        "layer": "annotation",
        "status": "in_progress",
        "spans": [
            _span(s, "s1", "Paragraf satu.\nParagraf dua,", "QUOTE"),
            _span(s, "s2", "kata", "CUE"),
            _span(s, "s3", "Ani Ürün", "SPEAKER"),
            _span(s, "s4", "Surabaya", "GPE"),
        ],
        "relations": [
            {"id": "r1", "head": "s1", "child": "s2", "label": "CUE"},
            {"id": "r2", "head": "s1", "child": "s3", "label": "SPEAKER"},
        ],
    }
    return [first, second]


def make_project(location: Path | str, folder: Path | None = None) -> Project:
    """The corpus in a new project (a SQLite file, or a PostgreSQL URL with ``folder`` for the input)."""
    project = Project.create(location, lang="id")
    source = (folder or Path(location).parent) / "corpus-in.jsonl"
    import_paths(project, [write_jsonl(source, records())])
    return project


def ours(project: Project, folder: Path) -> list[dict[str, Any]]:
    """The project's annotations as our JSONL records (documents nobody annotated left out)."""
    out = folder / "ours.jsonl"
    export_corpus(project, out, "jsonl", only_annotated=True)
    return read_jsonl(out)


def spans_and_links(record: dict[str, Any]) -> tuple[str, list[tuple[int, int, str]], list[tuple[str, Any, Any]]]:
    """What any faithful format must keep, whatever it does with ids."""
    by_id = {span["id"]: (span["start"], span["end"], span["label"]) for span in record["spans"]}
    spans = sorted(by_id.values())
    links = sorted((relation["label"], by_id[relation["head"]], by_id[relation["child"]]) for relation in record["relations"])
    return record["text"], spans, links

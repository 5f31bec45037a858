"""Projects with several annotators' work, built through the real import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.cli.main import main

TEXT_1 = 'Budi Santoso tiba di Medan. "Kami siap," kata dia.'
TEXT_2 = "Ani pergi ke Solo bersama Kementerian Luar Negeri."


def span(text: str, fragment: str, label: str, key: str, **attrs: Any) -> dict[str, Any]:
    start = text.index(fragment)
    return {"id": key, "start": start, "end": start + len(fragment), "label": label, "attrs": attrs}


def record(doc_id: str, text: str, annotator: str, spans: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"id": doc_id, "text": text, "annotator": annotator, "status": "accepted", "spans": spans, **extra}


def sample_records() -> list[dict[str, Any]]:
    quote = {"relations": [{"head": "q", "child": "c", "label": "CUE"}, {"head": "q", "child": "s", "label": "SPEAKER"}]}
    return [
        record(
            "d1",
            TEXT_1,
            "alice",
            [
                span(TEXT_1, "Budi Santoso", "PERSON", "p"),
                span(TEXT_1, "Medan", "GPE", "g"),
                span(TEXT_1, "Kami siap,", "QUOTE", "q"),
                span(TEXT_1, "kata", "CUE", "c"),
                span(TEXT_1, "dia", "SPEAKER", "s"),
            ],
            **quote,
        ),
        record(
            "d1",
            TEXT_1,
            "bob",
            [
                span(TEXT_1, "Budi", "PERSON", "p"),
                span(TEXT_1, "Medan", "GPE", "g"),
                span(TEXT_1, "Kami siap", "QUOTE", "q"),
                span(TEXT_1, "kata", "CUE", "c"),
                span(TEXT_1, "dia", "SPEAKER", "s"),
            ],
            **quote,
        ),
        record("d2", TEXT_2, "alice", [span(TEXT_2, "Ani", "PERSON", "p"), span(TEXT_2, "Kementerian Luar Negeri", "ORG", "o")]),
        record("d2", TEXT_2, "bob", [span(TEXT_2, "Solo", "GPE", "g")]),
        record("d2", TEXT_2, "carol", [span(TEXT_2, "Ani", "PERSON", "p")], status="in_progress"),
        {
            "id": "d2",
            "text": TEXT_2,
            "annotator": "lead",
            "layer": "gold",
            "status": "accepted",
            "spans": [
                span(TEXT_2, "Ani", "PERSON", "p"),
                span(TEXT_2, "Solo", "GPE", "g"),
                span(TEXT_2, "Kementerian Luar Negeri", "ORG", "o"),
            ],
        },
    ]


def make_project(tmp_path: Path, records: list[dict[str, Any]] | None = None) -> str:
    location = str(tmp_path / "news.annotator")
    assert main(["init", location, "--lang", "id"]) == 0
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records or sample_records()), encoding="utf-8")
    assert main(["import", location, str(source)]) == 0
    return location

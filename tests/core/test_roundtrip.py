"""Import -> export reproduces text, spans and relations exactly, whatever the characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.exporters import export_jsonl
from annotator.importers import ImportFailed, NothingToImport, import_paths
from annotator.storage import Project
from tests.core.helpers import read_jsonl, write_jsonl

HARD_TEXTS = {
    "emoji": "Rina 😀 bertemu Budi 👨‍👩‍👧 di Medan 🇮🇩, “Siap!” ujarnya.",
    "combining": "Cafe\u0301 milik Rene\u0301 di Ha\u0300 No\u0323i.",
    "rtl": "قال محمد “مرحبا” في القاهرة and שלום in Tel Aviv.",
    "astral": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚 by Ana in Jakarta.",
}


def spans_for(text: str, *fragments_and_labels: tuple[str, str]) -> list[dict[str, object]]:
    spans = []
    for number, (fragment, label) in enumerate(fragments_and_labels, start=1):
        start = text.index(fragment)
        spans.append({"id": f"s{number}", "start": start, "end": start + len(fragment), "label": label, "text": fragment})
    return spans


def records() -> list[dict[str, object]]:
    emoji = HARD_TEXTS["emoji"]
    return [
        {
            "id": "emoji",
            "text": emoji,
            "meta": {"title": "Emoji", "lang": "id"},
            "spans": spans_for(
                emoji, ("Rina", "PERSON"), ("Budi", "PERSON"), ("Medan", "GPE"), ("Siap!", "QUOTE"), ("ujarnya", "CUE")
            ),
            "relations": [{"id": "r1", "head": "s4", "child": "s5", "label": "CUE"}],
            "annotator": "alice",
            "layer": "annotation",
            "status": "accepted",
        },
        {
            "id": "combining",
            "text": HARD_TEXTS["combining"],
            "spans": spans_for(HARD_TEXTS["combining"], ("Rene\u0301", "PERSON"), ("Ha\u0300 No\u0323i", "GPE")),
            "annotator": "bob",
            "layer": "gold",
            "status": "accepted",
        },
        {
            "id": "rtl",
            "text": HARD_TEXTS["rtl"],
            "spans": spans_for(
                HARD_TEXTS["rtl"], ("محمد", "PERSON"), ("مرحبا", "QUOTE"), ("القاهرة", "GPE"), ("Tel Aviv", "GPE")
            ),
            "annotator": "alice",
            "layer": "annotation",
            "status": "in_progress",
        },
        {"id": "astral", "text": HARD_TEXTS["astral"], "spans": spans_for(HARD_TEXTS["astral"], ("Ana", "PERSON"))},
    ]


def comparable(record: dict[str, object]) -> tuple[object, ...]:
    spans = [
        (span["id"], span["start"], span["end"], span["label"], span["text"])
        for span in record["spans"]  # type: ignore[attr-defined]
    ]
    relations = [(rel["id"], rel["head"], rel["child"], rel["label"]) for rel in record["relations"]]  # type: ignore[attr-defined]
    return record["id"], record["text"], sorted(spans), sorted(relations), record.get("annotator"), record.get("layer")


def test_round_trip_is_exact(project: Project, tmp_path: Path) -> None:
    source = records()
    import_paths(project, [write_jsonl(tmp_path / "in.jsonl", source)])
    export_jsonl(project, tmp_path / "out.jsonl")
    exported = read_jsonl(tmp_path / "out.jsonl")
    expected = [comparable({**record, "relations": record.get("relations", [])}) for record in source]
    expected[-1] = (*expected[-1][:4], "import", "prelabel")
    assert [comparable(record) for record in exported] == expected
    for record in exported:
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]


def test_export_reimports_into_an_identical_project(project: Project, tmp_path: Path) -> None:
    import_paths(project, [write_jsonl(tmp_path / "in.jsonl", records())])
    export_jsonl(project, tmp_path / "first.jsonl")
    second = Project.create(tmp_path / "second.annotator")
    import_paths(second, [tmp_path / "first.jsonl"])
    export_jsonl(second, tmp_path / "second.jsonl")
    second.close()
    strip = [
        {key: value for key, value in record.items() if key != "updated_at"} for record in read_jsonl(tmp_path / "first.jsonl")
    ]
    again = [
        {key: value for key, value in record.items() if key != "updated_at"} for record in read_jsonl(tmp_path / "second.jsonl")
    ]
    assert strip == again


def test_crlf_files_round_trip_as_normalised_text(project: Project, tmp_path: Path) -> None:
    (tmp_path / "crlf.txt").write_bytes("Judul\r\n\r\nSatu 😀\r\nDua\r\n".encode())
    import_paths(project, [tmp_path / "crlf.txt"])
    export_jsonl(project, tmp_path / "out.jsonl")
    exported = read_jsonl(tmp_path / "out.jsonl")[0]
    assert (exported["text"], exported["meta"]["title"]) == ("Satu 😀\nDua\n", "Judul")


def test_zero_length_documents_are_refused(project: Project, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(NothingToImport, match=r"every file was skipped"):
        import_paths(project, [tmp_path / "empty.txt"])
    write_jsonl(tmp_path / "empty.jsonl", [{"id": "a", "text": "Ada."}, {"id": "b", "text": " \n"}])
    with pytest.raises(ImportFailed, match=r"empty\.jsonl:2: the document is empty"):
        import_paths(project, [tmp_path / "empty.jsonl"])

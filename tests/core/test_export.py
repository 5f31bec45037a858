from __future__ import annotations

from pathlib import Path

import pytest

from annotator.exporters import export_jsonl
from annotator.importers import import_paths
from annotator.model import Record
from annotator.progress import Cancelled
from annotator.storage import AnnotationEditor, Project
from tests.core.helpers import read_jsonl, write_jsonl


@pytest.fixture
def corpus(project: Project, tmp_path: Path) -> Project:
    records = [{"id": f"d{i}", "text": f"Budi pergi ke Medan pada hari ke-{i}."} for i in range(1, 6)]
    records[0] |= {"spans": [{"start": 14, "end": 19, "label": "GPE", "source": "rule"}]}
    import_paths(project, [write_jsonl(tmp_path / "in.jsonl", records)])
    alice = AnnotationEditor(project, "alice")
    bob = AnnotationEditor(project, "bob")
    first, second = project.document_keys()[:2]
    alice.add_span(first, 0, 4, "PERSON")
    alice.set_status(first, "accepted")
    bob.add_span(first, 0, 4, "PERSON")
    bob.set_status(second, "skipped")
    return project


def test_every_document_once_and_every_annotation(corpus: Project, tmp_path: Path) -> None:
    count = export_jsonl(corpus, tmp_path / "out.jsonl")
    lines = read_jsonl(tmp_path / "out.jsonl")
    assert count == len(lines) == 7  # d1: prelabel + alice + bob; d2: bob; d3-d5 unannotated
    assert [(line["id"], line["annotator"], line["layer"], line["status"]) for line in lines] == [
        ("d1", "import", "prelabel", "todo"),
        ("d1", "alice", "annotation", "accepted"),
        ("d1", "bob", "annotation", "in_progress"),
        ("d2", "bob", "annotation", "skipped"),
        ("d3", None, None, "todo"),
        ("d4", None, None, "todo"),
        ("d5", None, None, "todo"),
    ]
    for line in lines:
        Record.model_validate(line)  # every line is a valid record of our schema
    # alice's copy of the pre-label is a suggestion until accepted
    assert [(span["label"], span["source"]) for span in lines[1]["spans"]] == [("PERSON", "human"), ("GPE", "rule")]


def test_filters(corpus: Project, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    export_jsonl(corpus, out, only_annotated=True)
    assert len(read_jsonl(out)) == 4
    export_jsonl(corpus, out, status=["accepted"])
    assert [(line["id"], line["annotator"]) for line in read_jsonl(out)] == [("d1", "alice")]
    export_jsonl(corpus, out, annotator="bob")
    assert [line["id"] for line in read_jsonl(out)] == ["d1", "d2"]
    export_jsonl(corpus, out, layer=["prelabel"])
    assert [line["annotator"] for line in read_jsonl(out)] == ["import"]
    export_jsonl(corpus, out, status="todo")
    assert [line["id"] for line in read_jsonl(out)] == ["d1", "d3", "d4", "d5"]


def test_streams_in_chunks(project: Project, tmp_path: Path) -> None:
    from annotator.storage.reading import CorpusFilter, iter_record_dicts

    import_paths(project, [write_jsonl(tmp_path / "in.jsonl", [{"text": f"Dokumen {i}."} for i in range(25)])])
    streamed = [record["text"] for _, record in iter_record_dicts(project, CorpusFilter(), chunk_size=4)]
    assert streamed == [f"Dokumen {i}." for i in range(25)]


def test_cancelled_export_leaves_no_file(corpus: Project, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous export\n")
    with pytest.raises(Cancelled):
        export_jsonl(corpus, out, cancel=lambda: True)
    assert out.read_text() == "previous export\n"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".part")] == []

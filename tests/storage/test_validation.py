"""One validation for both backends: what PostgreSQL refuses, SQLite refuses too, with file:line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from annotator.exporters import export_jsonl
from annotator.importers import ImportFailed, import_paths
from annotator.storage import AnnotationEditor, EditError, Project
from annotator.storage import tables as t
from tests.core.helpers import write_jsonl

TEXT = "Budi Santoso tiba di Medan."


def _refused(project: Project, path: Path) -> str:
    with pytest.raises(ImportFailed) as failed:
        import_paths(project, [path])
    assert project.document_count() == 0
    return str(failed.value)


def _line(path: Path, line: str) -> Path:
    path.write_text(line + "\n", encoding="utf-8")
    return path


def test_nul_characters_are_removed_from_texts_with_offsets_kept(project: Project, tmp_path: Path) -> None:
    text = "Budi\x00 Santoso\x00 tiba di Medan."
    spans = [{"start": 6, "end": 13, "label": "PERSON"}, {"start": 23, "end": 28, "label": "GPE"}]
    import_paths(project, [write_jsonl(tmp_path / "a.jsonl", [{"id": "d1", "text": text, "spans": spans, "annotator": "a"}])])
    record = AnnotationEditor(project, "a").record(project.document_keys()[0])
    assert record is not None and record.text == "Budi Santoso tiba di Medan."
    assert [span.text for span in record.spans] == ["Santoso", "Medan"]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"text": "\x00\x00 \n\x00"}, "the document is empty"),
        ({"id": "x" * 301, "text": TEXT}, "the id is 301 characters long, over the limit of 300"),
        ({"text": TEXT, "annotator": "a\x00b"}, "the annotator contains a NUL character"),
        ({"text": TEXT, "annotator": "n" * 201}, "over the limit of 200"),
        ({"text": TEXT, "meta": {"title": "T\x00"}}, "meta.title contains a NUL character"),
        ({"text": TEXT, "spans": [{"id": "s" * 101, "start": 0, "end": 4, "label": "PERSON"}]}, "over the limit of 100"),
    ],
)
def test_what_one_backend_cannot_store_is_refused_on_both(
    project: Project, tmp_path: Path, record: dict[str, object], expected: str
) -> None:
    message = _refused(project, write_jsonl(tmp_path / "in.jsonl", [{"text": TEXT}, record]))
    assert "in.jsonl:2: " in message and expected in message


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"text": "Budi tiba.", "spans": [{"start": "0", "end": 4, "label": "PERSON"}]}', "start"),
        ('{"text": "Budi tiba.", "spans": [{"start": 0, "end": true, "label": "PERSON"}]}', "end"),
        ('{"text": "Budi tiba.", "spans": [{"start": 0, "end": 4, "label": "PERSON", "score": NaN}]}', "NaN is not a number"),
        ('{"text": "Budi tiba.", "meta": {"weight": -Infinity}}', "-Infinity is not a number"),
    ],
)
def test_json_types_are_strict(project: Project, tmp_path: Path, line: str, expected: str) -> None:
    message = _refused(project, _line(tmp_path / "strict.jsonl", line))
    assert "strict.jsonl:1: " in message and expected in message


def test_a_file_name_cannot_forge_a_message_line(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _line(folder / "x\ny.jsonl:9: all is fine.jsonl", '{"text": 5}')
    message = _refused(project, folder)
    problems = message.splitlines()[1:]
    assert len(problems) == 1 and "in/x\\ny.jsonl:9: all is fine.jsonl:1: " in problems[0]


def test_an_annotator_name_too_long_for_the_database_is_an_edit_error(project: Project) -> None:
    with pytest.raises(EditError, match="at most 200 characters"):
        AnnotationEditor(project, "x" * 201)


def test_export_writes_no_nan_follows_the_umask_and_clears_stale_parts(project: Project, tmp_path: Path) -> None:
    import_paths(project, [write_jsonl(tmp_path / "a.jsonl", [{"id": "d1", "text": TEXT}])])
    editor = AnnotationEditor(project, "alice")
    doc = project.document_keys()[0]
    with pytest.raises(EditError, match="finite number"):
        editor.add_span(doc, 0, 12, "PERSON", source="model", score=float("nan"))
    editor.add_span(doc, 0, 12, "PERSON", source="model", score=0.5)
    with project.transaction() as connection:  # as an older version might have stored it
        connection.execute(t.spans.update().values(score=float("nan")))
    record = editor.record(doc)
    assert record is not None and record.spans[0].score is None
    out = tmp_path / "out.jsonl"
    dead = tmp_path / ".out.jsonl.999999999.k2j4h5g1.part"  # a killed export's leftover
    legacy = tmp_path / ".out.jsonl.abcd1234.part"  # from before writers named their process
    alive = tmp_path / f".out.jsonl.{os.getpid()}.zzzzzzzz.part"  # an export running now
    other = tmp_path / ".other.jsonl.999999999.aaaaaaaa.part"
    for part in (dead, legacy, alive, other):
        part.write_text("half a corpus")
    previous = os.umask(0o027)
    try:
        export_jsonl(project, out)
    finally:
        os.umask(previous)
    assert (out.stat().st_mode & 0o777) == 0o640
    assert not dead.exists() and not legacy.exists() and alive.exists() and other.exists()

    def refuse(name: str) -> object:
        raise AssertionError(f"bare {name} in the export")

    records = [json.loads(line, parse_constant=refuse) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records[0]["spans"][0]["score"] is None

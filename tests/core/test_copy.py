"""`annotator copy`: a project moves between SQLite and PostgreSQL and comes back the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.storage import AnnotationEditor, Project
from tests.conftest import POSTGRES_URL, _postgres_database
from tests.core.helpers import read_jsonl, write_jsonl

RECORDS = [
    {
        "id": "a",
        "text": "Budi 🙂 datang ke Jakarta pada Senin.",
        "spans": [{"id": "s1", "start": 0, "end": 4, "label": "PERSON"}],
    },
    {"id": "b", "text": "“Kami siap,” kata René di Bandung.", "annotator": "ana", "spans": []},
]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "desk.annotator"
    assert main(["init", str(path), "--lang", "id"]) == 0
    assert main(["import", str(path), str(write_jsonl(tmp_path / "in.jsonl", RECORDS))]) == 0
    with Project.open(path) as project:
        editor = AnnotationEditor(project, "ana")
        doc = project.document_keys()[0]
        editor.start(doc)
        editor.add_span(doc, 18, 25, "GPE")
    return path


def export(location: str, tmp_path: Path, name: str) -> list[dict]:
    out = tmp_path / name
    assert main(["export", location, "-o", str(out)]) == 0
    return read_jsonl(out)


def test_copy_to_a_new_sqlite_file_keeps_everything(source: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copy.annotator"
    assert main(["copy", str(source), str(target)]) == 0
    assert "2 documents" in capsys.readouterr().out
    assert export(str(target), tmp_path, "b.jsonl") == export(str(source), tmp_path, "a.jsonl")
    with Project.open(target) as copied, Project.open(source) as original:
        assert copied.users() == original.users()
        assert copied.settings() == original.settings()
        editor = AnnotationEditor(copied, "ana")  # ids continue after the copied ones
        doc = copied.document_keys()[1]
        editor.start(doc)
        editor.add_span(doc, 26, 33, "GPE")


def test_copy_refuses_an_existing_destination_and_changes_nothing(source: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "taken.annotator"
    target.write_text("mine")
    assert main(["copy", str(source), str(target)]) == 2
    assert "exists already" in capsys.readouterr().err
    assert target.read_text() == "mine"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set ANNOTATOR_TEST_POSTGRES_URL)")
    yield from _postgres_database()


@pytest.mark.postgres
def test_sqlite_to_postgresql_and_back(source: Path, tmp_path: Path, postgres_url: str) -> None:
    assert main(["copy", str(source), postgres_url]) == 0
    back = tmp_path / "back.annotator"
    assert main(["copy", postgres_url, str(back)]) == 0
    original = export(str(source), tmp_path, "a.jsonl")
    assert export(postgres_url, tmp_path, "pg.jsonl") == original
    assert export(str(back), tmp_path, "back.jsonl") == original
    with Project.open(postgres_url) as on_server:  # the sequences moved past the copied ids
        editor = AnnotationEditor(on_server, "ana")
        doc = on_server.document_keys()[1]
        editor.start(doc)
        editor.add_span(doc, 26, 33, "GPE")

"""``annotator copy``: a project moves between SQLite and PostgreSQL with everything in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from annotator.cli.main import main
from annotator.exporters import export_jsonl
from annotator.importers import import_paths
from annotator.storage import AnnotationEditor, Project
from annotator.storage import tables as t
from annotator.storage.statistics import project_statistics
from tests.core.helpers import read_jsonl, write_jsonl

TEXT = "“Kami siap,” kata Budi Santoso di Medan. Ia menambahkan hal lain."


def at(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def _source(folder: Path) -> Path:
    path = folder / "desk.annotator"
    with Project.create(path, lang="id", name="desk") as project:
        records = [{"id": "d1", "text": TEXT}, {"id": "d2", "text": "Berita kedua dari Jakarta.", "meta": {"title": "Dua"}}]
        import_paths(project, [write_jsonl(folder / "in.jsonl", records)])
        doc = project.document_keys()[0]
        alice = AnnotationEditor(project, "alice")
        alice.add_span(doc, *at("Kami siap,"), "QUOTE")
        alice.add_span(doc, *at("kata"), "CUE")
        alice.add_span(doc, *at("Budi Santoso"), "SPEAKER")
        alice.add_relation(doc, "s1", "s3", "SPEAKER")
        alice.add_relation(doc, "s1", "s2", "CUE")
        alice.set_status(doc, "accepted", comment="selesai")
        AnnotationEditor(project, "bob").add_span(doc, *at("Medan"), "GPE")
    return path


def _export(location: str, folder: Path, name: str) -> list[dict[str, object]]:
    with Project.open(location) as project:
        export_jsonl(project, folder / name)
    return read_jsonl(folder / name)


def test_copy_there_and_back_keeps_everything(project_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _source(tmp_path)
    assert main(["copy", str(source), project_location]) == 0
    out = capsys.readouterr().out
    assert all(part in out for part in ("2 users", "2 documents", "2 annotations", "4 spans", "2 relations"))
    before = _export(str(source), tmp_path, "before.jsonl")
    assert _export(project_location, tmp_path, "copied.jsonl") == before
    back = tmp_path / "back.annotator"
    assert main(["copy", project_location, str(back)]) == 0
    assert _export(str(back), tmp_path, "back.jsonl") == before
    with Project.open(project_location) as copied:
        assert copied.name == "desk" and copied.scheme.span_label("QUOTE") is not None
        assert project_statistics(copied).annotations_by_status == {"accepted": 1, "in_progress": 1}
        # new rows get new ids after the copied ones
        import_paths(copied, [write_jsonl(tmp_path / "more.jsonl", [{"id": "d3", "text": "Berita ketiga."}])])
        doc = copied.document_keys()[0]
        editor = AnnotationEditor(copied, "carol")
        assert editor.add_span(doc, *at("Medan"), "GPE").id == "s1"
        record = AnnotationEditor(copied, "alice").record(doc)
        assert record is not None and record.comment == "selesai" and len(record.relations) == 2
        assert copied.document_count() == 3


def test_copy_refuses_an_existing_destination(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _source(tmp_path)
    assert main(["copy", str(source), str(source)]) == 2
    assert "exists already" in capsys.readouterr().err


def test_what_postgresql_cannot_store_stops_the_copy_and_leaves_nothing(
    project_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _source(tmp_path)
    with Project.open(source) as project, project.transaction() as connection:  # as an older version let in
        connection.execute(t.documents.update().where(t.documents.c.doc_id == "d2").values(title="Du\x00a"))
    assert main(["copy", str(source), project_location]) == 2
    err = capsys.readouterr().err
    assert "nothing was copied" in err and "documents 2: title has a NUL character" in err
    if "://" in project_location:
        from annotator.storage.database import make_engine

        engine = make_engine(project_location)
        assert inspect(engine).get_table_names() == []
        engine.dispose()
    else:
        assert not Path(project_location).exists()


def test_locations_in_messages_hide_passwords() -> None:
    from annotator.storage.copying import shown

    assert "s3cret" not in shown("postgresql://ann:s3cret@db.example/news")
    assert shown("postgresql://ann:s3cret@db.example/news").startswith("postgresql://ann:***@db.example")
    assert shown("news.annotator") == "news.annotator"

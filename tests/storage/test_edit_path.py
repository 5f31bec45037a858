"""The one edit path: atomic undo, optimistic locking, plain errors instead of database errors."""

from __future__ import annotations

import sqlite3
import typing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.importers import import_paths
from annotator.model import default_scheme, names
from annotator.model.records import Layer, Source, Status
from annotator.storage import AnnotationEditor, EditConflict, EditError, Project, ProjectError, database
from annotator.storage import annotations as annotations_module
from annotator.storage import tables as t
from tests.core.helpers import write_jsonl

TEXT = "“Kami siap,” kata Budi Santoso di Medan. Ia menambahkan hal lain."


def at(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


@pytest.fixture
def doc(project: Project, tmp_path: Path) -> int:
    import_paths(project, [write_jsonl(tmp_path / "d.jsonl", [{"id": "d1", "text": TEXT}])])
    return project.document_keys()[0]


def _quote_with_relations(editor: AnnotationEditor, doc: int) -> None:
    editor.add_span(doc, *at("Kami siap,"), "QUOTE")
    editor.add_span(doc, *at("kata"), "CUE")
    editor.add_span(doc, *at("Budi Santoso"), "SPEAKER")
    editor.add_relation(doc, "s1", "s3", "SPEAKER")
    editor.add_relation(doc, "s1", "s2", "CUE")


def test_the_names_agree_with_the_record_types() -> None:
    assert typing.get_args(Layer) == names.LAYER_NAMES
    assert typing.get_args(Source) == names.SOURCE_NAMES
    assert typing.get_args(Status) == names.STATUS_NAMES


def test_undo_of_a_delete_is_one_transaction(project: Project, doc: int, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = AnnotationEditor(project, "alice")
    _quote_with_relations(editor, doc)
    span, removed = editor.delete_span(doc, "s1")
    assert sorted(rel.id for rel in removed) == ["r1", "r2"]
    version = editor.seen_version(doc)
    original = annotations_module.insert_relation
    calls = 0

    def fail_on_second(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 2:
            raise EditError("the relation step failed")
        return original(*args, **kwargs)

    monkeypatch.setattr(annotations_module, "insert_relation", fail_on_second)
    with pytest.raises(EditError, match="relation step failed"):
        editor.restore_span(doc, span, removed)
    assert calls == 2  # the span and the first relation were written, then rolled back
    record = editor.record(doc)
    assert record is not None
    assert [s.id for s in record.spans] == ["s2", "s3"] and record.relations == []
    assert editor.seen_version(doc) == version
    monkeypatch.setattr(annotations_module, "insert_relation", original)
    editor.restore_span(doc, span, removed)
    record = editor.record(doc)
    assert record is not None
    assert [s.id for s in record.spans] == ["s1", "s2", "s3"]
    assert sorted((rel.id, rel.head, rel.child, rel.label) for rel in record.relations) == [
        ("r1", "s1", "s3", "SPEAKER"),
        ("r2", "s1", "s2", "CUE"),
    ]


def test_every_edit_bumps_the_version_once_and_logs_one_event(project: Project, doc: int) -> None:
    editor = AnnotationEditor(project, "alice")
    _quote_with_relations(editor, doc)
    editor.set_status(doc, "accepted")
    assert editor.seen_version(doc) == 6
    with project.snapshot() as connection:
        actions = connection.execute(
            select(t.events.c.action, t.events.c.payload).where(t.events.c.user_name == "alice").order_by(t.events.c.id)
        ).all()
        version = connection.execute(select(t.annotations.c.version)).scalar_one()
    assert version == 6
    assert [action for action, _ in actions] == [
        "start", "add_span", "add_span", "add_span", "add_relation", "add_relation", "status"
    ]
    assert [payload["version"] for _, payload in actions[1:]] == [1, 2, 3, 4, 5, 6]


def test_a_second_session_on_the_same_annotation_is_refused_with_what_changed(project: Project, doc: int) -> None:
    desk = AnnotationEditor(project, "alice")
    laptop = AnnotationEditor(project, "alice")
    desk.start(doc)
    laptop.start(doc)
    desk.add_span(doc, *at("Budi Santoso"), "PERSON")
    desk.add_span(doc, *at("Medan"), "GPE")
    with pytest.raises(EditConflict) as refused:
        laptop.add_span(doc, *at("Kami siap,"), "QUOTE")
    message = str(refused.value)
    assert "changed in another session" in message
    assert "add span s1 PERSON" in message and "add span s2 GPE" in message and "version 0 -> 2" in message
    record = laptop.record(doc)  # reloading takes the new version
    assert record is not None and [s.id for s in record.spans] == ["s1", "s2"]
    assert laptop.add_span(doc, *at("Kami siap,"), "QUOTE").id == "s3"
    with pytest.raises(EditConflict):
        desk.delete_span(doc, "s1")
    # an explicit version wins over the remembered one
    with pytest.raises(EditConflict):
        laptop.update_span(doc, "s1", label="ORG", version=1)
    assert laptop.update_span(doc, "s1", label="ORG", version=3)[1].label == "ORG"


def test_another_annotator_is_no_conflict(project: Project, doc: int) -> None:
    alice, bob = AnnotationEditor(project, "alice"), AnnotationEditor(project, "bob")
    alice.start(doc)
    bob.start(doc)
    alice.add_span(doc, *at("Budi Santoso"), "PERSON")
    assert bob.add_span(doc, *at("Budi Santoso"), "PERSON").id == "s1"


def test_a_locked_sqlite_file_is_a_plain_edit_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "news.annotator"
    Project.create(path).close()
    import_paths(Project.open(path), [write_jsonl(tmp_path / "d.jsonl", [{"id": "d1", "text": TEXT}])])
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 50)
    project = Project.open(path)
    editor = AnnotationEditor(project, "alice")
    doc = project.document_keys()[0]
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(EditError, match="busy with another writer"):
            editor.add_span(doc, *at("Medan"), "GPE")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert editor.add_span(doc, *at("Medan"), "GPE").id == "s1"
    project.close()


def test_users_are_created_once(project: Project) -> None:
    with project.transaction() as connection:
        first = project.user_id(connection, "alice")
    with project.transaction() as connection:
        assert project.user_id(connection, "alice") == first
    with project.snapshot() as connection:
        assert connection.execute(select(func.count()).select_from(t.users)).scalar_one() == 1


def test_a_project_of_the_first_schema_is_upgraded_with_its_work(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.annotator"
    engine = database.make_engine(path)
    with engine.begin() as connection:
        command.upgrade(database._alembic_config(connection), "0001")
    engine.dispose()
    old = Project(database.make_engine(path), str(path))  # an engine on the old schema, as version 1 wrote it
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES ('format', '\"annotator-project\"'), ('lang', '\"id\"')"
        )
        connection.exec_driver_sql("INSERT INTO users VALUES (1, 'alice', 'annotator', 1, '2026-11-30 10:00:00')")
        connection.exec_driver_sql(
            "INSERT INTO documents VALUES (1, 'd1', ?, 'h', NULL, '{}', '2026-11-30 10:00:00')", (TEXT,)
        )
        connection.exec_driver_sql(
            "INSERT INTO annotations VALUES (1, 1, 1, 'annotation', 'in_progress', NULL, 0, '2026-11-30 10:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO spans VALUES (1, 1, 's1', ?, ?, 'PERSON', 'human', NULL, NULL)", at("Budi Santoso")
        )
    old.close()
    project = Project.open(path)
    try:
        with project.snapshot() as connection:
            assert {"imports"} <= set(connection.dialect.get_table_names(connection))
            assert "version" in {column["name"] for column in connection.dialect.get_columns(connection, "annotations")}
        project._settings_cache = {"scheme": default_scheme().model_dump(mode="json")}
        editor = AnnotationEditor(project, "alice")
        assert [span.text for span in editor.record(1).spans] == ["Budi Santoso"]  # type: ignore[union-attr]
        assert editor.add_span(1, *at("Medan"), "GPE").id == "s2"
        assert editor.seen_version(1) == 1 and project.document_count() == 1
    finally:
        project.close()
    backup = tmp_path / "old.annotator.before-upgrade-0001.bak"  # made before the upgrade, still at 0001
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert connection.execute("SELECT count(*) FROM spans").fetchall() == [(1,)]


def test_a_project_of_a_newer_version_is_refused_untouched(project_location: str) -> None:
    Project.create(project_location).close()
    engine = database.make_engine(project_location)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    engine.dispose()
    with pytest.raises(ProjectError, match=r"made by a newer version of annotator \(schema 0099_from_the_future\)"):
        Project.open(project_location)
    engine = database.make_engine(project_location)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0099_from_the_future"
    engine.dispose()

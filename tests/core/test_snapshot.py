"""A private copy of a project (what `gui --screenshot` opens): every row copied, the original untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.importers import import_paths
from annotator.storage import AnnotationEditor, Project, ProjectError
from annotator.storage import tables as t
from annotator.storage.snapshot import snapshot_project
from tests.core.helpers import write_jsonl


def counts(project: Project) -> dict[str, int]:
    with project.engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in t.metadata.sorted_tables
        }


def test_snapshot_copies_everything_and_changes_nothing(project: Project, tmp_path: Path) -> None:
    records = [
        {"id": "a", "text": "Budi di Medan.", "spans": [{"id": "s", "start": 8, "end": 13, "label": "GPE", "source": "model"}]},
        {"id": "b", "text": "Ani di Solo."},
    ]
    import_paths(project, [write_jsonl(tmp_path / "in.jsonl", records)])
    AnnotationEditor(project, "ana").add_span(project.document_keys()[1], 0, 3, "PERSON")
    before = counts(project)
    copy = snapshot_project(project.location, tmp_path / "copy.annotator")
    with Project.open(copy) as opened:
        assert counts(opened) == before
        assert (opened.name, opened.lang, opened.scheme) == (project.name, project.lang, project.scheme)
        AnnotationEditor(opened, "budi").start(opened.document_keys()[0])  # edits land in the copy only
    assert counts(project) == before


def test_snapshot_of_something_that_is_not_a_project(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(ProjectError, match="annotator import"):
        snapshot_project(tmp_path / "feed.jsonl", tmp_path / "copy.annotator")
    assert not (tmp_path / "copy.annotator").exists()

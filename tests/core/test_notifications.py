"""Live updates on PostgreSQL: another desktop's commit reaches a listener without a query."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.importers.importer import import_paths
from annotator.storage import AnnotationEditor, Project
from annotator.storage.notifications import ChangeListener
from tests.conftest import POSTGRES_URL, _postgres_database
from tests.core.helpers import write_jsonl

pytestmark = pytest.mark.postgres


@pytest.fixture
def url() -> Iterator[str]:
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set ANNOTATOR_TEST_POSTGRES_URL)")
    for location in _postgres_database():
        Project.create(location, lang="id").close()
        yield location


def wait_for(listener: ChangeListener, table: str) -> set[str]:
    seen: set[str] = set()
    deadline = time.monotonic() + 10
    while table not in seen and time.monotonic() < deadline:
        seen |= listener.changed_tables()
        time.sleep(0.05)
    return seen


def test_an_import_and_an_edit_elsewhere_are_announced(url: str, tmp_path: Path) -> None:
    watching = Project.open(url)
    listener = ChangeListener(watching.engine)
    assert listener.changed_tables() == set()
    other = Project.open(url)  # another desktop
    import_paths(other, [write_jsonl(tmp_path / "a.jsonl", [{"text": "Budi datang ke Jakarta."}])])
    assert "documents" in wait_for(listener, "documents")
    AnnotationEditor(other, "ana").start(other.document_keys()[0])
    assert "annotations" in wait_for(listener, "annotations")
    assert listener.changed_tables() == set()  # each change is told once
    listener.close()
    other.close()
    watching.close()

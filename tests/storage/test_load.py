"""Concurrent edit sessions in separate processes: none lost, every conflict an EditError."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.storage import AnnotationEditor
from annotator.storage import tables as t
from tests.storage.load import finish_worker, project_with_document, start_worker

# Four sessions: alice on two machines (one annotation), bob and carol on their own.
SESSIONS = [("alice", 0), ("alice", 10), ("bob", 20), ("carol", 30)]


def _load(project_location: str, tmp_path: Path, edits: int) -> None:
    project, doc = project_with_document(project_location, tmp_path)
    try:
        workers = [start_worker(project_location, name, doc, region, edits) for name, region in SESSIONS]
        results = [finish_worker(worker) for worker in workers]
        assert all(result["edits"] == edits for result in results)
        by_name: dict[str, list[dict[str, object]]] = {}
        for result in results:
            by_name.setdefault(str(result["annotator"]), []).append(result)
        with project.snapshot() as connection:
            for name, done in by_name.items():
                logged = connection.execute(
                    select(func.count()).where(
                        t.events.c.user_name == name, t.events.c.action.in_(["add_span", "add_relation", "delete_span"])
                    )
                ).scalar_one()
                version = connection.execute(
                    select(t.annotations.c.version)
                    .join(t.users, t.users.c.id == t.annotations.c.user_id)
                    .where(t.users.c.name == name)
                ).scalar_one()
                total = sum(int(result["edits"]) for result in done)  # type: ignore[call-overload]
                assert logged == version == total, (name, logged, version, total)
        for name, done in by_name.items():
            record = AnnotationEditor(project, name).record(doc)
            assert record is not None
            expected = sorted(key for result in done for key in result["alive"])  # type: ignore[attr-defined]
            assert sorted(str(span.id) for span in record.spans) == expected
        alice = by_name["alice"]
        print(
            f"{project.engine.dialect.name}: {4 * edits} edits, alice's two sessions met "
            f"{sum(int(r['conflicts']) for r in alice)} conflicts (all EditConflict), "  # type: ignore[call-overload]
            f"busy retries {sum(int(r['busy']) for r in results)}"  # type: ignore[call-overload]
        )
        if edits >= 1000:  # long enough that alice's two sessions surely overlap (the short run may not)
            assert sum(int(r["conflicts"]) for r in alice) > 0  # type: ignore[call-overload]
    finally:
        project.close()


def test_four_sessions_lose_no_edit(project_location: str, tmp_path: Path) -> None:
    _load(project_location, tmp_path, 150)


@pytest.mark.slow
def test_four_processes_times_2500_edits(project_location: str, tmp_path: Path) -> None:
    _load(project_location, tmp_path, 2500)

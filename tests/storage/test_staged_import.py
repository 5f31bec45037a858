"""Imports commit in short steps, stay hidden until complete, and run one at a time."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.importers import ImportFailed, import_paths
from annotator.storage import AnnotationEditor, Project
from annotator.storage import tables as t
from annotator.storage.project import now
from annotator.storage.staging import StagedImport
from annotator.storage.visibility import visible_documents
from tests.core.helpers import write_jsonl

TEXT = "Budi Santoso tiba di Medan pada Senin pagi."


def _rows(project: Project, table: t.Table) -> int:  # type: ignore[name-defined]
    with project.snapshot() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _many(path: Path, count: int, prefix: str = "n") -> Path:
    records = [{"id": f"{prefix}{n}", "text": f"Berita nomor {n} dari {prefix}: {TEXT}"} for n in range(count)]
    return write_jsonl(path, records)


def test_documents_stay_hidden_until_the_import_is_complete(project: Project, tmp_path: Path) -> None:
    import_paths(project, [write_jsonl(tmp_path / "first.jsonl", [{"id": "d1", "text": TEXT}])])
    doc = project.document_keys()[0]
    editor = AnnotationEditor(project, "alice")
    seen_midway: list[tuple[int, int, int]] = []

    def progress(done: int, total: int) -> None:
        if done < total and not seen_midway:
            # between two steps: rows are committed, readers do not see them, editors are not held
            editor.add_span(doc, 0, 12, "PERSON")
            seen_midway.append((project.document_count(), len(editor.queue()), _rows(project, t.documents)))

    import_paths(project, [_many(tmp_path / "many.jsonl", 1000)], progress=progress)
    assert seen_midway and seen_midway[0][:2] == (1, 1) and seen_midway[0][2] > 1
    assert project.document_count() == 1001 and len(editor.queue(limit=5000)) == 1001


def test_a_failed_import_leaves_no_row_behind(project: Project, tmp_path: Path) -> None:
    good = _many(tmp_path / "good.jsonl", 450)
    bad = write_jsonl(tmp_path / "zbad.jsonl", [{"id": "x", "text": TEXT, "spans": [{"start": 0, "end": 4, "label": "NOPE"}]}])
    with pytest.raises(ImportFailed, match=r"zbad\.jsonl:1"):
        import_paths(project, [good, bad])
    assert _rows(project, t.documents) == 0 and _rows(project, t.annotations) == 0
    import_paths(project, [good])  # the slot is free again
    assert project.document_count() == 450


def test_a_second_import_is_refused_while_one_runs_and_a_dead_one_is_cleared(project: Project, tmp_path: Path) -> None:
    other = StagedImport(project, "bob")
    other.claim()
    with other.step() as connection:
        connection.execute(
            t.documents.insert().values(
                doc_id="ghost", text="half", text_hash="h" * 64, meta={}, created_at=now(), import_id=other.id
            )
        )
    source = _many(tmp_path / "a.jsonl", 3)
    with pytest.raises(ImportFailed, match=r"another import \(by bob, started .*\) is still running"):
        import_paths(project, [source])
    assert project.document_count() == 0
    with project.transaction() as connection:  # bob's program was killed two hours ago
        connection.execute(t.imports.update().values(heartbeat=now() - timedelta(hours=2)))
    report = import_paths(project, [source])
    assert report.documents == 3 and project.document_count() == 3 and _rows(project, t.documents) == 3
    assert project.document_by_id("ghost") is None


def test_annotations_of_existing_documents_arrive_with_the_rest(project: Project, tmp_path: Path) -> None:
    import_paths(project, [write_jsonl(tmp_path / "first.jsonl", [{"id": "d1", "text": TEXT}])])
    spans = [{"start": 0, "end": 12, "label": "PERSON"}]
    again = write_jsonl(tmp_path / "again.jsonl", [{"id": "d1", "text": TEXT, "annotator": "carol", "spans": spans}])
    report = import_paths(project, [again])
    assert (report.documents, report.annotations, report.spans) == (0, 1, 1)
    record = AnnotationEditor(project, "carol").record(project.document_keys()[0])
    assert record is not None and [span.text for span in record.spans] == ["Budi Santoso"]


@pytest.mark.slow
def test_an_edit_during_a_big_import_is_not_blocked(project_location: str, tmp_path: Path) -> None:
    """An import of 60,000 documents runs in another process; edits made meanwhile all return
    while it still runs (they do not wait for its end), and none fails."""
    project = Project.create(project_location, lang="id")
    try:
        import_paths(project, [write_jsonl(tmp_path / "first.jsonl", [{"id": "d1", "text": TEXT}])])
        doc = project.document_keys()[0]
        source = _many(tmp_path / "big.jsonl", 60_000, prefix="big")
        importer = subprocess.Popen(
            [sys.executable, "-m", "annotator", "import", project_location, str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        editor = AnnotationEditor(project, "alice")
        deadline = time.monotonic() + 120
        while _rows(project, t.imports) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        latencies: list[float] = []
        during = 0  # edits that returned while the import was still running
        key = None
        while importer.poll() is None and time.monotonic() < deadline:
            began = time.perf_counter()
            if key is None:
                key = editor.add_span(doc, 0, 12, "PERSON").id
            else:
                editor.delete_span(doc, key)
                key = None
            latencies.append(time.perf_counter() - began)
            with project.snapshot() as connection:  # one snapshot: the import may end between two reads
                running = connection.execute(select(func.count()).where(t.imports.c.state == "running")).scalar_one()
                shown = select(func.count()).select_from(t.documents).where(visible_documents())
                visible = connection.execute(shown).scalar_one()
            if running:
                during += 1
                assert visible == 1  # still hidden
            time.sleep(0.02)
        assert during >= 5, f"only {during} edits while the import ran"
        _out, err = importer.communicate(timeout=600)
        assert importer.returncode == 0, err.decode()
        assert project.document_count() == 60_001
        latencies.sort()
        median, p95 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.95)]
        figures = f"median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
        print(f"{during} edits during import: {figures}")
    finally:
        project.close()

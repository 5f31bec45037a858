"""Reads in one snapshot: exports, document reads and statistics never fail while others edit."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.exporters import export_jsonl
from annotator.importers import import_paths
from annotator.storage import AnnotationEditor, Project
from annotator.storage import tables as t
from annotator.storage.reading import CorpusFilter, iter_record_dicts
from annotator.storage.statistics import project_statistics
from tests.core.helpers import write_jsonl
from tests.storage.load import project_with_document, start_worker


def _read_while_editing(project_location: str, tmp_path: Path, seconds: float) -> None:
    project, doc = project_with_document(project_location, tmp_path)
    workers = [start_worker(project_location, name, doc, region, 10**7) for name, region in (("alice", 0), ("bob", 20))]
    try:
        reader = AnnotationEditor(project, "alice")
        out = tmp_path / "out.jsonl"
        exports = reads = 0
        relations_seen = 0
        started = time.monotonic()
        # On a loaded machine the edit workers may take seconds to start: read on until they have
        # linked something (at most a minute more), so the test checks reads beside real edits.
        while time.monotonic() < started + seconds or (relations_seen == 0 and time.monotonic() < started + seconds + 60):
            export_jsonl(project, out)
            for line in out.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                keys = {span["id"] for span in record["spans"]}
                assert all(rel["head"] in keys and rel["child"] in keys for rel in record["relations"])
                relations_seen += len(record["relations"])
            exports += 1
            for _ in range(5):
                record = reader.record(doc)
                if record is not None:
                    keys = {span.id for span in record.spans}
                    assert all(rel.head in keys and rel.child in keys for rel in record.relations)
                reads += 1
            statistics = project_statistics(project)
            assert statistics.documents == 1
        for worker in workers:
            assert worker.poll() is None, worker.communicate()[1]
        print(f"{project.engine.dialect.name}: {exports} exports and {reads} record reads in {seconds:.0f} s, 0 failures")
        assert exports > 3 and relations_seen > 0
    finally:
        for worker in workers:
            worker.kill()
            worker.communicate()
        project.close()


def test_exports_and_reads_beside_edits(project_location: str, tmp_path: Path) -> None:
    _read_while_editing(project_location, tmp_path, 6)


@pytest.mark.slow
def test_a_minute_of_exports_beside_edits(project_location: str, tmp_path: Path) -> None:
    _read_while_editing(project_location, tmp_path, 60)


def test_a_whole_export_is_one_snapshot(project_location: str, tmp_path: Path) -> None:
    """An edit committed while an export is under way is not in that export, even in a later chunk."""
    project = Project.create(project_location, lang="id")
    try:
        texts = [{"id": f"d{n}", "text": f"Budi Santoso tiba di Medan, berita {n}."} for n in range(3)]
        import_paths(project, [write_jsonl(tmp_path / "in.jsonl", texts)])
        keys = project.document_keys()
        AnnotationEditor(project, "alice").add_span(keys[2], 0, 12, "PERSON")
        other_desktop = Project.open(project_location)
        records = iter_record_dicts(project, CorpusFilter(), chunk_size=1)
        first = next(records)
        editor = AnnotationEditor(other_desktop, "alice")
        editor.add_span(keys[2], 21, 26, "GPE")
        editor.add_span(keys[1], 0, 12, "PERSON")
        rest = list(records)
        other_desktop.close()
        exported = {record["id"]: record for _, record in [first, *rest]}
        assert [span["text"] for span in exported["d2"]["spans"]] == ["Budi Santoso"]
        assert exported["d1"]["annotator"] is None  # alice's new annotation of d1 came after the snapshot
        with project.snapshot() as connection:  # the same holds for any read in a snapshot
            before = AnnotationEditor(project, "alice").record(keys[2])
            assert before is not None
            count = connection.execute(select(func.count()).select_from(t.spans)).scalar_one()
            AnnotationEditor(project, "bob").add_span(keys[0], 0, 12, "PERSON")
            assert connection.execute(select(func.count()).select_from(t.spans)).scalar_one() == count
    finally:
        project.close()

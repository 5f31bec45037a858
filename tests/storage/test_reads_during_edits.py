"""Reads in one snapshot: exports, document reads and statistics never fail while others edit."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from annotator.exporters import export_jsonl
from annotator.storage import AnnotationEditor
from annotator.storage.statistics import project_statistics
from tests.storage.load import project_with_document, start_worker


def _read_while_editing(project_location: str, tmp_path: Path, seconds: float) -> None:
    project, doc = project_with_document(project_location, tmp_path)
    workers = [start_worker(project_location, name, doc, region, 10**7) for name, region in (("alice", 0), ("bob", 20))]
    try:
        reader = AnnotationEditor(project, "alice")
        out = tmp_path / "out.jsonl"
        exports = reads = 0
        relations_seen = 0
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
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

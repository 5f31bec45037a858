"""Helpers of the load tests: a project with one document, and edit sessions in other processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from annotator.importers import import_paths
from annotator.storage import Project
from tests.core.helpers import write_jsonl

WORKER = Path(__file__).resolve().parents[2] / "benchmarks" / "edit_worker.py"
TEXT = "Kami siap bekerja keras untuk kota ini, kata Budi Santoso kepada wartawan di Medan pada Senin."


def project_with_document(location: str, folder: Path) -> tuple[Project, int]:
    project = Project.create(location, lang="id")
    import_paths(project, [write_jsonl(folder / "doc.jsonl", [{"id": "d1", "text": TEXT}])])
    return project, project.document_keys()[0]


def start_worker(location: str, annotator: str, doc: int, region: int, edits: int, *, log: bool = False) -> subprocess.Popen:
    command = [sys.executable, str(WORKER), location, annotator, str(doc), str(region), str(edits)]
    if log:
        command.append("--log")
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish_worker(process: subprocess.Popen, timeout: float = 900) -> dict[str, object]:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, f"an edit session failed with a raw exception:\n{err}"
    assert "Traceback" not in err, err
    return json.loads(out.strip().splitlines()[-1])

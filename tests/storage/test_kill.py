"""kill -9 in the middle of writes: the file passes integrity_check and holds every committed edit."""

from __future__ import annotations

import os
import signal
import sqlite3
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
from tests.storage.load import project_with_document, start_worker


def test_kill_during_edits_loses_no_committed_edit(tmp_path: Path) -> None:
    location = str(tmp_path / "news.annotator")
    project, doc = project_with_document(location, tmp_path)
    project.close()
    workers = [start_worker(location, name, doc, region, 10**7, log=True) for name, region in (("alice", 0), ("bob", 20))]
    committed = {"alice": 0, "bob": 0}
    assert workers[0].stdout is not None
    for line in workers[0].stdout:  # until alice has committed 300 edits (bob is busy too)
        committed["alice"] = int(line.split()[1])
        if committed["alice"] >= 300:
            break
    for worker in workers:
        os.kill(worker.pid, signal.SIGKILL)
    for worker, name in zip(workers, committed, strict=True):
        # read through the file object: the loop above may have buffered lines that
        # communicate(), which reads the pipe's descriptor, would never see
        assert worker.stdout is not None
        out = worker.stdout.read()
        worker.communicate()
        lines = [line for line in out.splitlines() if line.startswith("committed ")]
        if lines:
            committed[name] = max(committed[name], int(lines[-1].split()[1]))
        assert worker.returncode == -signal.SIGKILL
    connection = sqlite3.connect(location)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        versions = dict(
            connection.execute(
                "SELECT users.name, annotations.version FROM annotations JOIN users ON users.id = annotations.user_id"
            ).fetchall()
        )
    finally:
        connection.close()
    for name, count in committed.items():
        # every edit reported as committed is there; at most one more (killed between commit and print)
        assert count <= versions.get(name, 0) <= count + 1, (name, count, versions)
    with Project.open(location) as reopened:
        record = AnnotationEditor(reopened, "alice").record(doc)
        assert record is not None  # the killed session's work reads back as a record
        keys = {span.id for span in record.spans}
        assert all(rel.head in keys and rel.child in keys for rel in record.relations)


def test_kill_during_an_import_shows_nothing_and_the_next_import_clears_it(tmp_path: Path) -> None:
    location = str(tmp_path / "news.annotator")
    project, doc = project_with_document(location, tmp_path)
    source = tmp_path / "big.jsonl"
    source.write_text(
        "".join(f'{{"id": "k{n}", "text": "Berita nomor {n}: Budi Santoso tiba di Medan."}}\n' for n in range(40_000)),
        encoding="utf-8",
    )
    importer = subprocess.Popen([sys.executable, "-m", "annotator", "import", location, str(source)])
    deadline = time.monotonic() + 120
    staged = 0
    while staged < 1000 and time.monotonic() < deadline:  # some steps committed
        time.sleep(0.05)
        with project.snapshot() as connection:
            staged = connection.execute(select(func.count()).where(t.documents.c.import_id.is_not(None))).scalar_one()
    os.kill(importer.pid, signal.SIGKILL)
    importer.wait()
    with sqlite3.connect(location) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert staged >= 1000 and project.document_count() == 1  # the killed import's documents stay hidden
    assert AnnotationEditor(project, "alice").add_span(doc, 0, 4, "QUOTE").id == "s1"  # nothing is locked
    small = tmp_path / "small.jsonl"
    small.write_text('{"id": "n1", "text": "Berita baru dari Jakarta."}\n', encoding="utf-8")
    with pytest.raises(ImportFailed, match="still running"):  # its heartbeat is fresh: it might be alive
        import_paths(project, [small])
    with project.transaction() as connection:  # two minutes later
        connection.execute(t.imports.update().values(heartbeat=now() - timedelta(minutes=3)))
    assert import_paths(project, [small]).documents == 1
    with project.snapshot() as connection:
        assert connection.execute(select(func.count()).select_from(t.documents)).scalar_one() == 2
    project.close()

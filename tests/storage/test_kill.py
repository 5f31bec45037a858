"""kill -9 in the middle of writes: the file passes integrity_check and holds every committed edit."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

from annotator.storage import AnnotationEditor, Project
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
        out, _ = worker.communicate()
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

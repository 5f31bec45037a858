"""Killing the program at any moment loses nothing shown: every edit is committed at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from annotator.storage import AnnotationEditor, Project
from tests.gui.projects import build_project, sample_docs

ROOT = Path(__file__).resolve().parents[2]


def test_edits_survive_sigkill(tmp_path: Path) -> None:
    path = build_project(tmp_path / "crash.annotator", sample_docs())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.crash_child", str(path), str(tmp_path / "settings.ini")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "EDITS DONE", child.stderr.read() if child.stderr else ""
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with Project.open(path) as project:
        editor = AnnotationEditor(project, "ana")
        pk = project.document_by_id("kompas-1").pk
        record = editor.record(pk)
    assert record is not None
    spans = {(span.label, span.text, span.source) for span in record.spans}
    assert ("ORG", "pemerintah", "human") in spans
    assert ("LOC", "defisit", "human") in spans
    assert ("PERSON", "Sri Mulyani", "human") in spans  # the accepted suggestion
    assert "s5" not in {span.id for span in record.spans}  # the rejected one
    assert len(record.relations) == 2

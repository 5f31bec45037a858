"""The freeze test: while another process imports many documents into the project, an annotator
adds spans with real drags and key presses. Every edit is on screen at once and shown as pending
until it is stored, the window's own thread writes nothing to the database (the edit process
does), and every edit is stored in the end.

How long the window stands still is a figure, not a pass mark: `benchmarks/gui_latency_benchmark.py`
prints it (a timed assertion here failed whenever the machine was loaded)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import event, func, select

from annotator.storage import AnnotationEditor, Project
from annotator.storage import tables as t
from annotator.storage.visibility import RUNNING
from tests.gui.conftest import open_window
from tests.gui.driving import settle
from tests.gui.projects import Doc, build_project

ROOT = Path(__file__).resolve().parents[2]


def _news_words() -> list[str]:
    """The benchmarks' real Indonesian vocabulary (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("news_words", ROOT / "benchmarks" / "news_words.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(dict.fromkeys(module.INDONESIAN_WORDS))


INDONESIAN_WORDS = _news_words()
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
#: Documents imported (SQLite, PostgreSQL); enough for the import to outlast the edits on a busy machine.
IMPORTED = {
    "sqlite": int(os.environ.get("ANNOTATOR_FREEZE_DOCS", "100000")),
    "postgres": int(os.environ.get("ANNOTATOR_FREEZE_DOCS_POSTGRES", "30000")),
}


def write_feed(path: Path, count: int) -> None:
    """``count`` generated news articles (JSON Lines), each of different text."""
    words = INDONESIAN_WORDS
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            body = " ".join(words[(number * 7 + i * 3) % len(words)] for i in range(80))
            text = f"MEDAN - Laporan nomor {number}: {body}. “Kami siap,” kata Budi Santoso kepada wartawan."
            out.write(json.dumps({"id": f"feed-{number}", "text": text, "meta": {"title": f"Berita {number}"}}) + "\n")


def import_running(project: Project) -> bool:
    """Whether an import is writing its (still hidden) documents into the project now."""
    with project.snapshot() as connection:
        running = select(func.count()).select_from(t.imports).where(t.imports.c.state == RUNNING)
        return bool(connection.execute(running).scalar())


def article() -> tuple[str, list[tuple[int, int]]]:
    """The document edited during the import, and the words to label in it (every other word:
    a press next to a span's end would take its edge and resize it)."""
    text = "Warga melapor. " + " ".join(INDONESIAN_WORDS) + "."
    targets, start = [], text.index(INDONESIAN_WORDS[0], 10)
    for word in INDONESIAN_WORDS:
        start = text.index(word, start)
        targets.append((start, start + len(word)))
        start += len(word)
    return text, targets[::2]


def drag(qtbot, view, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    """A user's drag: each mouse event handled on its own turn of the event loop."""
    a, b = view.point_for_offset(start), view.point_for_offset(end)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.wait(5)
    qtbot.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.wait(5)
    qtbot.mouseMove(viewport, b)
    qtbot.wait(5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
    qtbot.wait(5)


@pytest.mark.slow
def test_edits_during_a_big_import_never_freeze_the_window(qtbot, tmp_path: Path, settings, project_location: str) -> None:  # type: ignore[no-untyped-def]
    imported = IMPORTED["postgres" if "://" in project_location else "sqlite"]
    text, targets = article()
    path = build_project(project_location, [Doc("edited", text, "Rapat warga")])  # type: ignore[arg-type]
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, imported)
    window = open_window(qtbot, settings, path)
    window.action("snap").setChecked(False)
    pk = window.session.doc_pk
    gui_thread_writes: list[str] = []

    def count_gui_thread_write(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread() and statement.lstrip().upper().startswith(WRITES):
            gui_thread_writes.append(statement)

    event.listen(window.session.project.engine, "before_cursor_execute", count_gui_thread_write)
    importer = subprocess.Popen(
        [sys.executable, "-m", "annotator", "import", str(path), str(feed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with Project.open(path) as watching:
            qtbot.waitUntil(lambda: import_running(watching), timeout=60000)
        during, pending_seen = 0, 0
        for start, end in targets:
            if importer.poll() is not None:
                break
            drag(qtbot, window.view, start, end)
            qtbot.keyClick(window.view, "2")  # ORG
            assert ("ORG", start, end) in {(s.label, s.start, s.end) for s in window.session.spans()}  # shown at once
            if window.saving.text().startswith("Saving…"):
                pending_seen += 1
            during += 1
            qtbot.wait(30)
        settle(qtbot, window, timeout=120000)
        _out, importer_err = importer.communicate(timeout=600)
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.wait()
    assert importer.returncode == 0, importer_err
    assert during >= 5, f"the import ended after {during} edits: raise ANNOTATOR_FREEZE_DOCS(_POSTGRES)"
    assert pending_seen == during  # each edit was shown as pending right after its key press
    assert window.saving.text() == ""  # and is not pending any more
    assert gui_thread_writes == []  # the key presses handed every write to the edit process
    window.close()

    with Project.open(path) as project:
        record = AnnotationEditor(project, "ana").record(pk)  # type: ignore[arg-type]
        assert len(project.document_keys()) == imported + 1
    assert record is not None
    stored = {(span.label, span.start, span.end) for span in record.spans}
    assert {("ORG", start, end) for start, end in targets[:during]} <= stored

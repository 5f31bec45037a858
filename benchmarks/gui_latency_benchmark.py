"""How long the window's GUI thread is blocked, and how long an edit takes to be stored, while
another process imports a big feed into the same SQLite project.

    python benchmarks/gui_latency_benchmark.py --docs 100000 --edits 300

The window (offscreen) opens a document; an import of ``--docs`` generated articles starts in
another process; meanwhile a label key and Ctrl+Z are pressed in turn every ``--pause`` ms (each
a database write, saved on the window's edit queue). Printed: the longest the event loop stood
still (a 5 ms timer probe), first for ``--quiet`` seconds of the import alone (what a busy
machine costs by itself), then while typing; the key presses' handling time; and edit-to-commit
latency (key press to committed transaction, queueing and busy retries included).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from news_words import INDONESIAN_WORDS  # noqa: E402  (benchmarks/ is on sys.path when a script runs)

from annotator.storage import Project  # noqa: E402
from annotator.storage.bulk import NewDocument, insert_documents, text_hash  # noqa: E402


def write_feed(path: Path, count: int) -> None:
    words = INDONESIAN_WORDS
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            body = " ".join(words[(number * 7 + i * 3) % len(words)] for i in range(300))
            text = f"MEDAN - Laporan nomor {number}: {body}. “Kami siap,” kata Budi Santoso kepada wartawan."
            out.write(json.dumps({"id": f"feed-{number}", "text": text}) + "\n")


def build_project(path: Path) -> str:
    text = "Warga melapor. " + " ".join(INDONESIAN_WORDS) + "."
    project = Project.create(path, lang="id")
    with project.transaction() as connection:
        insert_documents(connection, [NewDocument("edited", text, text_hash(text), {"title": "Rapat warga"})])
    project.close()
    return text


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * share), len(ordered) - 1)]


def describe(values: list[float]) -> str:
    ms = [value * 1000 for value in values]
    return (
        f"median {statistics.median(ms):6.1f} ms  p95 {percentile(ms, 0.95):6.1f}  max {max(ms):6.1f}  (n={len(ms)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000, help="documents the other process imports")
    parser.add_argument("--edits", type=int, default=300, help="most key presses to make during the import")
    parser.add_argument("--pause", type=int, default=100, help="milliseconds between two key presses")
    parser.add_argument("--quiet", type=float, default=5.0, help="seconds of import without key presses, first")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt
    from PySide6.QtTest import QTest

    from annotator.gui.app import application
    from annotator.gui.latency import EventLoopProbe
    from annotator.gui.settings import Settings
    from annotator.gui.window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="gui-latency-"))
    project = folder / "bench.annotator"
    text = build_project(project)
    feed = folder / "feed.jsonl"
    write_feed(feed, args.docs)

    def spin(milliseconds: float) -> None:
        until = time.perf_counter() + milliseconds / 1000
        while time.perf_counter() < until:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    app = application()
    window = MainWindow(Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)))
    window.open_project(project, "bench")
    window.show()
    while not window.documents.saver.idle():
        spin(10)
    window.action("snap").setChecked(False)
    saver = window.documents.saver
    start = text.index(INDONESIAN_WORDS[3], 10)
    end = start + len(INDONESIAN_WORDS[3])

    probe = EventLoopProbe()
    began = time.perf_counter()
    importer = subprocess.Popen(
        [sys.executable, "-m", "annotator", "import", str(project), str(feed)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    spin(1000)  # the import gets going
    probe.start()
    spin(args.quiet * 1000)  # the import alone: what the machine itself costs the event loop
    probe.stop()
    quiet = list(probe.gaps)
    probe.start()
    saver.latencies.clear()
    keys: list[float] = []
    while importer.poll() is None and len(keys) < args.edits:
        if len(keys) % 2 == 0:
            window.view.set_selection(start, end)
            pressed = time.perf_counter()
            QTest.keyClick(window.view, Qt.Key.Key_2)  # ORG
        else:
            pressed = time.perf_counter()
            QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        keys.append(time.perf_counter() - pressed)
        spin(args.pause)
    during = len(keys)
    while not saver.idle():
        spin(10)
    probe.stop()
    latencies = list(saver.latencies)
    _, err = importer.communicate()
    imported = time.perf_counter() - began
    window.close()
    if importer.returncode != 0:
        raise SystemExit(f"the import failed: {err.strip()}")

    print(f"import of {args.docs:,} documents in another process: {imported:.1f} s "
          f"({'still running after' if during == args.edits else 'ended after'} {during} key presses)")
    for name, gaps in (("no key presses", quiet), ("typing", probe.gaps)):
        print(f"GUI thread during the import, {name}: longest stop of the event loop {max(gaps) * 1000:.1f} ms "
              f"(ticks late > 50 ms: {sum(gap > 0.05 for gap in gaps)}, > 100 ms: {sum(gap > 0.1 for gap in gaps)})")
    print(f"key press handled (label / undo, shown at once): {describe(keys)}")
    print(f"edit to commit on the edit queue: {describe(latencies)}")
    del app


if __name__ == "__main__":
    main()

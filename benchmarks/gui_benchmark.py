"""Speed of the desktop window, offscreen: start-up, opening long articles, key press to repaint.

    python benchmarks/gui_benchmark.py [--runs 5]

Prints, in milliseconds:
- start-up: from launching ``python`` until the main window is shown and painted, in a fresh
  process (spaCy must not be on that path: it loads later, in a worker);
- open: clicking a document in the queue until the view has painted it, for a 2,000-word article
  with 300 spans and a 20,000-word article with 2,000 spans (first open, which copies the
  pre-labels into the annotator's layer, and re-open);
- key to repaint: a label key pressed on a selection until the view has repainted the new span
  (the edit is committed to SQLite first).
Targets (issue 4): start-up < 2 s, open < 100 ms / 500 ms, key to repaint < 30 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "DATE")


def article(words: int, spans: int) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """An article of ``words`` words in paragraphs of ~80 words, with ``spans`` pre-labels: entities,
    and quotes with their cue and speaker linked to them; the other words stay free for new spans."""
    tokens = [f"kata{number}" for number in range(words)]
    per_group = max(words // max(spans, 1), 1)
    text_parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    position = 0
    for number, token in enumerate(tokens):
        if number and number % 80 == 0:
            text_parts.append("\n\n")
            position += 2
        elif number:
            text_parts.append(" ")
            position += 1
        offsets.append((position, position + len(token)))
        text_parts.append(token)
        position += len(token)
    text = "".join(text_parts)
    labelled: list[tuple[int, int, str]] = []
    relations: list[tuple[int, int, str]] = []
    word = 0
    group = 0
    while len(labelled) < spans and word + 6 < words:
        if group % 5 == 4 and len(labelled) + 3 <= spans:
            quote = len(labelled)
            labelled.append((offsets[word][0], offsets[word + 3][1], "QUOTE"))
            labelled.append((*offsets[word + 4], "CUE"))
            labelled.append((*offsets[word + 5], "SPEAKER"))
            relations += [(quote, quote + 1, "CUE"), (quote, quote + 2, "SPEAKER")]
        else:
            labelled.append((*offsets[word], ENTITY_LABELS[group % len(ENTITY_LABELS)]))
        group += 1
        word += per_group if group % 5 else max(per_group, 7)
    return text, labelled, relations


def build_project(path: Path) -> dict[str, int]:
    from annotator.model import Record, Relation, Span
    from annotator.storage import Project
    from annotator.storage.bulk import NewDocument, insert_annotations, insert_documents, text_hash

    docs = {
        "tiny": ("Berita singkat dari Jakarta.", [], []),
        "medium": article(2_000, 300),
        "long": article(20_000, 2_000),
    }
    project = Project.create(path, lang="id")
    with project.transaction() as connection:
        pks = insert_documents(
            connection, [NewDocument(name, text, text_hash(text), {"title": name}) for name, (text, _, _) in docs.items()]
        )
        keys = dict(zip(docs, pks, strict=True))
        prelabels = [
            (
                keys[name],
                Record(
                    text=text,
                    spans=[
                        Span(id=f"s{n}", start=s, end=e, label=label, source="model") for n, (s, e, label) in enumerate(spans, 1)
                    ],
                    relations=[
                        Relation(id=f"r{n}", head=f"s{h + 1}", child=f"s{c + 1}", label=label, source="model")
                        for n, (h, c, label) in enumerate(relations, 1)
                    ],
                ),
            )
            for name, (text, spans, relations) in docs.items()
            if spans
        ]
        insert_annotations(connection, project, prelabels, annotator="prelabel", layer="prelabel", status="accepted")
    project.close()
    return keys


# --- start-up, in a fresh process -----------------------------------------------------------------


def startup_child(project: str, settings_file: str) -> None:
    """Runs in the measured process: show the window, paint it, print the modules that came along."""
    from PySide6.QtCore import QSettings

    from annotator.gui.app import application, build_window
    from annotator.gui.settings import Settings

    app = application()
    window = build_window(project, "bench", settings=Settings(QSettings(settings_file, QSettings.Format.IniFormat)), ask=False)
    window.show()
    app.processEvents()
    window.view.viewport().repaint()
    print("SHOWN", "spacy" in sys.modules, flush=True)
    window.close()


def measure_startup(project: Path, runs: int) -> tuple[list[float], bool]:
    times = []
    spacy_loaded = False
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for run in range(runs):
        settings_file = Path(tempfile.mkdtemp()) / "settings.ini"
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, __file__, "--startup-child", str(project), str(settings_file)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("SHOWN"):
                times.append((time.perf_counter() - started) * 1000)
                spacy_loaded = spacy_loaded or line.split()[1] == "True"
                break
        child.wait()
        del run
    return times, spacy_loaded


# --- opening and editing, in this process ------------------------------------------------------------


def open_through_queue(window, pk: int) -> float:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    table = window.queue.table
    row = window.queue.model.row_of(pk)
    point = table.visualRect(window.queue.model.index(row, 0)).center()
    started = time.perf_counter()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    wait_saved(window)  # the document is read on the edit queue's thread, then shown
    window.view.viewport().repaint()
    elapsed = (time.perf_counter() - started) * 1000
    assert window.session.doc_pk == pk
    return elapsed


def key_to_repaint(window, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Select free words and press the PERSON key; time until the view has repainted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    text = window.view.text()
    taken = [(span.start, span.end) for span in window.session.spans()]
    times = []
    position = 0
    for _ in range(runs):
        while True:
            start = text.index("kata", position)
            end = start + len(text[start:].split(maxsplit=1)[0])
            position = end
            if not any(s < end and start < e for s, e in taken):
                break
        window.view.set_selection(start, end)
        window.view.viewport().repaint()
        before = len(window.session.spans())
        started = time.perf_counter()
        QTest.keyClick(window.view, Qt.Key.Key_1)
        window.view.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
        assert len(window.session.spans()) == before + 1, window.statusBar().currentMessage()
    return times


def wait_saved(window, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    """Let the event loop run until the window's edit queue is idle (documents shown, edits stored)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not window.documents.saver.idle() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def wait_for_tokens(app, window, pk: int, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while pk not in window.documents.tokens and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def describe(times: list[float]) -> str:
    return f"median {statistics.median(times):7.1f} ms   min {min(times):7.1f}   max {max(times):7.1f}   (n={len(times)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--startup-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.startup_child:
        startup_child(*args.startup_child)
        return

    folder = Path(tempfile.mkdtemp(prefix="gui-bench-"))
    project = folder / "bench.annotator"
    keys = build_project(project)

    startup, spacy_loaded = measure_startup(project, args.runs)
    print(f"start-up until the window is painted: {describe(startup)}   spaCy imported on the way: {spacy_loaded}")

    from PySide6.QtCore import QSettings

    from annotator.gui.app import application
    from annotator.gui.settings import Settings
    from annotator.gui.theme import apply_theme
    from annotator.gui.window import MainWindow

    app = application()
    apply_theme(app, False)
    window = MainWindow(Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)))
    window.resize(1440, 900)
    window.open_project(project, "bench")
    window.show()
    window.activateWindow()
    wait_saved(window)
    window.open_document(keys["tiny"])
    wait_saved(window)

    for name, words, spans in (("medium", 2_000, 300), ("long", 20_000, 2_000)):
        first = open_through_queue(window, keys[name])
        wait_for_tokens(app, window, keys[name])  # the tokenizer process works in parallel; measure re-opens without it
        window.open_document(keys["tiny"])
        wait_saved(window)
        again = []
        for _ in range(args.runs):
            again.append(open_through_queue(window, keys[name]))
            app.processEvents()
            window.open_document(keys["tiny"])
            wait_saved(window)
        print(f"open {words:,}-word article with {spans:,} spans: first open {first:7.1f} ms   re-open {describe(again)}")

    for name in ("medium", "long"):
        window.open_document(keys[name])
        wait_saved(window)
        window.view.setFocus()
        times = key_to_repaint(window, max(args.runs, 10))
        print(f"label key to repaint ({name} article): {describe(times)}")
    window.close()


if __name__ == "__main__":
    main()

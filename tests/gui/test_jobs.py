"""Import, export and pre-labelling from the window run in a worker thread with a progress dialog."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog, QPushButton

from annotator.gui.workers import ExportFilters, Job
from annotator.progress import Cancelled
from annotator.storage import Project


def test_import_runs_in_the_background_and_fills_the_queue(qtbot, window, tmp_path: Path) -> None:
    source = tmp_path / "incoming"
    source.mkdir()
    (source / "a.txt").write_text("Gempa mengguncang Cianjur pada Senin pagi.\n", encoding="utf-8")
    (source / "b.txt").write_text("Presiden meresmikan bendungan di Aceh.\n", encoding="utf-8")
    job = window.jobs.import_files(window.projects.location, [source / "a.txt", source / "b.txt"])
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 5, timeout=5000)
    assert "Imported 2 documents" in window.statusBar().currentMessage()


def test_a_failed_import_is_reported_not_raised(qtbot, window, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"spans": 3}\n', encoding="utf-8")
    job = window.jobs.import_files(window.projects.location, [bad])
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=60000) as blocker:
        pass
    assert blocker.args and "bad.jsonl" in blocker.args[0]
    assert window.queue.model.rowCount() == 3


def test_export_writes_the_annotators_records(qtbot, window, tmp_path: Path) -> None:
    window.action("accept_all").trigger()
    target = tmp_path / "out.jsonl"
    job = window.jobs.export(window.projects.location, target, ExportFilters(annotators=("ana",)))
    assert job is not None
    with qtbot.waitSignal(job.succeeded, timeout=60000):
        pass
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    mine = [line for line in lines if line.get("annotator") == "ana"]
    assert mine and len(mine[0]["spans"]) == 5
    assert all(span["text"] == mine[0]["text"][span["start"] : span["end"]] for span in mine[0]["spans"])


def test_prelabel_from_the_menu(qtbot, window, project_path: Path) -> None:
    job = window.prelabel()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=240000):
        pass
    assert "Pre-labelled" in window.statusBar().currentMessage()
    with Project.open(project_path) as project:
        from annotator.storage import AnnotationEditor

        editor = AnnotationEditor(project, "ana")
        pre = editor.prelabel(project.document_by_id("kompas-3").pk)
    assert pre is not None and any(span.label == "GPE" and span.text == "Surabaya" for span in pre.spans)
    again = window.prelabel()
    assert again is not None
    with qtbot.waitSignal(again.finished, timeout=240000):
        pass
    assert window.statusBar().currentMessage() == "Nothing to pre-label: every document has its pre-labels already"


def test_cancel_stops_a_job_and_the_window_stays_responsive(qtbot, window) -> None:
    started = threading.Event()

    def slow(progress, cancel):  # type: ignore[no-untyped-def]
        started.set()
        for done in range(10_000):
            if cancel():
                raise Cancelled()
            progress(done, 10_000)
            threading.Event().wait(0.001)
        return done

    job = window.jobs.run("Counting", slow, lambda _result: None)
    assert isinstance(job, Job)
    qtbot.waitUntil(started.is_set, timeout=5000)
    dialog = window.findChildren(QProgressDialog)[-1]
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown once the job takes longer than a moment
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5000)
    button = dialog.findChild(QPushButton)
    with qtbot.waitSignal(job.cancelled, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "cancelled" in window.statusBar().currentMessage()


def test_prelabel_dialog_says_the_pipeline_is_loading(qtbot, window, monkeypatch) -> None:
    loading = threading.Event()
    release = threading.Event()

    def slow_pipeline(lang: str, model: str | None = None):  # type: ignore[no-untyped-def]
        loading.set()
        release.wait(30)
        raise RuntimeError("no pipeline in this test")

    monkeypatch.setattr("annotator.nlp.pipeline.build_pipeline", slow_pipeline)
    window.action("prelabel").trigger()
    (job,) = window.jobs.jobs
    qtbot.waitUntil(loading.is_set, timeout=60000)
    dialog = window.findChildren(QProgressDialog)[-1]
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.labelText() == "Loading the language pipeline…"
    with qtbot.waitSignal(job.failed, timeout=10000):
        release.set()
    assert "Pre-labelling failed: no pipeline in this test" in window.statusBar().currentMessage()


def test_export_dialog_filters_and_exports_everyone(qtbot, window, tmp_path: Path) -> None:
    from annotator.gui.export_dialog import ExportDialog
    from tests.gui.modal import when_dialog_opens

    target = tmp_path / "all.jsonl"

    def fill_in(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ExportDialog)
        names = [dialog.annotators.item(row).text() for row in range(dialog.annotators.count())]
        assert "ana" in names and "prelabel" in names
        dialog.path.setText(str(target))
        everyone = next(button for button in dialog.findChildren(QPushButton) if button.text() == "Everyone")
        qtbot.mouseClick(everyone, Qt.MouseButton.LeftButton)  # untick "ana": all annotators
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert when_dialog_opens(ExportDialog, fill_in) is not None
    window.action("export").trigger()
    (job,) = window.jobs.jobs
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10000)
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert {"ana", "prelabel"} <= {line.get("annotator") for line in lines}

    def only_prelabel_layer(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.path.setText(str(tmp_path / "pre.jsonl"))
        for row in range(dialog.annotators.count()):
            dialog.annotators.item(row).setCheckState(Qt.CheckState.Unchecked)
        layer_row = next(row for row in range(dialog.layers.count()) if dialog.layers.item(row).text() == "prelabel")
        dialog.layers.item(layer_row).setCheckState(Qt.CheckState.Checked)
        dialog.only_annotated.setChecked(True)
        dialog.accept()

    assert when_dialog_opens(ExportDialog, only_prelabel_layer) is not None
    window.action("export").trigger()
    (job,) = window.jobs.jobs
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    pre = [json.loads(line) for line in (tmp_path / "pre.jsonl").read_text(encoding="utf-8").splitlines()]
    assert pre and {line.get("layer") for line in pre} == {"prelabel"}

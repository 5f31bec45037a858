"""Train a model from the window: the dialog, a background job with progress and Cancel, the
scores at the end, and the new model as the project's pre-labeller."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog, QPushButton

from annotator.cli.main import main
from annotator.gui.train_dialog import TrainDialog, TrainScoresDialog
from annotator.storage import Project
from tests.core.helpers import write_jsonl
from tests.formats.test_training import gold_records
from tests.gui.conftest import open_window
from tests.gui.modal import when_dialog_opens

pytestmark = pytest.mark.slow  # spaCy trains for a few steps: about 10 s each

@pytest.fixture
def gold_project(tmp_path: Path) -> Path:
    project = tmp_path / "news.annotator"
    assert main(["init", str(project), "--lang", "id"]) == 0
    assert main(["import", str(project), str(write_jsonl(tmp_path / "gold.jsonl", gold_records(2)))]) == 0
    return project


def _fill(qtbot, steps: int, use: bool):  # type: ignore[no-untyped-def]
    def fill_in(dialog: TrainDialog) -> None:
        assert dialog.layer.currentData() == "gold"
        dialog.max_steps.setFocus()
        dialog.max_steps.clear()
        qtbot.keyClicks(dialog.max_steps, str(steps))
        if use:
            qtbot.mouseClick(dialog.use, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    return fill_in


def test_train_shows_scores_and_becomes_the_prelabeller(qtbot, settings, gold_project: Path, monkeypatch) -> None:
    window = open_window(qtbot, settings, gold_project)
    opened = when_dialog_opens(TrainDialog, _fill(qtbot, 4, use=True))
    window.action("train").trigger()
    assert opened
    (job,) = window.jobs.jobs
    steps: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.succeeded, timeout=300000) as trained:
        pass
    assert steps and steps[-1] == (4, 4)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(TrainScoresDialog)), timeout=10000)
    scores = next(w for w in window.findChildren(TrainScoresDialog) if w.isVisible())
    labels = [scores.table.item(row, 0).text() for row in range(scores.table.rowCount())]
    assert {"PERSON", "GPE", "QUOTE", "CUE", "SPEAKER"} <= set(labels)
    quote = labels.index("QUOTE")
    expected = "the model" if trained.args[0].choice["QUOTE"] == "model" else "the rules"  # the dev split's choice
    assert scores.table.item(quote, 8).text() == expected
    assert all(0 <= float(scores.table.item(row, 3).text()) <= 1 for row in range(len(labels)))
    assert "v1" in scores.windowTitle()
    assert "Model v1 trained" in window.statusBar().currentMessage()
    with Project.open(gold_project) as project:
        assert project.settings()["prelabel_model"] == "v1"
        assert [entry["version"] for entry in project.settings()["models"]] == [1]
    config = (gold_project.with_suffix(".models") / "v1" / "config.cfg").read_text(encoding="utf-8")
    assert "annotator_progress" not in config and "spacy.ConsoleLogger" in config  # trains without us
    scores.close()

    import annotator.nlp.pipeline as pipeline

    loaded: list[str] = []
    real_load = pipeline.load_model
    monkeypatch.setattr(pipeline, "load_model", lambda model: loaded.append(model) or real_load(model))
    pipeline.clear_cache()
    job = window.prelabel()  # File > Pre-label documents now uses the new model with the rules
    with qtbot.waitSignal(job.finished, timeout=240000):
        pass
    assert loaded == [str((gold_project.with_suffix(".models") / "v1").resolve())]
    assert "Pre-labelled 4 documents" in window.statusBar().currentMessage()
    with Project.open(gold_project) as project:
        from annotator.storage import AnnotationEditor

        pre = AnnotationEditor(project, "ana").prelabel(project.document_keys()[0])
    assert pre is not None and pre.spans
    assert all(span.attrs.get("model") == "v1" for span in pre.spans if span.source == "model")
    window.close()


def test_cancel_stops_training_and_stores_nothing(qtbot, settings, gold_project: Path) -> None:
    window = open_window(qtbot, settings, gold_project)
    opened = when_dialog_opens(TrainDialog, _fill(qtbot, 100000, use=False))
    window.action("train").trigger()
    assert opened
    (job,) = window.jobs.jobs
    stepped = threading.Event()
    job.progressed.connect(lambda done, _total: done > 0 and stepped.set())
    qtbot.waitUntil(stepped.is_set, timeout=240000)
    dialog = window.findChildren(QProgressDialog)[-1]
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert "Training" in dialog.labelText()
    with qtbot.waitSignal(job.cancelled, timeout=120000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert "Training cancelled" in window.statusBar().currentMessage()
    with Project.open(gold_project) as project:
        assert not project.settings().get("models")
    assert not (gold_project.with_suffix(".models")).exists() or not any(gold_project.with_suffix(".models").iterdir())
    window.close()


def test_too_few_documents_is_reported(qtbot, window) -> None:
    opened = when_dialog_opens(TrainDialog, _fill(qtbot, 2, use=False))
    window.action("train").trigger()
    assert opened
    (job,) = window.jobs.jobs
    with qtbot.waitSignal(job.failed, timeout=120000) as blocker:
        pass
    assert "at least 3 are needed" in blocker.args[0]
    qtbot.waitUntil(lambda: "Training failed" in window.statusBar().currentMessage(), timeout=5000)


@pytest.mark.postgres
def test_train_a_server_project_keeps_the_model_in_the_users_data_folder(qtbot, settings, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QStandardPaths

    from annotator.training.store import server_key
    from tests.conftest import POSTGRES_URL, _postgres_database

    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set ANNOTATOR_TEST_POSTGRES_URL)")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for url in _postgres_database():
        assert main(["init", url, "--lang", "id"]) == 0
        assert main(["import", url, str(write_jsonl(tmp_path / "gold.jsonl", gold_records(2)))]) == 0
        window = open_window(qtbot, settings, url)
        opened = when_dialog_opens(TrainDialog, _fill(qtbot, 2, use=False))
        window.action("train").trigger()  # no folder to ask for: the project has none beside it
        assert opened
        (job,) = window.jobs.jobs
        with qtbot.waitSignal(job.succeeded, timeout=300000) as trained:
            pass
        data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        assert data.is_relative_to(tmp_path / "data")
        assert trained.args[0].path == data / "models" / server_key(url) / "v1"
        assert (trained.args[0].path / "training.json").is_file()
        window.close()

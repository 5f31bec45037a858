"""Background jobs: import, export, pre-labelling and tokenising run in a QThread so that the
window never freezes; long ones show a progress dialog with a cancel button.

A job is a function ``fn(progress, cancel) -> result`` using the core's hooks
(:mod:`annotator.progress`). Jobs that touch the database open their own :class:`Project`, so no
connection is shared across threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.progress import CancelHook, Cancelled, ProgressHook

JobFunction = Callable[[ProgressHook, CancelHook], Any]

#: Minimum seconds between two progress signals (a fast job would flood the event loop).
PROGRESS_INTERVAL = 0.05

# spaCy's package has import cycles that break when two threads import it at the same time
# ("partially initialized module"), e.g. the tokenizer job and a pre-labelling job.
_SPACY_IMPORT = threading.Lock()


def import_spacy() -> None:
    """Import spaCy once, one thread at a time; later calls return at once."""
    with _SPACY_IMPORT:
        import spacy  # noqa: F401


class Job(QThread):
    """Runs ``fn`` in its own thread and reports back by (queued) signals."""

    progressed = Signal(int, int)  # done, total (-1 when unknown)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fn: JobFunction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL or (total is not None and done >= total):
            self._last_progress = now
            self.progressed.emit(int(done), -1 if total is None else int(total))

    def run(self) -> None:  # runs in the worker thread
        try:
            result = self._fn(self._progress, self.is_cancelled)
        except Cancelled:
            self.cancelled.emit()
        except Exception as error:  # every failure is reported in the window, none may kill it
            self.failed.emit(describe_failure(error))
        else:
            self.succeeded.emit(result)


def describe_failure(error: BaseException) -> str:
    problems = getattr(error, "problems", None)
    if problems:
        shown = [str(problem) for problem in list(problems)[:8]]
        more = len(problems) - len(shown)
        return "\n".join(shown + ([f"... and {more} more"] if more > 0 else []))
    return str(error) or type(error).__name__


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: JobFunction,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    on_cancel: Callable[[], None] | None = None,
    *,
    waiting: str | None = None,
) -> Job:
    """Start ``fn`` in a worker thread behind a window-modal progress dialog with a Cancel button.
    ``waiting`` is what the dialog says until the job reports its first progress."""
    job = Job(fn, parent)
    dialog = QProgressDialog(waiting or title, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(380)

    def show_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
            dialog.setLabelText(f"{title}: {done:,} of {total:,}")
        else:
            dialog.setMaximum(0)
            dialog.setLabelText(f"{title}: {done:,}")

    def cancel() -> None:
        job.cancel()
        dialog.setLabelText(f"{title}: cancelling…")

    def finish() -> None:
        dialog.close()
        dialog.deleteLater()

    dialog.canceled.connect(cancel)
    job.progressed.connect(show_progress)
    job.succeeded.connect(on_success)
    job.failed.connect(on_failure)
    if on_cancel is not None:
        job.cancelled.connect(on_cancel)
    job.finished.connect(finish)
    job.start()
    return job


# --- the jobs ---------------------------------------------------------------------------------


def import_job(location: str, paths: list[Path], encoding: str | None = None) -> JobFunction:
    def run(progress: ProgressHook, cancel: CancelHook) -> Any:
        from annotator.importers import import_paths
        from annotator.storage import Project

        with Project.open(location) as project:
            return import_paths(project, paths, encoding=encoding, progress=progress, cancel=cancel)

    return run


@dataclass(frozen=True)
class ExportFilters:
    """The command line's export filters; empty means everything."""

    statuses: tuple[str, ...] = ()
    annotators: tuple[str, ...] = ()
    layers: tuple[str, ...] = ()
    only_annotated: bool = False


@dataclass(frozen=True)
class ExportOptions:
    """The format (a name from :func:`annotator.exporters.list_formats`) and, for training data,
    a train/dev/test split with its seed."""

    format: str = "jsonl"
    split: tuple[float, float, float] | None = None
    seed: int = 0


def export_job(
    location: str, path: Path, filters: ExportFilters = ExportFilters(), options: ExportOptions = ExportOptions()
) -> JobFunction:
    def run(progress: ProgressHook, cancel: CancelHook) -> Any:
        from annotator.exporters import export_corpus
        from annotator.storage import Project

        with Project.open(location) as project:
            return export_corpus(
                project,
                path,
                options.format,
                status=list(filters.statuses) or None,
                annotator=list(filters.annotators) or None,
                layer=list(filters.layers) or None,
                only_annotated=filters.only_annotated,
                split=options.split,
                seed=options.seed,
                progress=progress,
                cancel=cancel,
            )

    return run


def prelabel_job(location: str) -> JobFunction:
    """Pre-label with the rules, and with the model the project names as its pre-labeller, if any."""

    def run(progress: ProgressHook, cancel: CancelHook) -> int:
        import_spacy()
        from annotator.nlp import prelabel_project  # spaCy: imported only when asked for
        from annotator.nlp.pipeline import build_pipeline
        from annotator.storage import Project
        from annotator.training.store import PRELABEL_SETTING, resolve_model

        with Project.open(location) as project:
            model = resolve_model(project, project.settings().get(PRELABEL_SETTING))
            build_pipeline(project.lang, model)  # the slow part before the first batch: the dialog says so
            return prelabel_project(project, model=model, progress=progress, cancel=cancel)

    return run


def train_job(location: str, layer: str, max_steps: int, use: bool, data_folder: Path | None = None) -> JobFunction:
    """Train a model on the project (see :func:`annotator.training.train_project`); with ``use``,
    the new version becomes the project's pre-labeller. A project on a server keeps its models
    in ``data_folder`` (the user's application data folder)."""

    def run(progress: ProgressHook, cancel: CancelHook) -> Any:
        import_spacy()
        from annotator.storage import Project
        from annotator.training import train_project
        from annotator.training.store import PRELABEL_SETTING

        with Project.open(location) as project:
            result = train_project(
                project, data_folder=data_folder, layer=layer, max_steps=max_steps, progress=progress, cancel=cancel
            )
            if use:
                project.set_setting(PRELABEL_SETTING, f"v{result.version}")
            return result

    return run

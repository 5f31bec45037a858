"""The job runner: import, export and pre-labelling of a project, each in a worker thread behind
a progress dialog (see :mod:`annotator.gui.workers`). It keeps the running jobs until they end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from annotator.gui.workers import (
    ExportFilters,
    ExportOptions,
    Job,
    JobFunction,
    export_job,
    import_job,
    prelabel_job,
    run_with_progress,
    train_job,
)
from annotator.wording import plural

#: What the pre-label dialog says while spaCy and the rules load (seconds, before any progress).
LOADING_PIPELINE = "Loading the language pipeline…"
#: What the training dialog says while the documents are converted (before the first step).
PREPARING_TRAINING = "Preparing the training data…"



def export_summary(report: Any, path: Path, format: str) -> str:
    """What an export wrote, per split part if split, and what the format could not carry."""
    parts = getattr(report, "parts", {}) or {}
    split = f" ({', '.join(f'{part} {count:,}' for part, count in parts.items())})" if parts else ""
    text = f"Exported {plural(report.records, 'record')}{split} as {format} to {path}"
    dropped = report.dropped_lines()
    return text + (f"; dropped: {', '.join(dropped)}" if dropped else "")


class JobRunner(QObject):
    """Starts jobs on a project location and reports their outcome by signals."""

    #: A job added documents or suggestions: the queue should read them again.
    documentsChanged = Signal()
    #: An import finished (the report of :func:`annotator.importers.import_paths`).
    imported = Signal(object)
    message = Signal(str)
    #: A job failed: worth a dialog.
    error = Signal(str)

    def __init__(self, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._parent = dialog_parent
        self.jobs: set[Job] = set()

    def run(self, title: str, fn: JobFunction, on_success: Callable[[Any], None], *, waiting: str | None = None) -> Job:
        job = run_with_progress(
            self._parent,
            title,
            fn,
            on_success,
            lambda message: self.error.emit(f"{title} failed: {message}"),
            lambda: self.message.emit(f"{title} cancelled; nothing was written"),
            waiting=waiting,
        )
        self.jobs.add(job)
        job.finished.connect(lambda: self.jobs.discard(job))
        return job

    def import_files(self, location: str, paths: list[Path]) -> Job:
        def done(report: Any) -> None:
            documents, duplicates = getattr(report, "documents", 0), getattr(report, "duplicates", 0)
            skipped = f"; {duplicates:,} duplicates skipped" if duplicates else ""
            self.documentsChanged.emit()
            self.imported.emit(report)
            self.message.emit(f"Imported {plural(documents, 'document')}{skipped}")

        return self.run("Importing", import_job(location, paths), done)

    def export(self, location: str, path: Path, filters: ExportFilters, options: ExportOptions | None = None) -> Job:
        return self.run(
            "Exporting",
            export_job(location, path, filters, options or ExportOptions()),
            lambda report: self.message.emit(export_summary(report, path, (options or ExportOptions()).format)),
        )

    def prelabel(self, location: str) -> Job:
        def done(count: Any) -> None:
            self.documentsChanged.emit()
            if count:
                self.message.emit(f"Pre-labelled {plural(count, 'document')}; they show as suggestions when you open them")
            else:
                self.message.emit("Nothing to pre-label: every document has its pre-labels already")

        return self.run("Pre-labelling", prelabel_job(location), done, waiting=LOADING_PIPELINE)

    def train(
        self,
        location: str,
        layer: str,
        max_steps: int,
        use: bool,
        on_done: Callable[[Any], None],
        data_folder: Path | None = None,
    ) -> Job:
        """Train in the background; ``on_done`` gets the :class:`annotator.training.TrainResult`.
        ``data_folder`` keeps the models of a project on a server (see :func:`train_job`)."""

        def done(result: Any) -> None:
            used = "; the project now pre-labels with it" if use else ""
            self.message.emit(f"Model v{result.version} trained and stored{used}")
            on_done(result)

        return self.run("Training", train_job(location, layer, max_steps, use, data_folder), done, waiting=PREPARING_TRAINING)

    def cancel_all(self, wait_ms: int = 10000) -> None:
        for job in list(self.jobs):
            job.cancel()
            job.wait(wait_ms)

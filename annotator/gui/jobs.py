"""Long jobs on the project: import, export and pre-labelling, each in a worker with a progress
dialog (see :mod:`annotator.gui.workers`). Mixed into :class:`annotator.gui.window.MainWindow`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from annotator.gui.workers import Job, export_job, import_job, prelabel_job, run_with_progress


class JobsMixin:
    """Starts the jobs, reports their outcome and keeps them (``_jobs``) until they finish."""

    def _track(self, job: Job) -> None:
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))

    def import_documents(self) -> None:
        if self.session is None or self.project_location is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, "Import documents", self._directory(), "Articles (*.txt *.jsonl *.json *.csv *.html *.htm);;All files (*)"
        )
        if names:
            self.run_import([Path(name) for name in names])

    def run_import(self, paths: list[Path]) -> Job | None:
        if self.project_location is None:
            return None

        def done(report: Any) -> None:
            self.queue.reload()
            documents, duplicates = getattr(report, "documents", 0), getattr(report, "duplicates", 0)
            skipped = f"; {duplicates:,} duplicates skipped" if duplicates else ""
            self.message(f"Imported {documents:,} document{'s' if documents != 1 else ''}{skipped}")
            if self.session is not None and self.session.doc_pk is None:
                first = self.session.next_document()
                if first is not None:
                    self.open_document(first)

        return self._run_job("Importing", import_job(self.project_location, paths), done)

    def export_documents(self) -> None:
        if self.session is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, "Export JSONL", str(Path(self._directory()) / "annotations.jsonl"), "JSON lines (*.jsonl)"
        )
        if name:
            self.run_export(Path(name))

    def run_export(self, path: Path) -> Job | None:
        if self.session is None or self.project_location is None:
            return None
        return self._run_job(
            "Exporting",
            export_job(self.project_location, path, annotator=self.session.annotator),
            lambda count: self.message(f"Exported {count:,} records to {path}"),
        )

    def prelabel(self) -> Job | None:
        if self.project_location is None:
            return None

        def done(count: Any) -> None:
            self.queue.reload()
            self.message(f"Pre-labelled {count:,} documents; they show as suggestions when you open them")

        return self._run_job("Pre-labelling", prelabel_job(self.project_location), done)

    def _run_job(self, title: str, fn: Any, on_success: Callable[[Any], None]) -> Job:
        job = run_with_progress(
            self,
            title,
            fn,
            on_success,
            lambda message: self.error(f"{title} failed: {message}", dialog=True),
            lambda: self.message(f"{title} cancelled; nothing was written"),
        )
        self._track(job)
        return job

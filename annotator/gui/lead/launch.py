"""Opening the lead's windows from the main window (Document menu, Ctrl+Shift+G)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from annotator.agreement.report import AgreementReport
from annotator.gui.lead.agreement_view import AgreementView
from annotator.gui.lead.review_window import ReviewWindow
from annotator.gui.workers import JobFunction
from annotator.progress import CancelHook, ProgressHook
from annotator.routing.progress import Progress

if TYPE_CHECKING:
    from annotator.gui.window import MainWindow


def open_agreement(window: MainWindow) -> None:
    """For a lead, compute agreement and progress in a worker thread (behind a progress dialog
    with Cancel) and show the agreement view; an annotator is told why not."""
    from annotator.storage.roles import GOLD_WRITERS, role_of

    session = window.session
    if session is None:
        return
    if role_of(session.project, session.annotator) not in GOLD_WRITERS:
        QMessageBox.information(
            window, "Leads only", f"{session.annotator} is not a lead: agreement and gold review are for leads."
        )
        return
    location = session.project.location
    window.jobs.run(
        "Agreement", agreement_job(location), lambda result: show_agreement(window, *result), waiting="Reading annotations…"
    )


def agreement_job(location: str) -> JobFunction:
    def run(progress: ProgressHook, cancel: CancelHook) -> tuple[AgreementReport, Progress]:
        from annotator.agreement.load import project_agreement
        from annotator.gui.workers import import_spacy
        from annotator.routing import progress as routing_progress
        from annotator.storage import Project

        import_spacy()  # the tokenizer; one thread at a time
        with Project.open(location) as project:
            return project_agreement(project, progress=progress, cancel=cancel), routing_progress(project)

    return run


def show_agreement(window: MainWindow, report: AgreementReport, progress: Progress) -> AgreementView | None:
    """The agreement view; opening a document there opens its review."""
    session = window.session
    if session is None:
        return None
    view = AgreementView(report, title=f"Agreement – {session.project.name}", progress=progress)

    def review(doc_id: str) -> None:
        document = session.project.document_by_id(doc_id)
        if document is None:
            return
        opened = ReviewWindow.open(session.project, session.annotator, document.pk)
        window.lead_windows.append(opened)
        opened.show()

    view.open_document.connect(review)
    window.lead_windows.append(view)
    view.show()
    return view

"""Opening the lead's windows from the main window (Document menu, Ctrl+Shift+G)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from annotator.gui.lead.agreement_view import AgreementView
from annotator.gui.lead.review_window import ReviewWindow

if TYPE_CHECKING:
    from annotator.gui.window import MainWindow


def open_agreement(window: MainWindow) -> AgreementView | None:
    """The agreement view for a lead; an annotator is told why not."""
    from annotator.adjudication.review import Review
    from annotator.agreement.load import project_agreement
    from annotator.routing import progress
    from annotator.storage.roles import GOLD_WRITERS, role_of

    session = window.session
    if session is None:
        return None
    if role_of(session.project, session.annotator) not in GOLD_WRITERS:
        QMessageBox.information(
            window, "Leads only", f"{session.annotator} is not a lead: agreement and gold review are for leads."
        )
        return None
    view = AgreementView(
        project_agreement(session.project), title=f"Agreement – {session.project.name}", progress=progress(session.project)
    )

    def review(doc_id: str) -> None:
        document = session.project.document_by_id(doc_id)
        if document is None:
            return
        opened = ReviewWindow(Review(session.project, session.annotator, document.pk))
        window.lead_windows.append(opened)
        opened.show()

    view.open_document.connect(review)
    window.lead_windows.append(view)
    view.show()
    return view

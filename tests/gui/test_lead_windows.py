"""The lead's agreement view and gold review, driven by keys and clicks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.agreement.load import project_agreement
from annotator.gui.lead import AgreementView, ReviewWindow
from annotator.storage import Project
from annotator.storage.roles import set_role
from tests.agreement.helpers import make_project


def _show(qtbot, widget, focus) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)
    focus.setFocus()


def _project(tmp_path: Path) -> Project:
    project = Project.open(make_project(tmp_path))
    set_role(project, "lena", "lead")
    return project


def test_agreement_view_lists_worst_first_and_opens_a_review(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = _project(tmp_path)
    view = AgreementView(project_agreement(project))
    _show(qtbot, view, view.documents)
    assert [view.documents.item(row, 0).text() for row in range(view.documents.rowCount())] == ["d2", "d1"]
    assert view.heat_map.figure.axes[0].texts  # the cells carry their scores and unit counts
    with qtbot.waitSignal(view.open_document) as opened:
        qtbot.keyClick(view.documents, Qt.Key.Key_Return)
    assert opened.args == ["d2"]
    rect = view.documents.visualItemRect(view.documents.item(1, 0))
    qtbot.mouseClick(view.documents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_document) as opened:
        qtbot.mouseDClick(view.documents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["d1"]
    project.close()


def test_the_main_window_opens_them_for_a_lead_only(qtbot, tmp_path: Path, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.conftest import open_window

    project = _project(tmp_path)
    location = Path(project.location)
    project.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window = open_window(qtbot, settings, location, annotator="alice")
    window.action("agreement").trigger()
    assert told and "alice is not a lead" in told[0] and not window.lead_windows
    window.close()
    window = open_window(qtbot, settings, location, annotator="lena")
    qtbot.keyClick(window.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(window.lead_windows) == 1, timeout=30000)  # computed in a worker thread
    view = window.lead_windows[0]
    assert isinstance(view, AgreementView) and view.progress is not None
    assert view.progress.item(view.progress.rowCount() - 1, 0).text() == "no routing set"
    view.open_document.emit("d1")
    review = window.lead_windows[1]
    assert isinstance(review, ReviewWindow) and review.review.annotators == ["alice", "bob"]
    for opened in window.lead_windows:
        opened.close()


def test_next_document_in_the_window_claims_through_routing(qtbot, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from annotator.routing import RoutingConfig, progress, set_routing
    from tests.gui.conftest import open_window

    project = _project(tmp_path)
    set_routing(project, RoutingConfig(per_document=1, overlap=0.0, annotators=["dewi"]))
    location = Path(project.location)
    window = open_window(qtbot, settings, location, annotator="dewi")  # opens dewi's first document: a claim
    qtbot.waitUntil(lambda: window.session is not None and window.session.doc_pk is not None, timeout=5000)
    first = window.session.doc_pk
    claims = {row.annotator: row.claimed for row in progress(project).annotators}
    assert claims == {"dewi": 1}
    window.action("next_document").trigger()
    qtbot.waitUntil(lambda: window.session.doc_pk != first, timeout=5000)
    assert {row.annotator: row.claimed for row in progress(project).annotators} == {"dewi": 2}
    window.action("next_document").trigger()  # both documents are dewi's now: back to the other claim
    qtbot.waitUntil(lambda: window.session.doc_pk == first, timeout=5000)
    assert {row.annotator: row.claimed for row in progress(project).annotators} == {"dewi": 2}
    project.close()

"""The lead's agreement view and gold review, driven by keys and clicks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.adjudication.review import Review
from annotator.agreement.load import project_agreement
from annotator.gui.lead import AgreementView, ReviewWindow
from annotator.gui.lead.review_window import DISAGREEMENT
from annotator.storage import AnnotationEditor, Project
from annotator.storage.roles import set_role
from tests.agreement.helpers import TEXT_1, make_project


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


def test_review_accept_conflict_undo_and_gold_done(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = _project(tmp_path)
    document = project.document_by_id("d1")
    assert document is not None
    window = ReviewWindow(Review(project, "lena", document.pk))
    _show(qtbot, window, window.table)
    table = window.table
    gold = AnnotationEditor(project, "lena", "gold")

    def gold_texts() -> set[tuple[str, str]]:
        record = gold.record(document.pk)
        return set() if record is None else {(s.label, s.text or "") for s in record.spans}

    # The first row is a disagreement: bob's `Budi` against alice's `Budi Santoso` (both PERSON).
    table.setCurrentCell(0, 0)
    first = window.review.rows[0]
    assert first.disagreement(window.review.annotators) and table.item(0, 0).background().color() == DISAGREEMENT
    assert (first.key.label, first.text) == ("PERSON", "Budi")
    qtbot.keyClick(table, Qt.Key.Key_N)
    second = window.review.rows[table.currentRow()]
    assert (second.key.label, second.text) == ("PERSON", "Budi Santoso")
    qtbot.keyClick(table, Qt.Key.Key_A)  # accept alice's version
    assert gold_texts() == {("PERSON", "Budi Santoso")}
    # Resolving the conflict: bob's `Budi` cannot sit beside it; reject it with a reason.
    table.setCurrentCell(window.review.rows.index(first), 0)
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert "overlap" in window.message.text() and gold_texts() == {("PERSON", "Budi Santoso")}
    assert window.undo_stack.count() == 1  # a refused edit is not on the undo stack
    qtbot.keyClick(table, Qt.Key.Key_R)
    assert window.reason.isVisible()
    qtbot.keyClicks(window.reason, "title is not part of the name")
    qtbot.keyClick(window.reason, Qt.Key.Key_Return)
    row = window.review.rows.index(first)
    assert table.item(row, 4).text() == "✘ title is not part of the name"
    # Accept the agreed GPE by clicking its row and the Accept button.
    medan = next(i for i, r in enumerate(window.review.rows) if r.text == "Medan")
    table.setCurrentCell(medan, 0)
    accept = next(b for b in window.findChildren(type(window.done_button)) if b.text() == "Accept (A)")
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert gold_texts() == {("PERSON", "Budi Santoso"), ("GPE", "Medan")}
    # Undo twice: Medan out, then the rejection's mark; redo brings Medan back.
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gold_texts() == {("PERSON", "Budi Santoso")}
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table.item(window.review.rows.index(first), 4).text() == ""
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert gold_texts() == {("PERSON", "Budi Santoso"), ("GPE", "Medan")}

    # A relation waits for its spans: accept the CUE relation before its quote, then after.
    def cue_row() -> int:  # alice's: from the quote with its comma
        return next(i for i, r in enumerate(window.review.rows) if r.is_relation and r.text == "Kami siap, → kata")

    table.setCurrentCell(cue_row(), 0)
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert "both its spans" in window.message.text()
    for text, label in (("Kami siap,", "QUOTE"), ("kata", "CUE")):
        table.setCurrentCell(next(i for i, r in enumerate(window.review.rows) if (r.text, r.key.label) == (text, label)), 0)
        qtbot.keyClick(table, Qt.Key.Key_A)
    table.setCurrentCell(cue_row(), 0)
    qtbot.keyClick(table, Qt.Key.Key_A)
    record = gold.record(document.pk)
    assert record is not None and [r.label for r in record.relations] == ["CUE"]
    # Free editing: select `tiba` in the text and press 6 (EVENT); undo takes it out again.
    from PySide6.QtGui import QTextCursor

    cursor = window.text.textCursor()
    cursor.setPosition(TEXT_1.index("tiba"))
    cursor.setPosition(TEXT_1.index("tiba") + 4, QTextCursor.MoveMode.KeepAnchor)
    window.text.setTextCursor(cursor)
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_6)
    assert ("EVENT", "tiba") in gold_texts()
    qtbot.keyClick(window.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("EVENT", "tiba") not in gold_texts()
    table.setFocus()
    # Gold done.
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    record = gold.record(document.pk)
    assert record is not None and record.status == "accepted" and window.done_button.isChecked()
    assert "gold done" in window.header.text()
    assert TEXT_1.startswith("Budi Santoso")
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

"""The relation list, driven with the mouse: the row clicked stays the row that Delete removes.

Clicking a relation selects its head span in the text; the span's selection used to make the
span's first relation the current row again, so that clicking a quote's second relation (its CUE,
under its SPEAKER) and pressing Delete deleted the SPEAKER."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_window
from tests.gui.driving import press, settle, stored
from tests.gui.projects import Doc, build_project, find


def click_row(qtbot, window, row: int) -> str:  # type: ignore[no-untyped-def]
    panel = window.relations_panel
    item = panel.list.item(row)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    return str(item.data(Qt.ItemDataRole.UserRole))


def test_the_clicked_relation_of_a_span_with_two_is_the_one_deleted(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.relations_panel
    heads = [window.session.relation(panel.list.item(row).data(Qt.ItemDataRole.UserRole)).head for row in range(2)]
    assert heads[0] == heads[1]  # the quote's two relations, one under the other
    clicked = click_row(qtbot, window, 1)
    assert panel.current_relation() == clicked
    assert window.session.selected_span == heads[0]  # its quote is selected in the text
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    kept = {relation.id for relation in stored(qtbot, window).relations}
    assert clicked not in kept
    assert str(panel.list.item(0).data(Qt.ItemDataRole.UserRole)) in kept


def test_clicking_the_first_relation_then_the_second_moves_the_row(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.relations_panel
    first = click_row(qtbot, window, 0)
    assert panel.current_relation() == first
    second = click_row(qtbot, window, 1)
    assert panel.current_relation() == second
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert {relation.id for relation in stored(qtbot, window).relations} >= {first}
    assert second not in {relation.id for relation in stored(qtbot, window).relations}


def quote_doc(doc_id: str, text: str) -> Doc:
    spans = [(*find(text, "Kami siap"), "QUOTE"), (*find(text, "kata"), "CUE"), (*find(text, "Budi"), "SPEAKER")]
    return Doc(doc_id, text, doc_id, spans, [(0, 1, "CUE"), (0, 2, "SPEAKER")])


def test_the_next_document_opens_with_no_relation_chosen(qtbot, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Relation ids are per annotation (r1, r2 in every document): the row current in one document
    came up current in the next one, Delete button on, so Delete removed a relation nobody chose."""
    docs = [quote_doc("a", "“Kami siap,” kata Budi di Bandung."), quote_doc("b", "“Kami siap bekerja,” kata Budi kemarin.")]
    window = open_window(qtbot, settings, build_project(tmp_path / "two.annotator", docs))
    panel = window.relations_panel
    click_row(qtbot, window, 1)
    assert panel.current_relation() is not None
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, "n")
    qtbot.waitUntil(lambda: window.session.document is not None and window.session.document.doc_id == "b")
    settle(qtbot, window)
    assert panel.list.count() == 2
    assert panel.current_relation() is None
    assert not panel.delete_button.isEnabled()
    window.close()

"""The relation list, driven with the mouse: the row clicked stays the row that Delete removes.

Clicking a relation selects its head span in the text; the span's selection used to make the
span's first relation the current row again, so that clicking a quote's second relation (its CUE,
under its SPEAKER) and pressing Delete deleted the SPEAKER."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.driving import stored


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

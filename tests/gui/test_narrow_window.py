"""The window made as small as it goes: the label palette still shows every key badge whole
(it used to scroll sideways, the keys cut off at the dock's edge)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea


def test_label_keys_stay_visible_in_a_narrow_dock(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.resize(640, 420)  # the window stops at its minimum size
    dock = window.palette_panel.parentWidget().parentWidget()
    assert isinstance(dock, QScrollArea)
    window.resizeDocks([window.findChild(QDockWidget, "labelsDock")], [120], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    QApplication.processEvents()
    viewport = dock.viewport()
    visible = QRect(QPoint(0, 0), viewport.size())
    for name, button in window.palette_panel.buttons.items():
        badge_right = button.mapTo(viewport, QPoint(button.width() - 2, button.height() // 2))
        assert badge_right.x() < visible.right(), (name, badge_right.x(), visible.right())
    assert not dock.horizontalScrollBar().isVisible()
    window.grab().save(str(tmp_path / "narrow.png"))



def test_the_document_list_keeps_title_and_status_in_a_narrow_dock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The status column used to stand past the edge of a narrow dock, out of sight."""
    table = window.queue.table
    for width in (150, 230, 400):
        window.resizeDocks([window.findChild(QDockWidget, "queueDock")], [width], Qt.Orientation.Horizontal)
        qtbot.wait(20)
        header = table.horizontalHeader()
        shown = [column for column in range(4) if not table.isColumnHidden(column)]
        assert shown[:2] == [0, 1], width
        right = max(header.sectionViewportPosition(column) + header.sectionSize(column) for column in shown)
        assert right <= table.viewport().width() + 1, (width, shown, right, table.viewport().width())
        assert header.sectionViewportPosition(0) == 0 and header.sectionSize(0) >= 40
    assert shown == [0, 1, 2, 3]  # room for every column at 400 pixels


def test_a_first_start_fits_the_window_in_the_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """At 1440x900 the window (1440x900 plus the title bar) hid its status bar below the screen's
    edge; with no size remembered it is fitted to the screen's free area, frame included."""
    from annotator.gui.app import FRAME, fit_to_screen

    free = window.screen().availableGeometry()
    assert window.height() + FRAME.height() > free.height()  # as opened by the tests: too tall for this screen
    fit_to_screen(window)
    qtbot.wait(50)
    assert window.height() + FRAME.height() <= free.height()  # (not narrower than its docks allow)
    status_bar = window.statusBar()
    bottom = status_bar.mapToGlobal(status_bar.rect().bottomLeft()).y()
    assert status_bar.isVisible() and free.top() <= bottom <= free.bottom()

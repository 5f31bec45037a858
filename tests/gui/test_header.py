"""The header above the text: a long title is cut to two lines and a long source line to one
(the whole of each in its tool tip), and neither widens the central area: the document list and
the panels kept jumping narrower and wider from one document to the next."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_window
from tests.gui.driving import press, settle
from tests.gui.projects import Doc, build_project

LONG_TITLE = " ".join(["Warga kota menunggu kabar resmi tentang banjir besar yang melanda"] * 4)


def test_long_titles_and_sources_keep_the_docks_still(qtbot, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    docs = [
        Doc("pendek", "Budi pergi ke pasar.", title="Pasar"),
        Doc("panjang-" + "x" * 90, "Ani pulang dari sekolah.", title=LONG_TITLE),
    ]
    window = open_window(qtbot, settings, build_project(tmp_path / "long.annotator", docs))
    window.resize(1250, 800)
    qtbot.wait(100)
    queue_dock = window.queue.parentWidget()
    widths = (queue_dock.width(), window.header.width())
    header = window.header
    one_line = header.title.fontMetrics().lineSpacing()
    assert header.title.height() < 2 * one_line + 8  # "Pasar": one line
    press(qtbot, window, "n")
    settle(qtbot, window)
    qtbot.wait(100)
    assert window.session.document.doc_id.startswith("panjang-")
    assert (queue_dock.width(), window.header.width()) == widths
    assert header.title.height() <= 2 * one_line + 8  # two lines at most
    assert header.title.text().endswith("…") and header.title.toolTip() == LONG_TITLE
    assert header.meta.text().endswith("…") and "x" * 90 in header.meta.toolTip()
    assert queue_dock.width() >= 300  # the width it was given, not squeezed by the header
    window.header.grab().save(str(tmp_path / "header.png"))
    window.close()


def test_a_short_title_shows_whole(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    title = window.session.document.title
    assert window.header.title.text() == title and window.header.title.toolTip() == ""
    assert Qt.TextInteractionFlag.TextSelectableByMouse & window.header.title.textInteractionFlags()

"""Spans after emoji, family emoji, combining marks and in right-to-left text have exactly the
characters shown: the window passes code points through; the view converts to UTF-16."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import open_window
from tests.gui.driving import drag_select, press, settle, stored
from tests.gui.projects import Doc, build_project, find

EMOJI_TEXT = "Keren 🎉 sekali 👨‍👩‍👧 kata Ahmad Dahlan di Yogyakarta. Café Dirgahayu sudah buka."
RTL_TEXT = "قال محمد بن سلمان إن الرياض مستعدة.\n\nRapat di Riyadh berlangsung lancar."


@pytest.fixture
def unicode_window(qtbot, tmp_path, settings):  # type: ignore[no-untyped-def]
    docs = [Doc("emoji", EMOJI_TEXT, "Emoji"), Doc("rtl", RTL_TEXT, "RTL")]
    path = build_project(tmp_path / "unicode.annotator", docs)
    window = open_window(qtbot, settings, path)
    window.action("snap").setChecked(False)
    yield window
    window.close()


@pytest.mark.parametrize("part", ["Ahmad Dahlan", "Yogyakarta", "sekali"])
def test_span_after_emoji_has_the_exact_characters(qtbot, unicode_window, part: str) -> None:
    start, end = find(EMOJI_TEXT, part)
    drag_select(qtbot, unicode_window.view, start, end)
    press(qtbot, unicode_window, "1" if part == "Ahmad Dahlan" else "3")
    span = next(span for span in stored(qtbot, unicode_window).spans)
    assert (span.start, span.end, span.text) == (start, end, part)


def test_decomposed_accent_stays_whole(qtbot, tmp_path, settings) -> None:
    text = "Kunjungan ke Cafe\u0301 Dirgahayu dan 👩🏽‍🔬 Siti di Bandung."
    window = open_window(qtbot, settings, build_project(tmp_path / "marks.annotator", [Doc("m", text, "Marks")]))
    window.action("snap").setChecked(False)
    for part, key in (("Cafe\u0301 Dirgahayu", "2"), ("Siti", "1"), ("Bandung", "3")):
        start, end = find(text, part)
        drag_select(qtbot, window.view, start, end)
        press(qtbot, window, key)
    assert sorted(span.text for span in stored(qtbot, window).spans) == sorted(["Cafe\u0301 Dirgahayu", "Siti", "Bandung"])
    window.close()


@pytest.mark.parametrize("part", ["محمد بن سلمان", "الرياض", "Riyadh"])
def test_span_in_right_to_left_text(qtbot, unicode_window, part: str) -> None:
    unicode_window.documents.step_document(1)
    settle(qtbot, unicode_window)
    assert unicode_window.session.document.doc_id == "rtl"
    start, end = find(RTL_TEXT, part)
    drag_select(qtbot, unicode_window.view, start, end)
    assert unicode_window.view.selection() == (start, end)
    press(qtbot, unicode_window, "1")
    span = stored(qtbot, unicode_window).spans[0]
    assert (span.start, span.end, span.text) == (start, end, part)


def test_white_space_alone_becomes_no_span(qtbot, unicode_window) -> None:
    """Snapping off, a click before the family emoji and Shift+Right selects the space: a label key
    then makes no span of it (it used to store a PERSON on ' ')."""
    space = EMOJI_TEXT.index(" 👨")
    qtbot.mouseClick(unicode_window.view.viewport(), Qt.MouseButton.LeftButton, pos=unicode_window.view.point_for_offset(space))
    press(qtbot, unicode_window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert unicode_window.view.selection() == (space, space + 1)
    press(qtbot, unicode_window, "1")
    assert stored(qtbot, unicode_window).spans == []
    assert unicode_window.statusBar().currentMessage().startswith("Only white space is selected")


def test_an_unsnapped_selection_loses_its_edge_spaces(qtbot, unicode_window) -> None:
    start, end = find(EMOJI_TEXT, "👨‍👩‍👧")
    drag_select(qtbot, unicode_window.view, start - 1, end + 1)
    press(qtbot, unicode_window, "1")
    span = stored(qtbot, unicode_window).spans[0]
    assert (span.start, span.end, span.text) == (start, end, "👨‍👩‍👧")

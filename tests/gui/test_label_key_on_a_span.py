"""A label key pressed on a mouse selection that covers exactly an existing span: the span is
accepted or relabelled, never refused as overlapping itself; and the header's relation count."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.driving import drag_select, press, span_texts, stored
from tests.gui.projects import QUOTE_TEXT, find


def test_the_suggested_label_on_its_own_words_accepts_the_suggestion(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start, end = find(QUOTE_TEXT, "Jakarta")  # suggested GPE s5
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "3")
    record = stored(qtbot, window)
    assert [(s.label, s.source) for s in record.spans if (s.start, s.end) == (start, end)] == [("GPE", "human")]
    assert "overlap" not in window.statusBar().currentMessage()
    assert window.session.selected_span == "s5"
    assert window.view.selection() is None
    press(qtbot, window, "3")  # once more: nothing to do, and it says so
    assert window.statusBar().currentMessage() == "That span is GPE already"


def test_another_entity_label_on_a_suggestions_words_relabels_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start, end = find(QUOTE_TEXT, "Jakarta")
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "4")
    assert window.statusBar().currentMessage() == "“Jakarta” is now LOC (was GPE; Ctrl+Z undoes)"
    labels = [(s.label, s.source) for s in stored(qtbot, window).spans if (s.start, s.end) == (start, end)]
    assert labels == [("LOC", "human")]


def test_a_speaker_on_a_persons_words_is_a_new_stacked_span(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start, end = find(QUOTE_TEXT, "Sri Mulyani")  # PERSON s1
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "e")
    texts = span_texts(stored(qtbot, window))
    assert ("SPEAKER", "Sri Mulyani", "human") in texts
    assert ("PERSON", "Sri Mulyani", "model") in texts


def test_the_header_counts_one_relation_in_the_singular(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.header.progress.text().endswith("2 relations")
    panel = window.relations_panel
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert len(stored(qtbot, window).relations) == 1
    assert window.header.progress.text().endswith("1 relation")

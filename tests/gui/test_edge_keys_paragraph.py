"""Span edge keys stop at the paragraph: a DATE at the end of a paragraph grown with `}` took the
full stop, then the line break and the first word of the next paragraph (seen while annotating a
real article: `Jumat (25/8/2017). (`)."""

from __future__ import annotations

from tests.gui.driving import drag_select, press, stored
from tests.gui.projects import QUOTE_TEXT, find


def test_the_end_key_stops_at_the_end_of_the_paragraph(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start, end = find(QUOTE_TEXT, "Senin (3/7/2025)")
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "7")  # DATE
    date_id = window.session.selected_span
    press(qtbot, window, "}")
    assert window.session.span(date_id).text == "Senin (3/7/2025)."
    press(qtbot, window, "}")
    assert window.statusBar().currentMessage() == "The span's end is already at the end of its paragraph"
    dates = [span.text for span in stored(qtbot, window).spans if span.label == "DATE"]
    assert dates == ["Senin (3/7/2025)."]


def test_the_start_key_stops_at_the_start_of_the_paragraph(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start, end = find(QUOTE_TEXT, "Menurut")
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "4")  # LOC: any label will do
    press(qtbot, window, "[")
    assert window.statusBar().currentMessage() == "The span's start is already at the start of its paragraph"
    assert [span.text for span in stored(qtbot, window).spans if span.label == "LOC"] == ["Menurut"]

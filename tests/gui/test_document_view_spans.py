"""Spans and relations in the real document view: clicking, hovering, dragging edges and relations,
Alt/Shift+Alt arrows, scroll and zoom, a 20,000-word document, and how it looks (screenshots in /tmp)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from annotator.gui.document_view import DocumentView, ViewRelation, ViewSpan
from annotator.model.scheme import default_scheme
from tests.gui.view_sample import RELATIONS, SCREENSHOTS, SPANS, TEXT, at, colour_present, long_document


def centre_of(view: DocumentView, span_id: str) -> QPoint:
    rect = view.span_rect(span_id)
    assert rect is not None
    return rect.center()


def test_clicking_a_span_emits_and_selects_it(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    clicked: list[str] = []
    view.spanClicked.connect(clicked.append)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(view, "per1"))
    assert clicked == ["per1"] and view.selected_span() == "per1"
    # A PERSON inside a QUOTE: a click on the nested span gets the inner one, elsewhere the quote.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(view, "gpe2"))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_for_offset(at("cadangan") + 2))
    assert clicked[1:] == ["gpe2", "quote"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_for_offset(at("pasokan") + 2))
    assert clicked[-1] == "" and view.selected_span() is None
    assert view.selection() is None


def test_a_click_on_a_bar_picks_its_lane(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    clicked: list[str] = []
    view.spanClicked.connect(clicked.append)
    for span_id in ("cue2", "spk2", "org2", "role"):
        point = view.span_bar_point(span_id)
        assert point is not None
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked == ["cue2", "spk2", "org2", "role"]
    assert view.span_bar_point("quote") is None


def test_select_span_highlights_and_scrolls_into_view(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.select_span("quote")
    assert view.selected_span() == "quote"
    view.select_span("nope")
    assert view.selected_span() is None
    view.select_span(None)
    assert view.selected_span() is None


def test_hovering_emits_span_ids(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    hovered: list[str] = []
    view.spanHovered.connect(hovered.append)
    qtbot.mouseMove(view.viewport(), centre_of(view, "gpe3"))
    qtbot.mouseMove(view.viewport(), view.point_for_offset(at("pasokan") + 2))
    assert hovered == ["gpe3", ""]
    assert view.hovered_span() is None


def test_dragging_the_end_edge_of_the_selected_span_requests_a_resize(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.select_span("role")
    requests: list[tuple[str, int, int]] = []
    view.spanResizeRequested.connect(lambda *args: requests.append(args))
    viewport = view.viewport()
    edge = view.span_edge_point("role", "end")
    assert edge is not None
    target = view.point_for_offset(at("pasokan") + 3)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(viewport, QPoint(edge.x() + 10, edge.y()))
    qtbot.mouseMove(viewport, target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    # Snapped to the end of the token "pasokan"; the text selection is untouched.
    assert requests == [("role", at("mantan"), at("pasokan") + len("pasokan"))]
    assert view.selection() is None


def test_dragging_the_start_edge_without_snapping_moves_by_characters(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.set_snap_to_tokens(False)
    view.select_span("quote")
    requests: list[tuple[str, int, int]] = []
    view.spanResizeRequested.connect(lambda *args: requests.append(args))
    edge = view.span_edge_point("quote", "start")
    target = view.point_for_offset(at("siap") + 2)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert requests == [("quote", at("siap") + 2, SPANS[5].end)]


def test_stepping_the_selected_span_edges_by_token_or_character(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    """The window's edge-move actions (Alt+arrows, Shift+Alt+arrows, brackets) call this; their
    keys are tested on the window (tests/gui/test_keymap.py, test_window_edits.py)."""
    requests: list[tuple[str, int, int]] = []
    view.spanResizeRequested.connect(lambda *args: requests.append(args))
    view.select_span("org2")  # "UGM" in "mantan rektor UGM tersebut"
    view.step_selected_span_edge("start", -1)
    view.step_selected_span_edge("end", 1)
    view.step_selected_span_edge("start", 1)  # would leave an empty span: nothing
    view.step_selected_span_edge("end", -1)  # likewise
    ugm = at("UGM")
    assert requests == [("org2", at("rektor"), ugm + 3), ("org2", ugm, at("tersebut") + len("tersebut"))]
    view.set_snap_to_tokens(False)
    view.step_selected_span_edge("start", -1)
    view.step_selected_span_edge("end", -1)
    assert requests[2:] == [("org2", ugm - 1, ugm + 3), ("org2", ugm, ugm + 2)]


def test_dragging_from_a_bar_to_another_span_requests_a_relation(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    requests: list[tuple[str, str]] = []
    view.relationDragRequested.connect(lambda head, child: requests.append((head, child)))
    viewport = view.viewport()
    start = view.span_bar_point("role")
    target = centre_of(view, "per1")
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint(start.x() + 20, start.y() - 20))
    qtbot.mouseMove(viewport, target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert requests == [("role", "per1")]


def test_ctrl_drag_from_a_quote_to_its_speaker_requests_a_relation(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    requests: list[tuple[str, str]] = []
    view.relationDragRequested.connect(lambda head, child: requests.append((head, child)))
    viewport = view.viewport()
    start = view.point_for_offset(at("cadangan") + 2)
    target = centre_of(view, "role")
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, control, start)
    qtbot.mouseMove(viewport, target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, control, target)
    assert requests == [("quote", "role")]
    assert view.selection() is None


def test_set_annotations_keeps_scroll_and_selection_set_document_resets(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    long_text = "\n".join(f"Paragraf {n}: harga beras naik di Medan, kata Rina." for n in range(300))
    view.set_document(long_text, [], [], default_scheme())
    target = long_text.index("Paragraf 150:")
    view.scroll_to_offset(target)
    qtbot.wait(50)
    first = view.first_visible_offset()
    assert first == target
    view.set_selection(target, target + 8)
    spans = [ViewSpan("a", target + 10, target + 15, "ORG", False)]
    view.set_annotations(spans, [])
    assert view.first_visible_offset() == first
    assert view.selection() == (target, target + 8)
    assert view.span_at(target + 11) == "a"
    view.set_document(TEXT, SPANS, RELATIONS, default_scheme())
    assert view.first_visible_offset() == 0 and view.selection() is None and view.selected_span() is None


def test_zoom_and_theme(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    zooms: list[int] = []
    view.zoomChanged.connect(zooms.append)
    before = view.point_for_offset(at("Medan", 0))
    view.zoom(+1)
    view.zoom(+1)
    after = view.point_for_offset(at("Medan", 0))
    assert zooms == [1, 2] and after != before
    view.zoom(-2)
    assert view.zoom_level() == 0
    light = view.grab().toImage()
    view.set_dark(True)
    dark = view.grab().toImage()
    assert QColor(light.pixel(5, 300)).lightness() > 200
    assert QColor(dark.pixel(5, 300)).lightness() < 60


def test_relations_show_on_hover_and_with_show_all(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    cue_color = "#f032e6"
    # The CUE relation arc shares the CUE span colour: hide the CUE bars to look for the arc alone.
    spans = [s for s in SPANS if s.label != "CUE"]
    view.set_annotations(spans, [ViewRelation("r1", "quote", "spk2", "CUE", False)])
    quiet = view.grab().toImage()
    view.select_span("quote")
    focused = view.grab().toImage()
    view.select_span(None)
    view.set_show_all_relations(True)
    everything = view.grab().toImage()
    assert not colour_present(quiet, cue_color, tolerance=10)  # hidden until hovered or selected
    assert colour_present(focused, cue_color, tolerance=10)
    assert colour_present(everything, cue_color, tolerance=10)


def test_screenshots_light_dark_selected(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(exist_ok=True)
    view.set_selection(at("pasokan"), at("pasokan") + 7)
    image = view.grab()
    image.save(str(SCREENSHOTS / "light.png"))
    assert colour_present(image.toImage(), "#e6194b")  # PERSON bar
    assert colour_present(image.toImage(), "#3cb44b")  # GPE bar
    view.select_span("quote")
    view.set_dark(True)
    view.grab().save(str(SCREENSHOTS / "dark-selected.png"))


def test_a_20000_word_document_with_2000_spans_renders_and_scrolls(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    text, spans, relations = long_document(20_000, 2_000)
    view.set_document(text, spans, relations, default_scheme())
    top = view.grab().toImage()
    assert colour_present(top, "#e6194b") or colour_present(top, "#4363d8")
    middle = spans[1000]
    view.select_span(middle.id)
    shown = view.grab().toImage()
    rect = view.span_rect(middle.id)
    assert rect is not None and view.viewport().rect().contains(rect.center())
    assert view.span_at_point(rect.center()) == middle.id
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    end = view.grab().toImage()
    assert view.first_visible_offset() > len(text) * 0.9
    assert top != shown != end
    qtbot.waitUntil(lambda: not view.layout_pending(), timeout=5000)
    # Once everything is laid out, the last line is still reachable at the bottom.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    last = view.point_for_offset(len(text))
    assert 0 < last.y() < view.viewport().height()


def test_an_empty_document_takes_keys_and_clicks(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.set_document("", [], [], default_scheme())
    clicked: list[str] = []
    view.spanClicked.connect(clicked.append)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_PageDown):
        qtbot.keyClick(view, key, Qt.KeyboardModifier.ShiftModifier)
    assert clicked == [""] and view.selection() is None and view.first_visible_offset() == 0
    assert view.span_at(0) is None
    view.grab()


@pytest.mark.parametrize("word", ["שלום", "עולם", "بالعالم"])
def test_bars_of_right_to_left_words_inside_latin_text_sit_under_their_glyphs(qtbot, view: DocumentView, word: str) -> None:  # type: ignore[no-untyped-def]
    text = "Ia berkata שלום עולם lalu مرحبا بالعالم kepada warga."
    start = text.index(word)
    view.set_document(text, [ViewSpan("w", start, start + len(word), "LOC", False)], [], default_scheme())
    bar = view.span_bar_point("w")
    assert bar is not None
    text_y = view.point_for_offset(start).y()
    # The glyph drawn above the middle of the bar belongs to the word (Qt's own character hit test).
    assert view.span_at_point(QPoint(bar.x(), text_y)) == "w"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=bar)
    assert view.selected_span() == "w"


def test_dragging_the_end_of_any_bar_requests_a_resize(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    assert view.selected_span() is None
    requests: list[tuple[str, int, int]] = []
    view.spanResizeRequested.connect(lambda *args: requests.append(args))
    edge = QPoint(view.span_edge_point("org2", "end").x(), view.span_bar_point("org2").y())
    target = view.point_for_offset(at("tersebut") + 4)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(viewport, QPoint(edge.x() + 8, edge.y()))
    qtbot.mouseMove(viewport, target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert requests == [("org2", at("UGM"), at("tersebut") + len("tersebut"))]


def test_a_selection_drag_held_below_the_view_scrolls_and_extends(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    long_text = "\n".join(f"Paragraf {n}: harga beras naik di Medan, kata Rina." for n in range(200))
    view.set_document(long_text, [], [], default_scheme())
    view.set_snap_to_tokens(False)
    viewport = view.viewport()
    start = view.point_for_offset(long_text.index("harga"))
    below = QPoint(start.x(), viewport.height() - 2)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint(start.x(), start.y() + 30))
    qtbot.mouseMove(viewport, below)
    first_end = view.selection()[1]
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 60, timeout=3000)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=below)
    assert view.selection()[0] == long_text.index("harga")
    assert view.selection()[1] > first_end

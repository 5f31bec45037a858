"""Drawing in the real document view: arcs drawn once, tags kept apart, zoom keeping the selected
span in view, label names on the bars, indirect quotes, colour emoji, and every span under a click."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFontDatabase, QFontMetricsF, QWheelEvent
from PySide6.QtWidgets import QApplication

from annotator.gui.document_view import DocumentView, ViewRelation, ViewSpan
from annotator.gui.document_view.tags import TagPlacer, span_caption
from annotator.gui.document_view.viewport_paint import paint_state
from annotator.model.scheme import default_scheme
from tests.gui.view_sample import (
    RELATIONS,
    SCREENSHOTS,
    SPANS,
    TEXT,
    at,
    colour_present,
    long_document,
    span,
)


def hover(qtbot, view: DocumentView, point: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: view.hovered_span() is not None, timeout=2000)


def test_the_arc_between_the_selected_span_and_the_hovered_one_is_drawn_once(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.select_span("quote")
    hover(qtbot, view, view.span_bar_point("spk2"))
    assert view.hovered_span() == "spk2"
    drawn = [relation.id for relation in paint_state(view).relations]
    assert sorted(drawn) == ["r1", "r2", "r3"]  # the quote's two, the speaker's COREF; r1 once
    view.grab()
    arc_labels = [rect for rect in view._painter.tags.placed if rect.height() < 30]
    assert len(arc_labels) == len(set((r.x(), r.y()) for r in arc_labels))


def test_two_tags_never_cover_each_other(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    # CUE and SPEAKER on the same word ("ujarnya"): both chips start at the same place.
    view.select_span("spk2")
    hover(qtbot, view, view.span_bar_point("cue2"))
    assert view.hovered_span() == "cue2"
    view.grab()
    placed = view._painter.tags.placed
    assert len(placed) >= 2
    assert not any(a.intersects(b) for a, b in combinations(placed, 2))
    placer = TagPlacer()
    first = placer.place(QRectF(10, 10, 40, 12))
    second = placer.place(QRectF(20, 10, 40, 12))
    assert not first.intersects(second) and second.left() > first.right()


def test_zooming_keeps_the_selected_span_in_view(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    text, spans, relations = long_document(6_000, 400)
    view.set_document(text, spans, relations, default_scheme())
    target = spans[250]
    view.select_span(target.id)
    for steps in (1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1):
        if steps > 0:
            # Ctrl+wheel, as a user zooms.
            point = view.viewport().rect().center()
            event = QWheelEvent(
                point,
                view.viewport().mapToGlobal(point),
                QPoint(0, 0),
                QPoint(0, 120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.ControlModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(view.viewport(), event)
        else:
            view.zoom(-1)
        rect = view.span_rect(target.id)
        assert rect is not None
        assert view.viewport().rect().intersects(rect), f"lost the selected span at zoom {view.zoom_level()}"
    assert view.zoom_level() == -2


def test_label_names_on_the_bars(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    thin = view._geometry.bar_rect(view._index.by_id["per1"], view._geometry.segments(view._index.by_id["per1"])[0])
    plain = view.grab().toImage()
    view.set_show_label_names(True)
    assert view.show_label_names()
    item = view._index.by_id["per1"]
    tall = view._geometry.bar_rect(item, view._geometry.segments(item)[0])
    assert tall.height() >= QFontMetricsF(view._layout.metrics.label_font).height()
    assert tall.height() > thin.height() * 2
    named = view.grab()
    assert named.toImage() != plain
    SCREENSHOTS.mkdir(exist_ok=True)
    named.save(str(SCREENSHOTS / "names-light.png"))
    view.set_dark(True)
    view.select_span("quote")
    view.grab().save(str(SCREENSHOTS / "names-dark.png"))
    # A click on the (now taller) bar still picks it.
    view.select_span(None)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.span_bar_point("gpe3"))
    assert view.selected_span() == "gpe3"
    view.set_show_label_names(False)
    assert view._geometry.bar_rect(item, view._geometry.segments(item)[0]).height() == thin.height()


def test_captions_carry_attribute_values() -> None:
    assert span_caption("QUOTE", {"type": "indirect"}) == "QUOTE · indirect"
    assert span_caption("SPEAKER", {"kind": "role"}, suggested=True) == "SPEAKER · role ?"
    assert span_caption("PERSON", {"nested": {"a": 1}}) == "PERSON"
    assert span_caption("PERSON", {"rule": "capitalised_run"}, suggested=True) == "PERSON ?"
    assert span_caption("SPEAKER", {"kind": "name", "model": "v3"}) == "SPEAKER · name"


def test_the_tag_of_a_clicked_suggestion_does_not_name_its_rule(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A pre-labelled PERSON carries ``rule``: its tag read "PERSON · name_found_elsewhere ?", a
    rule's name where the attribute values go (the tool tip and the Attributes panel say who suggested it)."""
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    start = TEXT.index("Rina Hartono")
    suggestion = ViewSpan("p", start, start + len("Rina Hartono"), "PERSON", True, {"rule": "name_found_elsewhere"})
    view.set_document(TEXT, [suggestion], [], default_scheme())
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.span_bar_point("p"))
    assert view.selected_span() == "p"
    view.grab()
    (tag,) = view._painter.tags.placed
    metrics = QFontMetricsF(view._layout.metrics.label_font)
    assert tag.width() == pytest.approx(metrics.horizontalAdvance("PERSON ?") + 8)


def test_an_indirect_quote_is_tinted_differently(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    rect = view.span_rect("quote")
    assert rect is not None
    direct = view.grab(rect).toImage()
    quote = next(s for s in SPANS if s.id == "quote")
    spans = [span("quote", TEXT[quote.start : quote.end], "QUOTE", type="indirect") if s is quote else s for s in SPANS]
    view.set_annotations(spans, RELATIONS)
    indirect = view.grab(rect).toImage()
    assert direct != indirect
    assert colour_present(direct, "#ffd8b1", tolerance=40)
    SCREENSHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SCREENSHOTS / "indirect-quote.png"))
    # The tool tip names the attribute.
    assert "type: indirect" in view._mouse.tooltip(view._index.by_id["quote"])


def test_a_click_on_stacked_spans_reports_all_of_them(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    point = view.point_for_offset(at("ujarnya") + 3)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert set(view.spans_at_click()) == {"cue2", "spk2"}  # "ujarnya" is outside the quote
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.span_bar_point("spk2"))
    clicked = view.spans_at_click()
    assert clicked[0] == "spk2" and "cue2" in clicked


def test_emoji_are_drawn_with_the_colour_emoji_font(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    if "Noto Color Emoji" not in QFontDatabase.families():
        pytest.skip("fonts-noto-color-emoji is not installed")
    text = "Gol ⚽ dan pesta 🎉 bersama 👍🏽 di Jakarta ❤️."
    view.set_document(text, [ViewSpan("g", text.index("Jakarta"), text.index("Jakarta") + 7, "GPE", False)], [], default_scheme())
    # A text font that has its own grey glyph for the football comes first, as on many desktops.
    metrics = view._layout.metrics
    metrics.font.setFamilies(["DejaVu Serif"])
    view._layout.set_metrics(metrics)
    layout = view._layout.ensure(0)
    emoji_fonts = {run.rawFont().familyName() for run in layout.glyphRuns() if run.rawFont().familyName() == "Noto Color Emoji"}
    glyphs = sum(len(run.glyphIndexes()) for run in layout.glyphRuns() if run.rawFont().familyName() == "Noto Color Emoji")
    assert emoji_fonts == {"Noto Color Emoji"}
    assert glyphs >= 4  # ⚽ 🎉 👍🏽 ❤️
    assert view.span_rect("g") is not None
    SCREENSHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SCREENSHOTS / "emoji.png"))


def test_relations_are_unchanged_when_one_span_is_focused(view: DocumentView) -> None:
    view.select_span("cue2")
    assert [relation.id for relation in paint_state(view).relations] == ["r2"]
    view.set_annotations(SPANS, [*RELATIONS, ViewRelation("r4", "quote", "gpe2", "SPEAKER", False)])
    view.select_span("quote")
    assert sorted(relation.id for relation in paint_state(view).relations) == ["r1", "r2", "r4"]

"""After a label key the document view repaints only the rows that changed, and what is on the
screen then is exactly what a full repaint draws (pixels read back from the window)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QApplication

from annotator.gui.document_view import DocumentView, ViewSpan
from annotator.model.scheme import default_scheme
from tests.gui.view_sample import long_document

#: A partial repaint: the changed rows with their arcs, well under the whole viewport (a little over
#: half of it here, as the lines of paragraphs with relations keep room for arc labels under them).
PARTIAL = 0.7


class Painted:
    """Records the regions Qt asks the view to repaint."""

    def __init__(self, view: DocumentView) -> None:
        self.regions: list[QRegion] = []
        original = view.paintEvent

        def recorded(event):  # type: ignore[no-untyped-def]
            self.regions.append(QRegion(event.region()))
            original(event)

        view.paintEvent = recorded  # type: ignore[method-assign]

    def area(self) -> int:
        return sum(rect.width() * rect.height() for region in self.regions for rect in region)


@pytest.fixture
def long_view(qtbot):  # type: ignore[no-untyped-def]
    text, spans, relations = long_document(3000, 300)
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_document(text, spans, relations, default_scheme())
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.layout_pending(), timeout=10000)
    view.scroll_to_offset(spans[100].start)
    qtbot.wait(50)
    return view, spans, relations


def on_screen(view: DocumentView) -> QImage:
    """What the window shows of the view's viewport now (its backing store), not a fresh rendering."""
    QApplication.processEvents()
    viewport = view.viewport()
    window = view.window().windowHandle()
    image = view.screen().grabWindow(window.winId()).toImage()
    corner = viewport.mapTo(view.window(), QPoint(0, 0))
    if image.size() != view.window().size():  # some platforms grab the whole screen
        corner = viewport.mapToGlobal(QPoint(0, 0)) - view.screen().geometry().topLeft()
    return image.copy(QRect(corner, viewport.size()))


def full_repaint(view: DocumentView) -> QImage:
    view.viewport().update()
    return on_screen(view)


def visible_span(view: DocumentView, spans: list[ViewSpan], after: int) -> int:
    """The index of a span past ``after`` shown in the middle of the viewport."""
    height = view.viewport().height()
    for index in range(after, len(spans)):
        y = view.point_for_offset(spans[index].start).y()
        if height * 0.3 < y < height * 0.7:
            return index
    raise AssertionError("no span in the middle of the view")


def test_a_label_key_repaints_only_changed_rows_and_draws_what_a_full_repaint_draws(qtbot, long_view) -> None:  # type: ignore[no-untyped-def]
    view, spans, relations = long_view
    first = visible_span(view, spans, 100)
    view.select_span(spans[first].id)
    view.set_selection(spans[first + 1].start, spans[first + 1].end)
    on_screen(view)
    painted = Painted(view)

    # A label key as the window does it: the new label shown, the span selected and pending,
    # the text selection cleared.
    changed = list(spans)
    target = changed[first + 1]
    changed[first + 1] = replace(target, label="ORG" if target.label != "ORG" else "PERSON", suggested=False)
    view.set_annotations(changed, relations)
    view.select_span(target.id)
    view.set_pending({target.id})
    view.clear_selection()
    partial = on_screen(view)

    viewport = view.viewport().width() * view.viewport().height()
    assert painted.regions, "nothing was repainted"
    assert painted.area() < viewport * PARTIAL
    assert view.pending_spans() == {target.id}
    assert partial == full_repaint(view)

    # The save is stored: the span is drawn normally again, again only its rows repainted.
    painted.regions.clear()
    view.set_pending(set())
    partial = on_screen(view)
    assert painted.regions and painted.area() < viewport * PARTIAL
    assert partial == full_repaint(view)


def test_spans_that_need_a_third_lane_repaint_everything_below(qtbot, long_view) -> None:  # type: ignore[no-untyped-def]
    """Two spans stacked on one word take lanes 2 and 3: the paragraph grows, the rows below move."""
    view, spans, relations = long_view
    first = visible_span(view, spans, 100)
    on_screen(view)
    painted = Painted(view)
    start, end = spans[first].start, spans[first].end
    stacked = [ViewSpan("stacked1", start, end, "GPE", False), ViewSpan("stacked2", start, end, "DATE", False)]
    view.set_annotations([*spans, *stacked], relations)
    partial = on_screen(view)
    assert painted.area() >= view.viewport().width() * view.viewport().height()
    assert partial == full_repaint(view)


def test_label_keys_in_the_window_leave_the_view_as_a_full_repaint_draws_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Real key presses: a new span (pending while the queue is held, then stored), then a relabel."""
    from tests.gui.driving import drag_select, press, settle
    from tests.gui.projects import QUOTE_TEXT, find
    from tests.gui.test_pending_spans import held_queue

    view = window.view
    for word, key in (("pemerintah", "2"), ("defisit", "2"), ("defisit", "3")):
        start, end = find(QUOTE_TEXT, word)
        with held_queue(window):
            if key == "2":
                drag_select(qtbot, view, start, end)
            press(qtbot, window, key)
            assert view.pending_spans()
            shown = on_screen(view)
            assert shown == full_repaint(view), f"after {key} on {word}"
        settle(qtbot, window)
        assert not view.pending_spans()
        stored = on_screen(view)
        assert stored == full_repaint(view), f"after {key} on {word} was stored"


def test_hovering_from_span_to_span_repaints_only_their_rows(qtbot, long_view) -> None:  # type: ignore[no-untyped-def]
    """Hover used to repaint the whole view at every span the pointer crossed."""
    view, spans, _relations = long_view
    first = visible_span(view, spans, 100)
    view.select_span(spans[first].id)
    other = first + 2
    qtbot.mouseMove(view.viewport(), view.point_for_offset((spans[first + 1].start + spans[first + 1].end) // 2))
    assert view.hovered_span() == spans[first + 1].id
    on_screen(view)
    painted = Painted(view)
    qtbot.mouseMove(view.viewport(), view.point_for_offset((spans[other].start + spans[other].end) // 2))
    assert view.hovered_span() == spans[other].id
    partial = on_screen(view)
    assert painted.regions, "nothing was repainted"
    # The rows of the two spans' paragraph (padded for chips and arcs), not the whole view.
    assert painted.area() < view.viewport().width() * view.viewport().height() * 0.9
    assert partial == full_repaint(view)

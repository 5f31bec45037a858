"""The lead's gold review driven by clicks and keys: the versions beside gold, free editing in
gold with the annotator window's gestures, one undo history; checked on the real SQLite file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from annotator.gui.lead import ReviewWindow
from annotator.gui.lead.review_window import DISAGREEMENT
from annotator.gui.lead.versions import VersionPane
from annotator.model.records import Record
from annotator.storage import AnnotationEditor, Project
from annotator.storage import tables as t
from annotator.storage.roles import set_role
from tests.agreement.helpers import TEXT_1, make_project, record, span
from tests.gui.driving import drag_select

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def opened(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    project = Project.open(make_project(tmp_path))
    set_role(project, "lena", "lead")
    document = project.document_by_id("d1")
    assert document is not None
    window = ReviewWindow.open(project, "lena", document.pk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    yield window, project, document.pk
    window.close()
    project.close()


def saved() -> None:
    """Wait until every review window's edit queue has stored what the window shows."""
    deadline = time.monotonic() + 10
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReviewWindow):
            while not widget.controller.gold.saver.idle():
                assert time.monotonic() < deadline, "the review's edits were not saved within 10 s"
                QApplication.processEvents()
                time.sleep(0.005)


def gold(project: Project, pk: int) -> Record | None:
    """Gold as the database has it once the window's edits are saved (a fresh editor: nothing the
    window holds)."""
    saved()
    return AnnotationEditor(project, "lena", "gold").record(pk)


def gold_spans(project: Project, pk: int) -> set[tuple[str, str]]:
    found = gold(project, pk)
    return set() if found is None else {(s.label, s.text or "") for s in found.spans}


def gold_relations(project: Project, pk: int) -> set[tuple[str, str, str]]:
    found = gold(project, pk)
    if found is None:
        return set()
    texts = {s.id: s.text or "" for s in found.spans}
    return {(r.label, texts[r.head], texts[r.child]) for r in found.relations}


def pane(window: ReviewWindow, annotator: str) -> VersionPane:
    return next(p for p in window.versions if p.annotator == annotator)


def span_id(window: ReviewWindow, annotator: str, text: str, label: str) -> str:
    version = window.review.versions[annotator]
    return next(s.id or "" for s in version.spans if (s.text, s.label) == (text, label))


def span_point(view, span: str) -> QPoint:  # type: ignore[no-untyped-def]
    """Where a user clicks a span: its bar, or (quotes) the middle of its text."""
    point = view.span_bar_point(span)
    if point is None:
        rect = view.span_rect(span)
        assert rect is not None
        point = rect.center()
    assert view.span_at_point(point) == span or point == view.span_bar_point(span)
    return point


def click(qtbot, view, span: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, span_point(view, span))


def key(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_accept_from_versions_by_click_resolve_a_conflict_undo_and_gold_done(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    window, project, pk = opened
    alice, bob = pane(window, "alice"), pane(window, "bob")
    assert [p.annotator for p in window.versions] == ["alice", "bob"]
    assert window.review.document.text == TEXT_1 and alice.view.text() == TEXT_1 == window.gold.view.text()
    # Disagreements are highlighted in the versions (and the list); agreed spans are not.
    marked = {item.span.id for item in alice.view._index.items if item.span.marked}
    assert marked == {span_id(window, "alice", "Budi Santoso", "PERSON"), span_id(window, "alice", "Kami siap,", "QUOTE")}
    assert window.table.item(0, 0).background().color() == DISAGREEMENT

    # A click on alice's `Budi Santoso` selects it, its row, and bob's overlapping `Budi`.
    budi_santoso = span_id(window, "alice", "Budi Santoso", "PERSON")
    click(qtbot, alice.view, budi_santoso)
    assert alice.view.selected_span() == budi_santoso
    assert bob.view.selected_span() == span_id(window, "bob", "Budi", "PERSON")
    assert window.review.rows[window.table.currentRow()].text == "Budi Santoso"
    # ... and a click on the pane's Accept button puts it into gold.
    qtbot.mouseClick(alice.accept_button, Qt.MouseButton.LeftButton)
    assert gold_spans(project, pk) == {("PERSON", "Budi Santoso")}
    assert window.table.item(window.table.currentRow(), 4).text() == "✔"

    # The conflict: bob's `Budi` cannot sit beside it (A refuses), so reject it with a reason.
    click(qtbot, bob.view, span_id(window, "bob", "Budi", "PERSON"))
    key(qtbot, Qt.Key.Key_A)
    assert "overlap" in window.message.text() and gold_spans(project, pk) == {("PERSON", "Budi Santoso")}
    assert window.undo_stack.count() == 1  # a refused edit is not on the undo stack
    key(qtbot, Qt.Key.Key_R)
    assert window.reason.isVisible()
    qtbot.keyClicks(window.reason, "title is not part of the name")
    qtbot.keyClick(window.reason, Qt.Key.Key_Return)
    budi_row = next(i for i, r in enumerate(window.review.rows) if r.text == "Budi")
    assert window.table.item(budi_row, 4).text() == "✘ title is not part of the name"
    saved()
    with project.snapshot() as connection:
        payloads = connection.execute(select(t.events.c.payload).where(t.events.c.action == "reject")).scalars().all()
    assert [p["reason"] for p in payloads] == ["title is not part of the name"]

    # A double click on bob's `Medan` accepts it at once.
    medan = span_id(window, "bob", "Medan", "GPE")
    qtbot.mouseDClick(bob.view.viewport(), Qt.MouseButton.LeftButton, pos=span_point(bob.view, medan))
    assert gold_spans(project, pk) == {("PERSON", "Budi Santoso"), ("GPE", "Medan")}

    # Undo twice: Medan out, then the rejection's mark; redo brings both back.
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert gold_spans(project, pk) == {("PERSON", "Budi Santoso")}
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.table.item(budi_row, 4).text() == ""
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert gold_spans(project, pk) == {("PERSON", "Budi Santoso"), ("GPE", "Medan")}
    assert window.table.item(budi_row, 4).text() == "✘ title is not part of the name"

    # Two quotes disagree on their end: pick bob's (without the comma), then its cue; A on the
    # quote again brings bob's CUE relation, now that both its spans are in gold.
    quote = span_id(window, "bob", "Kami siap", "QUOTE")
    click(qtbot, bob.view, quote)
    assert alice.view.selected_span() == span_id(window, "alice", "Kami siap,", "QUOTE")
    key(qtbot, Qt.Key.Key_A)
    click(qtbot, bob.view, span_id(window, "bob", "kata", "CUE"))
    key(qtbot, Qt.Key.Key_A)
    assert gold_relations(project, pk) == set()
    click(qtbot, bob.view, quote)
    key(qtbot, Qt.Key.Key_A)
    assert gold_relations(project, pk) == {("CUE", "Kami siap", "kata")}
    assert "waits" not in window.message.text()
    assert gold_spans(project, pk) >= {("QUOTE", "Kami siap"), ("CUE", "kata")}

    # Gold done, from anywhere in the window.
    key(qtbot, Qt.Key.Key_Return, CTRL)
    stored = gold(project, pk)
    assert stored is not None and stored.status == "accepted" and window.done_button.isChecked()
    assert "gold done" in window.header.text()


def test_n_then_a_or_r_settles_the_next_disagreement_from_the_gold_view(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    """The window opens with the focus in gold, where R links a COREF: N must bring A and R to the
    disagreement it selects (they did nothing, or started a link)."""
    window, project, pk = opened
    window.gold.view.setFocus()
    key(qtbot, Qt.Key.Key_N)
    first = window.review.rows[window.table.currentRow()]
    key(qtbot, Qt.Key.Key_A)
    assert first.text in {text for _label, text in gold_spans(project, pk)}
    key(qtbot, Qt.Key.Key_N)
    key(qtbot, Qt.Key.Key_R)
    assert window.reason.isVisible()
    assert "link" not in window.message.text()


def test_free_editing_in_gold_with_the_annotator_windows_gestures(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    window, project, pk = opened
    view, documents = window.gold.view, window.controller.gold
    assert gold(project, pk) is None  # opening a review writes no gold

    # A relation waits for its spans: accepting it from the list first is refused.
    table = window.table
    cue = next(i for i, r in enumerate(window.review.rows) if r.is_relation and r.text == "Kami siap, → kata")
    table.setCurrentCell(cue, 0)
    table.setFocus()
    key(qtbot, Qt.Key.Key_A)
    assert "both its spans" in window.message.text() and gold(project, pk) is None

    # Label text selected in gold: `Budi Santoso` as PERSON (1).
    view.setFocus()
    drag_select(qtbot, view, 0, len("Budi Santoso"))
    key(qtbot, Qt.Key.Key_1)
    assert gold_spans(project, pk) == {("PERSON", "Budi Santoso")}
    person = documents.session.selected_span
    assert person is not None
    # Resize by keyboard ({ : the end one token left), then by dragging the end edge back.
    key(qtbot, Qt.Key.Key_BraceLeft)
    assert gold_spans(project, pk) == {("PERSON", "Budi")}
    edge = view.span_edge_point(person, "end")
    assert edge is not None
    target = view.point_for_offset(len("Budi Santoso"))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view.viewport(), QPoint((edge.x() + target.x()) // 2, edge.y()))
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert gold_spans(project, pk) == {("PERSON", "Budi Santoso")}
    # The list follows gold: alice's row is ticked, the disagreement settled.
    row = next(i for i, r in enumerate(window.review.rows) if r.text == "Budi Santoso")
    assert table.item(row, 4).text() == "✔" and table.item(row, 0).background().color() != DISAGREEMENT
    # Relabel (2: ORG), then back (1).
    click(qtbot, view, person)
    key(qtbot, Qt.Key.Key_2)
    assert gold_spans(project, pk) == {("ORG", "Budi Santoso")}
    key(qtbot, Qt.Key.Key_1)

    # A quote (Q), a speaker (E) and a cue (W); link SPEAKER by key and click, CUE by Ctrl+drag.
    for fragment, letter in (("Kami siap", Qt.Key.Key_Q), ("dia", Qt.Key.Key_E), ("kata", Qt.Key.Key_W)):
        start = TEXT_1.index(fragment)
        drag_select(qtbot, view, start, start + len(fragment))
        key(qtbot, letter)
    spans = {s.text: s.id or "" for s in documents.session.spans()}
    click(qtbot, view, spans["Kami siap"])
    key(qtbot, Qt.Key.Key_S)
    assert documents.session.link_label == "SPEAKER"
    click(qtbot, view, spans["dia"])
    assert gold_relations(project, pk) == {("SPEAKER", "Kami siap", "dia")}
    head, tail = span_point(view, spans["Kami siap"]), span_point(view, spans["kata"])
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, CTRL, head)
    qtbot.mouseMove(view.viewport(), QPoint((head.x() + tail.x()) // 2, head.y()))
    qtbot.mouseMove(view.viewport(), tail)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, CTRL, tail)
    assert gold_relations(project, pk) == {("SPEAKER", "Kami siap", "dia"), ("CUE", "Kami siap", "kata")}
    # bob's relations are now in gold, so their rows are ticked.
    ticked = {r.text for r in window.review.rows if r.is_relation and r.in_gold}
    assert ticked == {"Kami siap → kata", "Kami siap → dia"}

    # Delete the cue (its relation goes with it); undo and redo.
    click(qtbot, view, spans["kata"])
    key(qtbot, Qt.Key.Key_Delete)
    assert ("CUE", "kata") not in gold_spans(project, pk)
    assert gold_relations(project, pk) == {("SPEAKER", "Kami siap", "dia")}
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert gold_relations(project, pk) == {("SPEAKER", "Kami siap", "dia"), ("CUE", "Kami siap", "kata")}
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert gold_relations(project, pk) == {("SPEAKER", "Kami siap", "dia")}
    # R in gold links COREF (the annotator window's key), not "reject".
    click(qtbot, view, spans["dia"])
    key(qtbot, Qt.Key.Key_R)
    assert not window.reason.isVisible() and documents.session.link_label == "COREF"
    click(qtbot, view, person)
    assert gold_relations(project, pk) == {("SPEAKER", "Kami siap", "dia"), ("COREF", "dia", "Budi Santoso")}


def test_versions_scroll_together_with_gold(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(f"Paragraf {n}: Budi Santoso tiba di Medan pada hari ke-{n}." for n in range(80))
    records = [
        record("long", text, name, [span(text, "Budi Santoso", "PERSON", "p"), span(text, "Medan", "GPE", "g")])
        for name in ("alice", "bob", "carol")
    ]
    project = Project.open(make_project(tmp_path, records))
    set_role(project, "lena", "lead")
    document = project.document_by_id("long")
    assert document is not None
    window = ReviewWindow.open(project, "lena", document.pk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [p.annotator for p in window.versions] == ["alice", "bob", "carol"]
    qtbot.waitUntil(lambda: not window.gold.view.layout_pending(), timeout=5000)
    bar = window.versions[1].view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum() // 2)
    offset = window.versions[1].view.first_visible_offset()
    assert offset > 0
    for view in (window.gold.view, window.versions[0].view, window.versions[2].view):
        assert view.first_visible_offset() == offset
    # Every annotator agrees: nothing is highlighted.
    assert not any(item.span.marked for p in window.versions for item in p.view._index.items)
    window.close()
    assert gold(project, document.pk) is None  # looking and leaving write no gold
    project.close()


def test_matching_span_in_another_view() -> None:
    from annotator.adjudication.review import SpanKey
    from annotator.gui.lead.versions import matching

    spans = {"a": SpanKey(0, 4, "PERSON"), "b": SpanKey(0, 12, "ORG"), "c": SpanKey(20, 25, "PERSON")}
    assert matching(spans, SpanKey(20, 25, "PERSON")) == "c"  # the same span
    assert matching(spans, SpanKey(0, 12, "PERSON")) == "a"  # the same label, overlapping
    assert matching(spans, SpanKey(5, 10, "GPE")) == "b"  # the other side of a conflict
    assert matching(spans, SpanKey(5, 10, "GPE"), any_label=False) is None  # gold: same label only
    assert matching(spans, SpanKey(13, 19, "PERSON")) is None and matching(spans, None) is None

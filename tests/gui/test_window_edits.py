"""The main window driven by real key presses and mouse clicks, checked against the database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.driving import click_span, drag_select, press, span_texts, stored
from tests.gui.projects import QUOTE_TEXT, find

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_opens_the_first_document_with_suggestions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.session.document.doc_id == "kompas-1"
    record = stored(qtbot, window)
    assert record.status == "todo"  # in progress from the first edit
    assert all(span.source == "model" for span in record.spans)
    assert len(window.view.text()) == len(QUOTE_TEXT)
    assert "5 suggested" in window.header.progress.text()


def test_select_text_with_the_mouse_and_press_a_label_key(qtbot, window) -> None:
    start, end = find(QUOTE_TEXT, "pemerintah")
    drag_select(qtbot, window.view, start, end)
    assert window.view.selection() == (start, end)
    press(qtbot, window, "2")
    assert ("ORG", "pemerintah", "human") in span_texts(stored(qtbot, window))
    assert window.session.span(window.session.selected_span).text == "pemerintah"
    assert window.view.selected_span() == window.session.selected_span


def test_select_with_shift_arrows_and_label(qtbot, window) -> None:
    start, end = find(QUOTE_TEXT, "JAKARTA")
    window.view.set_selection(start, start)
    for _ in range(end - start):
        press(qtbot, window, Qt.Key.Key_Right, SHIFT)
    press(qtbot, window, "3")
    assert ("GPE", "JAKARTA", "human") in span_texts(stored(qtbot, window))


def test_relabel_a_clicked_span(qtbot, window) -> None:
    click_span(qtbot, window, "s5")  # "Jakarta", suggested GPE
    assert window.session.selected_span == "s5"
    press(qtbot, window, "4")
    span = next(span for span in stored(qtbot, window).spans if span.id == "s5")
    assert (span.label, span.text, span.source) == ("LOC", "Jakarta", "human")
    assert window.statusBar().currentMessage() == "“Jakarta” is now LOC (was GPE; Ctrl+Z undoes)"
    press(qtbot, window, "3")  # a confirmed span relabelled: the status bar no longer says its old label
    assert window.statusBar().currentMessage() == "“Jakarta” is now GPE (was LOC; Ctrl+Z undoes)"


def test_resize_a_span_with_alt_arrows(qtbot, window) -> None:
    window.action("snap").setChecked(False)  # one character per key press
    click_span(qtbot, window, "s1")  # "Sri Mulyani"
    start, end = find(QUOTE_TEXT, "Sri Mulyani")
    press(qtbot, window, Qt.Key.Key_Left, ALT)  # start one to the left
    press(qtbot, window, Qt.Key.Key_Right, ALT)  # and back
    press(qtbot, window, Qt.Key.Key_Right, ALT)  # start one to the right: "ri Mulyani"
    press(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)  # end one to the left: "ri Mulyan"
    span = next(span for span in stored(qtbot, window).spans if span.id == "s1")
    assert (span.start, span.end, span.text) == (start + 1, end - 1, "ri Mulyan")
    assert window.session.selected_span == "s1"


def test_resize_snaps_to_tokens_once_they_are_known(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.session.doc_pk in window.documents.tokens, timeout=60000)
    click_span(qtbot, window, "s5")  # "Jakarta"
    press(qtbot, window, Qt.Key.Key_Right, ALT | SHIFT)
    span = next(span for span in stored(qtbot, window).spans if span.id == "s5")
    assert span.text == "Jakarta,"


def test_delete_rejects_a_suggestion_and_moves_on(qtbot, window) -> None:
    click_span(qtbot, window, "s1")
    press(qtbot, window, Qt.Key.Key_Delete)
    assert "s1" not in {span.id for span in stored(qtbot, window).spans}
    assert window.session.selected_span is not None  # the next suggestion, ready for Enter/Delete


def test_backspace_deletes_a_confirmed_span(qtbot, window) -> None:
    start, end = find(QUOTE_TEXT, "defisit")
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "6")
    new_id = window.session.selected_span
    assert new_id is not None
    assert ("EVENT", "defisit", "human") in {(s.label, s.text, s.source) for s in stored(qtbot, window).spans if s.id == new_id}
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert new_id not in {span.id for span in stored(qtbot, window).spans}
    assert "Deleted EVENT “defisit”" in window.statusBar().currentMessage()


def test_enter_accepts_the_selected_suggestion(qtbot, window) -> None:
    click_span(qtbot, window, "s1")
    press(qtbot, window, Qt.Key.Key_Return)
    sources = {span.id: span.source for span in stored(qtbot, window).spans}
    assert sources["s1"] == "human"
    assert sum(source == "model" for source in sources.values()) == 4


def test_accept_all_suggestions(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)
    record = stored(qtbot, window)
    assert {span.source for span in record.spans} == {"human"}
    assert {rel.source for rel in record.relations} == {"human"}
    press(qtbot, window, "z", CTRL)
    record = stored(qtbot, window)
    assert {span.source for span in record.spans} == {"model"}
    assert {rel.source for rel in record.relations} == {"model"}


def test_link_a_quote_to_its_speaker_with_a_key_and_a_click(qtbot, window) -> None:
    quote = find(QUOTE_TEXT, "Tidak ada yang perlu dikhawatirkan,")
    speaker = find(QUOTE_TEXT, "ujarnya")
    window.action("snap").setChecked(False)
    drag_select(qtbot, window.view, *quote)
    press(qtbot, window, "q")
    quote_id = window.session.selected_span
    drag_select(qtbot, window.view, *speaker)
    press(qtbot, window, "e")
    speaker_id = window.session.selected_span
    click_span(qtbot, window, quote_id)
    assert window.session.selected_span == quote_id
    press(qtbot, window, "s")
    assert window.session.link_label == "SPEAKER"
    assert "Esc cancels" in window.statusBar().currentMessage()
    click_span(qtbot, window, speaker_id)
    assert window.session.link_label is None
    links = {(rel.head, rel.child, rel.label) for rel in stored(qtbot, window).relations}
    assert (quote_id, speaker_id, "SPEAKER") in links
    assert window.relations_panel.list.count() == 3


def test_escape_cancels_link_mode(qtbot, window) -> None:
    click_span(qtbot, window, "s2")
    press(qtbot, window, "c")
    assert window.session.link_label == "CUE"
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.session.link_label is None
    click_span(qtbot, window, "s3")
    assert len(stored(qtbot, window).relations) == 2


def test_a_forbidden_link_is_refused_in_the_status_bar(qtbot, window) -> None:
    click_span(qtbot, window, "s5")  # GPE cannot head a SPEAKER relation
    press(qtbot, window, "s")
    assert window.session.link_label is None
    assert "starts from a QUOTE" in window.statusBar().currentMessage()


def test_overlapping_entities_are_refused_without_a_crash(qtbot, window) -> None:
    start, end = find(QUOTE_TEXT, "Menteri Keuangan Sri")
    window.action("snap").setChecked(False)
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "2")
    message = window.statusBar().currentMessage()
    assert "an ORG span “Menteri Keuangan Sri” would overlap the PERSON “Sri Mulyani”" in message
    assert str(start) not in message  # words, not offsets
    assert len(stored(qtbot, window).spans) == 5


def test_undo_and_redo_a_delete_brings_relations_back(qtbot, window) -> None:
    before = stored(qtbot, window)
    assert len(before.relations) == 2
    click_span(qtbot, window, "s2")  # the QUOTE, head of both relations
    press(qtbot, window, Qt.Key.Key_Delete)
    assert len(stored(qtbot, window).relations) == 0
    press(qtbot, window, "z", CTRL)
    after = stored(qtbot, window)
    assert [(s.id, s.start, s.end, s.label, s.source) for s in after.spans] == [
        (s.id, s.start, s.end, s.label, s.source) for s in before.spans
    ]
    assert {(r.id, r.head, r.child, r.label) for r in after.relations} == {
        (r.id, r.head, r.child, r.label) for r in before.relations
    }
    assert window.session.selected_span == "s2"
    press(qtbot, window, "z", CTRL | SHIFT)
    assert "s2" not in {span.id for span in stored(qtbot, window).spans}
    assert len(stored(qtbot, window).relations) == 0


def test_undo_history_covers_the_whole_document(qtbot, window) -> None:
    click_span(qtbot, window, "s5")
    press(qtbot, window, "4")  # relabel
    press(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)  # accept all
    start, end = find(QUOTE_TEXT, "pemerintah")
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "2")  # add
    assert window.undo_stack.count() == 3
    for _ in range(3):
        press(qtbot, window, "z", CTRL)
    record = stored(qtbot, window)
    assert {(s.id, s.label, s.source) for s in record.spans} == {
        ("s1", "PERSON", "model"),
        ("s2", "QUOTE", "model"),
        ("s3", "CUE", "model"),
        ("s4", "SPEAKER", "model"),
        ("s5", "GPE", "model"),
    }
    for _ in range(3):
        press(qtbot, window, "z", CTRL | SHIFT)
    assert ("ORG", "pemerintah", "human") in span_texts(stored(qtbot, window))
    assert ("LOC", "Jakarta", "human") in span_texts(stored(qtbot, window))


def test_tab_cycles_through_spans_in_text_order(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Tab)
    first = window.session.selected_span
    press(qtbot, window, Qt.Key.Key_Tab)
    second = window.session.selected_span
    assert [first, second] == ["s1", "s2"]
    assert window.view.selected_span() == "s2"
    press(qtbot, window, Qt.Key.Key_Backtab, SHIFT)
    assert window.session.selected_span == "s1"


def test_tab_after_a_click_selects_the_next_span_after_the_click(qtbot, window) -> None:
    """Correcting fast: click where the eye is, Tab to the next suggestion from there, Enter."""
    point = window.view.point_for_offset(find(QUOTE_TEXT, "mengatakan")[0] + 2)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.session.selected_span is None
    press(qtbot, window, Qt.Key.Key_Tab)
    assert window.session.selected_span == "s2"  # the quote after "mengatakan", not "Sri Mulyani" before it
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    press(qtbot, window, Qt.Key.Key_Backtab, SHIFT)
    assert window.session.selected_span == "s1"  # the span before the click


def test_clicking_a_label_in_the_palette_labels_the_selection(qtbot, window) -> None:
    start, end = find(QUOTE_TEXT, "anggaran")
    drag_select(qtbot, window.view, start, end)
    qtbot.mouseClick(window.palette_panel.buttons["EVENT"], Qt.MouseButton.LeftButton)
    assert ("EVENT", "anggaran", "human") in span_texts(stored(qtbot, window))


def test_relation_panel_deletes_a_relation_and_undo_restores_it(qtbot, window) -> None:
    panel = window.relations_panel
    panel.list.setCurrentRow(0)
    relation_id = panel.current_relation()
    label = window.session.relation(relation_id).label
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert relation_id not in {rel.id for rel in stored(qtbot, window).relations}
    assert window.statusBar().currentMessage().startswith(f"Deleted {label} “")
    window.view.setFocus()
    press(qtbot, window, "z", CTRL)
    assert relation_id in {rel.id for rel in stored(qtbot, window).relations}


def test_ctrl_drag_from_span_to_span_links_them(qtbot, window) -> None:
    window.action("accept_all").trigger()
    drag_from = window.view.span_rect("s2").center()
    drag_to = window.view.span_bar_point("s1")
    viewport = window.view.viewport()
    # remove the existing SPEAKER link first, so that the drag makes a new one
    speaker = next(rel for rel in stored(qtbot, window).relations if rel.label == "SPEAKER")
    window.documents.delete_relation(speaker.id)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, CTRL, drag_from)
    qtbot.mouseMove(viewport, drag_to)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, CTRL, drag_to)
    assert ("s2", "s1", "SPEAKER") in {(rel.head, rel.child, rel.label) for rel in stored(qtbot, window).relations}


def test_what_the_window_shows_is_what_the_database_holds(qtbot, window) -> None:
    """Edits patch the shown record instead of reading it back: check the two never drift apart."""
    window.action("snap").setChecked(False)

    def shown_equals_stored() -> None:
        shown, kept = window.session.record, stored(qtbot, window)
        assert [(s.id, s.start, s.end, s.label, s.source, s.text) for s in shown.spans] == [
            (s.id, s.start, s.end, s.label, s.source, s.text) for s in kept.spans
        ]
        assert sorted((r.id, r.head, r.child, r.label, r.source) for r in shown.relations) == sorted(
            (r.id, r.head, r.child, r.label, r.source) for r in kept.relations
        )
        assert all(window.view.span_at(span.start) is not None for span in kept.spans)

    drag_select(qtbot, window.view, *find(QUOTE_TEXT, "pemerintah"))
    press(qtbot, window, "2")
    shown_equals_stored()
    click_span(qtbot, window, "s1")
    press(qtbot, window, Qt.Key.Key_Return)
    shown_equals_stored()
    click_span(qtbot, window, "s5")
    press(qtbot, window, Qt.Key.Key_Right, ALT | SHIFT)
    shown_equals_stored()
    click_span(qtbot, window, "s2")
    press(qtbot, window, Qt.Key.Key_Delete)
    shown_equals_stored()
    press(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)
    shown_equals_stored()
    press(qtbot, window, "z", CTRL)
    press(qtbot, window, "z", CTRL)
    shown_equals_stored()


def test_a_span_edge_that_cannot_move_says_why(qtbot, window) -> None:
    """A one-token span whose start is pushed right (or end pushed left) stayed as it was with no
    word in the status bar: the key seemed broken."""
    qtbot.waitUntil(lambda: window.session.doc_pk in window.documents.tokens, timeout=60000)
    click_span(qtbot, window, "s5")  # "Jakarta", one token
    press(qtbot, window, "]")  # its start one token right: it would be empty
    assert window.statusBar().currentMessage() == "“Jakarta” cannot get shorter: a span keeps at least one token"
    press(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)  # the end left: the same
    assert "cannot get shorter" in window.statusBar().currentMessage()
    span = next(span for span in stored(qtbot, window).spans if span.id == "s5")
    assert span.text == "Jakarta"
    click_span(qtbot, window, "s1")  # "Sri Mulyani": two tokens, one step in is fine
    press(qtbot, window, "]")
    span = next(span for span in stored(qtbot, window).spans if span.id == "s1")
    assert span.text == "Mulyani"

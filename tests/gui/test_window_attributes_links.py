"""The window by real keys and clicks: span attributes (keys, the attribute panel, undo), linking
on stacked spans, label names on the bars with the legend, and snapping with combining marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu
from sqlalchemy import select

from annotator.storage import tables as t
from tests.gui.conftest import open_window
from tests.gui.driving import click_span, drag_select, press, stored
from tests.gui.projects import Doc, build_project, find

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
SCREENSHOTS = Path("/tmp/annotator-document-view")

TEXT = (
    "MOSKOW - “Kami tidak menutup pintu,” kata Vladimir Putin di Moskow, Kamis.\n"
    "Menurut Menteri Luar Negeri Sergei Lavrov, pembicaraan akan dimulai bulan depan."
)
SPANS = [
    (*find(TEXT, "Kami tidak menutup pintu,"), "QUOTE"),  # s1
    (*find(TEXT, "kata"), "CUE"),  # s2
    (*find(TEXT, "Vladimir Putin"), "PERSON"),  # s3
    (*find(TEXT, "Vladimir Putin"), "SPEAKER"),  # s4: stacked on the PERSON
    (*find(TEXT, "Moskow"), "GPE"),  # s5
    (*find(TEXT, "pembicaraan akan dimulai bulan depan"), "QUOTE"),  # s6: indirect speech
    (*find(TEXT, "Menteri Luar Negeri Sergei Lavrov"), "SPEAKER"),  # s7: a role
    (*find(TEXT, "Sergei Lavrov"), "SPEAKER"),  # s8: the name inside it
    (*find(TEXT, "Sergei Lavrov"), "PERSON"),  # s9
]


@pytest.fixture
def window(qtbot, tmp_path, settings):  # type: ignore[no-untyped-def]
    path = build_project(tmp_path / "putin.annotator", [Doc("putin", TEXT, "Putin siap berunding", SPANS)])
    win = open_window(qtbot, settings, path)
    yield win
    win.close()


def span_of(qtbot, window, span_id: str):  # type: ignore[no-untyped-def]
    return next(span for span in stored(qtbot, window).spans if span.id == span_id)


def test_attribute_key_sets_the_quote_type_and_undo_takes_it_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click_span(qtbot, window, "s6")
    assert window.session.selected_span == "s6"
    rows = window.attributes_panel.rows
    assert list(rows) == ["type"] and rows["type"].buttons["direct"].isChecked()  # the default
    press(qtbot, window, "t")
    span = span_of(qtbot, window, "s6")
    assert (span.attrs, span.source) == ({"type": "indirect"}, "human")
    assert rows["type"].buttons["indirect"].isChecked() and not rows["type"].buttons["direct"].isChecked()
    assert window.view._index.by_id["s6"].span.attrs == {"type": "indirect"}  # drawn hatched
    assert "type: indirect" in window.view._mouse.tooltip(window.view._index.by_id["s6"])
    assert "type = indirect" in window.statusBar().currentMessage()
    press(qtbot, window, "z", CTRL)
    span = span_of(qtbot, window, "s6")
    assert (span.attrs, span.source) == ({}, "model")  # back to the untouched suggestion
    assert window.attributes_panel.rows["type"].buttons["direct"].isChecked()
    press(qtbot, window, "z", CTRL | SHIFT)
    assert span_of(qtbot, window, "s6").attrs == {"type": "indirect"}
    # A click on a value in the panel does the same.
    qtbot.mouseClick(window.attributes_panel.rows["type"].buttons["direct"], Qt.MouseButton.LeftButton)
    assert span_of(qtbot, window, "s6").attrs == {"type": "direct"}
    assert window.view.hasFocus()  # the document keeps the keyboard
    with window.session.project.engine.connect() as connection:
        actions = [row.action for row in connection.execute(select(t.events.c.action).order_by(t.events.c.id))]
    assert actions.count("set_span_attrs") == 4  # set, undo, redo, the click


def test_speaker_kind_cycles_and_keys_of_other_labels_do_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click_span(qtbot, window, "s4")
    press(qtbot, window, "k")
    assert span_of(qtbot, window, "s4").attrs == {"kind": "name"}
    press(qtbot, window, "k")
    assert span_of(qtbot, window, "s4").attrs == {"kind": "role"}
    press(qtbot, window, "t")  # QUOTE's key: not for a SPEAKER
    assert span_of(qtbot, window, "s4").attrs == {"kind": "role"}
    assert "T sets QUOTE type" in window.statusBar().currentMessage()
    click_span(qtbot, window, "s5")  # a GPE: no attributes
    assert window.attributes_panel.rows == {}
    assert "no attributes" in window.attributes_panel.hint.text()


def test_linking_on_stacked_spans_goes_to_the_speaker(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    name_point = window.view.point_for_offset(find(TEXT, "Vladimir Putin")[0] + 4)
    for target, point in (("text", name_point), ("the PERSON's bar", window.view.span_bar_point("s3"))):
        click_span(qtbot, window, "s1")
        press(qtbot, window, "s")
        assert window.session.link_label == "SPEAKER"
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        links = [(rel.head, rel.child, rel.label) for rel in stored(qtbot, window).relations]
        assert links == [("s1", "s4", "SPEAKER")], target
        assert window.statusBar().currentMessage().startswith("Linked SPEAKER")
        assert "SPEAKER “Vladimir Putin”" in window.statusBar().currentMessage()
        new = stored(qtbot, window).relations[0].id
        assert window.relations_panel.current_relation() == new
        assert window.session.selected_span == "s1"
        press(qtbot, window, "z", CTRL)
        assert stored(qtbot, window).relations == []


def test_two_speakers_that_fit_equally_are_offered_in_a_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click_span(qtbot, window, "s6")
    press(qtbot, window, "s")
    point = window.view.point_for_offset(find(TEXT, "Lavrov")[0] + 2)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    assert menu.objectName() == "linkTargetMenu"
    choices = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert choices == ["SPEAKER “Sergei Lavrov”", "SPEAKER “Menteri Luar Negeri Sergei Lavrov”"]
    assert stored(qtbot, window).relations == []  # nothing yet
    assert "2 spans here fit; choose one" in window.statusBar().currentMessage()
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(stored(qtbot, window).relations), timeout=3000)
    assert [(rel.head, rel.child) for rel in stored(qtbot, window).relations] == [("s6", "s7")]
    assert window.statusBar().currentMessage().startswith("Linked SPEAKER")


def test_label_names_toggle_and_the_legend(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert not window.view.show_label_names()
    press(qtbot, window, "l", CTRL | SHIFT)
    assert window.view.show_label_names() and window.settings.label_names
    texts = [row.text for row in window.legend.rows]
    assert "QUOTE · indirect" in texts and "SPEAKER  [E]" in texts and "COREF" in texts
    click_span(qtbot, window, "s6")
    press(qtbot, window, "t")
    click_span(qtbot, window, "s4")
    press(qtbot, window, "k")
    legend_dock = window.findChild(QDockWidget, "legendDock")
    assert legend_dock is not None and legend_dock.toggleViewAction().text() == "Legend"
    legend_dock.raise_()
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "window-names-light.png"))
    assert window.attributes_panel.rows["kind"].isVisible()
    assert window.attributes_panel.rows["kind"].buttons["name"].isChecked()
    press(qtbot, window, "d", CTRL | SHIFT)
    qtbot.wait(50)  # the new style sheet settles
    window.grab().save(str(SCREENSHOTS / "window-names-dark.png"))
    press(qtbot, window, "l", CTRL | SHIFT)
    assert not window.view.show_label_names() and not window.settings.label_names


def test_snapping_keeps_accents_and_can_leave_out_the_stop(qtbot, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    text = "Kata Rene\u0301. Lalu dia pergi ke Paris."
    window = open_window(qtbot, settings, build_project(tmp_path / "rene.annotator", [Doc("rene", text, "René")]))
    qtbot.waitUntil(lambda: window.session.doc_pk in window.documents.tokens, timeout=60000)
    name = text.index("Rene")
    drag_select(qtbot, window.view, name + 1, name + 3)  # "en": inside the name
    assert window.view.selection() == (name, name + 5)  # "René" (e + U+0301), not "René."
    press(qtbot, window, "1")
    span = stored(qtbot, window).spans[0]
    assert (span.label, span.text) == ("PERSON", "Rene\u0301")
    # Double-click selects the name without the stop too.
    window.view.clear_selection()
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.point_for_offset(name + 2))
    assert window.view.selection() == (name, name + 5)
    # Without snapping, an edge step moves over the whole letter with its accent.
    window.action("snap").setChecked(False)
    press(qtbot, window, Qt.Key.Key_Escape)
    click_span(qtbot, window, span.id)
    press(qtbot, window, Qt.Key.Key_Left, ALT | SHIFT)  # end one letter left: "Ren"
    assert stored(qtbot, window).spans[0].text == "Ren"
    press(qtbot, window, Qt.Key.Key_Right, ALT | SHIFT)  # and back: "René", never "Rene"
    assert stored(qtbot, window).spans[0].text == "Rene\u0301"
    window.close()


def test_the_cheat_sheet_lists_attribute_keys() -> None:
    from annotator.gui.dialogs import cheat_sheet_html
    from annotator.model.scheme import default_scheme

    sheet = cheat_sheet_html(default_scheme(), [])
    assert "<h3>Attributes</h3>" in sheet
    assert "QUOTE type: direct → indirect" in sheet and "<code>K</code>" in sheet


def test_a_link_click_on_spans_that_cannot_be_its_target_says_why(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click_span(qtbot, window, "s1")
    press(qtbot, window, "c")
    point = window.view.point_for_offset(find(TEXT, "Vladimir Putin")[0] + 4)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert stored(qtbot, window).relations == []
    assert "A CUE link goes to a CUE span; there is PERSON, SPEAKER here" in window.statusBar().currentMessage()
    assert window.session.link_label is None and window.session.selected_span == "s1"


def test_ctrl_drag_onto_stacked_spans_links_the_speaker(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    viewport = window.view.viewport()
    drag_from = window.view.span_rect("s1").center()
    drag_to = window.view.point_for_offset(find(TEXT, "Vladimir Putin")[0] + 4)  # the words, not a bar
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, CTRL, drag_from)
    qtbot.mouseMove(viewport, drag_to)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, CTRL, drag_to)
    assert [(rel.head, rel.child, rel.label) for rel in stored(qtbot, window).relations] == [("s1", "s4", "SPEAKER")]
    assert window.statusBar().currentMessage().startswith("Linked SPEAKER")


def test_a_link_is_drawn_pending_until_its_save_is_stored(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Links waiting on the edit queue showed only in the status bar's counter; now their arc is
    drawn with the short dashes of a pending span, like the spans."""
    from tests.gui.test_pending_spans import held_queue

    view = window.view
    click_span(qtbot, window, "s1")
    with held_queue(window):
        press(qtbot, window, "s")
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.span_bar_point("s3"))
        shown = window.session.record.relations
        assert [(rel.head, rel.child) for rel in shown] == [("s1", "s4")]
        assert view.pending_relations() == {shown[0].id}
        assert [rel.pending for rel in view._relations.relations] == [True]
        view.grab().save(str(tmp_path / "pending-link.png"))
    qtbot.waitUntil(lambda: not view.pending_relations(), timeout=10000)
    assert [rel.pending for rel in view._relations.relations] == [False]
    with held_queue(window):
        press(qtbot, window, "z", CTRL)  # the undo's save is queued: the link is gone at once
        assert window.session.record.relations == [] and view.pending_relations() == set()
        press(qtbot, window, "z", CTRL | SHIFT)  # redo: back, pending again
        assert len(view.pending_relations()) == 1
    qtbot.waitUntil(lambda: not view.pending_relations(), timeout=10000)
    assert [(rel.head, rel.child, rel.label) for rel in stored(qtbot, window).relations] == [("s1", "s4", "SPEAKER")]

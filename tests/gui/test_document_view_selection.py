"""Selecting text in the real document view by mouse and keyboard: code-point offsets with emoji,
ZWJ sequences, combining marks and right-to-left text; token snapping; keys left to the window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from annotator.gui.document_view import DocumentView, ViewSpan
from annotator.model.scheme import default_scheme

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # one grapheme, seven code points, eleven UTF-16 units
TEXT = (
    f"Emoji 😀 lalu {FAMILY} keluarga dan Café e\u0301tude di Medan.\n"
    "שלום עולם וכל המשפחה\n"
    "مرحبا بالعالم الجميل\n"
    "Menurut mantan rektor UGM tersebut, harga turun."
)


MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


class KeyRecorder(QWidget):
    """The window stand-in: records the keys that the view lets through."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[tuple[int, Qt.KeyboardModifier]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in MODIFIER_KEYS:  # QTest presses Shift, Alt... on their own first
            self.keys.append((event.key(), event.modifiers()))


@pytest.fixture
def parent(qtbot) -> KeyRecorder:  # type: ignore[no-untyped-def]
    widget = KeyRecorder()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def view(qtbot, parent: KeyRecorder) -> DocumentView:  # type: ignore[no-untyped-def]
    document_view = DocumentView(parent)
    QVBoxLayout(parent).addWidget(document_view)
    parent.resize(820, 560)
    spans = [ViewSpan("s1", TEXT.index("Medan"), TEXT.index("Medan") + 5, "GPE", False)]
    document_view.set_document(TEXT, spans, [], default_scheme())
    parent.show()
    qtbot.waitExposed(parent)
    document_view.setFocus()
    return document_view


def at(text: str, occurrence: int = 0) -> int:
    position = -1
    for _ in range(occurrence + 1):
        position = TEXT.index(text, position + 1)
    return position


def drag(qtbot, view: DocumentView, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    """Press at the caret position ``start``, move and release at ``end``, as a user would."""
    viewport = view.viewport()
    begin, finish = view.point_for_offset(start), view.point_for_offset(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    middle = QPoint((begin.x() + finish.x()) // 2, (begin.y() + finish.y()) // 2)
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, finish)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=finish)


def record(view: DocumentView) -> list[tuple[int, int]]:
    emitted: list[tuple[int, int]] = []
    view.selectionChanged.connect(lambda start, end: emitted.append((start, end)))
    return emitted


@pytest.mark.parametrize(
    ("label", "start", "end"),
    [
        ("after an emoji", at("lalu"), at("lalu") + 4),
        ("the emoji itself", at("😀"), at("😀") + 1),
        ("a ZWJ family", at(FAMILY), at(FAMILY) + len(FAMILY)),
        ("after the family", at("keluarga"), at("keluarga") + len("keluarga")),
        ("a combining mark", at("e\u0301tude"), at("e\u0301tude") + len("e\u0301tude")),
        ("Hebrew", at("עולם"), at("עולם") + 4),
        ("Arabic", at("بالعالم"), at("بالعالم") + len("بالعالم")),
    ],
)
def test_mouse_drag_selects_exactly_the_code_points_shown(qtbot, view: DocumentView, label: str, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    view.set_snap_to_tokens(False)
    emitted = record(view)
    drag(qtbot, view, start, end)
    assert view.selection() == (start, end), label
    assert emitted[-1] == (start, end)
    assert TEXT[start:end] == TEXT[slice(*view.selection())]


def test_a_drag_ending_inside_the_family_emoji_never_splits_it(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.set_snap_to_tokens(False)
    start = at(FAMILY)
    inside = view.point_for_offset(start)
    after = view.point_for_offset(start + len(FAMILY))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=view.point_for_offset(at("lalu")))
    for x in range(inside.x(), after.x() + 1, 2):
        qtbot.mouseMove(viewport, QPoint(x, inside.y()))
        selection = view.selection()
        assert selection is not None and selection[1] in (start, start + len(FAMILY)), selection
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=after)


def test_shift_right_steps_over_whole_graphemes(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.set_snap_to_tokens(False)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_for_offset(at("😀")))
    emitted = record(view)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (at("😀"), at("😀") + 1)
    view.set_selection(at(FAMILY), at(FAMILY))
    assert view.selection() is None
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (at(FAMILY), at(FAMILY) + 7)
    view.set_selection(at("e\u0301tude"), at("e\u0301tude"))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (at("e\u0301tude"), at("e\u0301tude") + 2)
    assert emitted[0] == (at("😀"), at("😀") + 1)
    assert (-1, -1) in emitted


def test_arrows_follow_right_to_left_text_visually(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.set_snap_to_tokens(False)
    start = at("שלום")
    view.set_selection(start, start)
    # In Hebrew, Shift+Left extends towards the logical end: the first letter is selected.
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (start, start + 1)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert TEXT[slice(*view.selection())] == "שלום"
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert TEXT[slice(*view.selection())] == "שלו"


def test_snapping_expands_a_drag_to_tokens_and_clears_whitespace(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    matches = list(re.finditer(r"\w+|[^\w\s]", TEXT))
    view.set_token_boundaries([m.start() for m in matches], [m.end() for m in matches])
    emitted = record(view)
    drag(qtbot, view, at("antan"), at("rektor") + 3)
    assert TEXT[slice(*view.selection())] == "mantan rektor"
    assert emitted[-1] == (at("mantan"), at("rektor") + 6)
    drag(qtbot, view, at(" rektor"), at(" rektor") + 1)
    assert view.selection() is None
    assert emitted[-1] == (-1, -1)
    view.set_snap_to_tokens(False)
    drag(qtbot, view, at("antan"), at("rektor") + 3)
    assert TEXT[slice(*view.selection())] == "antan rek"
    view.set_snap_to_tokens(True)
    assert TEXT[slice(*view.selection())] == "mantan rektor"


def test_shift_arrows_with_snapping_select_whole_tokens(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    matches = list(re.finditer(r"\w+|[^\w\s]", TEXT))
    view.set_token_boundaries([m.start() for m in matches], [m.end() for m in matches])
    view.set_selection(at("UGM"), at("UGM"))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert TEXT[slice(*view.selection())] == "UGM"
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert TEXT[slice(*view.selection())] == "UGM tersebut"


def test_double_click_selects_a_word(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.set_snap_to_tokens(False)
    point = view.point_for_offset(at("rektor") + 2)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert TEXT[slice(*view.selection())] == "rektor"


def test_keyboard_navigation_home_end_ctrl_a_and_vertical_moves(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.set_snap_to_tokens(False)
    view.set_selection(at("rektor"), at("rektor"))
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (at("Menurut"), at("rektor"))
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.selection() is None and view.caret() == len(TEXT)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert at("مرحبا") <= view.caret() <= at("الجميل") + 6
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() is not None and view.selection()[1] == len(TEXT)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.selection() == (0, len(TEXT))
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.selection() is None and view.caret() == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.caret() > 0


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),  # no span selected: not the view's
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),  # e.g. the next document
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_keys_the_view_does_not_own_reach_the_window(qtbot, view: DocumentView, parent: KeyRecorder, key, modifiers) -> None:  # type: ignore[no-untyped-def]
    view.set_selection(at("harga"), at("harga") + 5)
    qtbot.keyClick(view, key, modifiers)
    assert parent.keys == [(key, modifiers)]
    assert view.hasFocus()
    assert view.selection() == (at("harga"), at("harga") + 5)


def test_navigation_keys_stay_in_the_view(qtbot, view: DocumentView, parent: KeyRecorder) -> None:  # type: ignore[no-untyped-def]
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End):
        qtbot.keyClick(view, key)
    assert parent.keys == []


def test_clear_and_set_selection_emit(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    view.set_snap_to_tokens(False)
    emitted = record(view)
    view.set_selection(at("Medan"), at("Medan") + 5)
    view.clear_selection()
    assert emitted == [(at("Medan"), at("Medan") + 5), (-1, -1)]
    assert view.selection() is None

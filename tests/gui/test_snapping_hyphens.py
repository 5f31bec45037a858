"""Snapping in the real document view over words joined by a hyphen: a dateline's city, a place
after `se-`, a name before `-based` and either of two capitalised names joined by a hyphen can be
selected alone (the pre-labeller's tokens), a drag over both names selects both, and a letter keeps
its combining mark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from annotator.gui.document_view import DocumentView
from annotator.model.scheme import default_scheme
from annotator.text.tokens import token_boundaries

TEXT = (
    "KARAWANG-Dinas Sosial membagikan bantuan ke sekolah se-Jakarta Timur.\n"
    "Amir-Saeed bekerja di firma Rene\u0301-based di kota itu.\n"
    "Pasangan Joko-Prabowo bertemu Rene\u0301-Lubis di sana."
)


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def view(qtbot, parent: QWidget) -> DocumentView:  # type: ignore[no-untyped-def]
    document_view = DocumentView(parent)
    QVBoxLayout(parent).addWidget(document_view)
    parent.resize(820, 300)
    document_view.set_document(TEXT, [], [], default_scheme())
    document_view.set_token_boundaries(*token_boundaries(TEXT, "id"))
    document_view.set_snap_to_tokens(True)
    parent.show()
    qtbot.waitExposed(parent)
    return document_view


def drag(qtbot, view: DocumentView, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()
    begin, finish = view.point_for_offset(start), view.point_for_offset(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(viewport, QPoint((begin.x() + finish.x()) // 2, (begin.y() + finish.y()) // 2))
    qtbot.mouseMove(viewport, finish)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=finish)


def selected(view: DocumentView) -> str:
    selection = view.selection()
    assert selection is not None
    return TEXT[slice(*selection)]


def test_a_drag_inside_the_dateline_city_selects_the_city_alone(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    drag(qtbot, view, TEXT.index("ARAWAN"), TEXT.index("ARAWAN") + 5)
    assert selected(view) == "KARAWANG"
    drag(qtbot, view, TEXT.index("ARAWAN"), TEXT.index("inas"))
    assert selected(view) == "KARAWANG-Dinas"


def test_a_place_after_se_and_a_name_before_based(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    drag(qtbot, view, TEXT.index("akarta"), TEXT.index("Timur") + 2)
    assert selected(view) == "Jakarta Timur"
    name = TEXT.index("Rene")
    drag(qtbot, view, name + 1, name + 3)
    assert selected(view) == "Rene\u0301"  # the accent stays with its letter, `-based` stays out


def test_either_name_joined_by_a_hyphen_can_be_selected_alone(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    drag(qtbot, view, TEXT.index("mir"), TEXT.index("mir") + 2)
    assert selected(view) == "Amir"
    joko = TEXT.index("Joko")
    drag(qtbot, view, joko + 1, joko + 3)
    assert selected(view) == "Joko"
    prabowo = TEXT.index("Prabowo")
    drag(qtbot, view, prabowo + 2, prabowo + 5)
    assert selected(view) == "Prabowo"
    drag(qtbot, view, joko + 1, prabowo + 3)
    assert selected(view) == "Joko-Prabowo"


def test_a_name_with_a_combining_mark_before_the_hyphen_stays_whole(qtbot, view: DocumentView) -> None:  # type: ignore[no-untyped-def]
    name = TEXT.index("Rene\u0301-Lubis")
    drag(qtbot, view, name + 1, name + 2)
    assert selected(view) == "Rene\u0301-Lubis"  # the accent is never split from its letter

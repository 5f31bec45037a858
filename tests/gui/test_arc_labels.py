"""Relation labels (SPEAKER, CUE, COREF chips on the arcs) never cover the words of the text, in a
dense article with several quotes per paragraph, at a wide and a narrow width."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from annotator.gui.document_view import DocumentView, ViewRelation, ViewSpan
from annotator.gui.document_view.model import SpanStyle
from annotator.model.scheme import default_scheme

# Invented: three quotes in a paragraph, each with its cue and speaker, and a role that refers back.
PARAGRAPH = (
    "“Harga cabai naik karena hujan,” kata Dewi Lestari di Pasar Minggu. "
    "Kepala dinas itu menambahkan, “Pasokan dari Garut berkurang separuh.” "
    "“Kami akan menambah operasi pasar,” ujar Bambang Sutrisno, “mulai pekan depan di lima kecamatan.”"
)
TEXT = "\n\n".join([PARAGRAPH, "Pedagang mengeluh sepi pembeli sejak awal bulan.", PARAGRAPH])
SHOTS = Path("/tmp/annotator-arc-labels")


def spans_and_relations() -> tuple[list[ViewSpan], list[ViewRelation]]:
    spans: list[ViewSpan] = []
    relations: list[ViewRelation] = []

    def add(base: int, copy: int, key: str, words: str, label: str) -> str:
        at = TEXT.index(words, base)
        spans.append(ViewSpan(f"{key}{copy}", at, at + len(words), label, copy == 1, {}))
        return f"{key}{copy}"

    base = 0
    for copy in range(2):
        base = TEXT.index(PARAGRAPH, base + copy)
        person = add(base, copy, "p", "Dewi Lestari", "PERSON")
        for number, (quote, cue, speaker) in enumerate(
            [
                ("Harga cabai naik karena hujan,", "kata", "Dewi Lestari"),
                ("Pasokan dari Garut berkurang separuh.", "menambahkan", "Kepala dinas itu"),
                ("Kami akan menambah operasi pasar,", "ujar", "Bambang Sutrisno"),
            ]
        ):
            q = add(base, copy, f"q{number}", quote, "QUOTE")
            c = add(base, copy, f"c{number}", cue, "CUE")
            s = add(base, copy, f"s{number}", speaker, "SPEAKER")
            relations += [
                ViewRelation(f"rs{number}{copy}", q, s, "SPEAKER", copy == 1),
                ViewRelation(f"rc{number}{copy}", q, c, "CUE", copy == 1),
            ]
            if number == 1:
                relations.append(ViewRelation(f"rk{copy}", s, person, "COREF", copy == 1))
    return spans, relations


def text_rows(view: DocumentView) -> list[QRectF]:
    """Where the words' ink is: each laid-out line's text, measured glyph-tight by the font, in
    document coordinates."""
    layout = view._layout
    metrics = QFontMetricsF(layout.metrics.font)
    rows = []
    for number, paragraph in enumerate(layout.paragraphs):
        text_layout = layout.ensure(number)
        for line_number in range(text_layout.lineCount()):
            line = text_layout.lineAt(line_number)
            words = paragraph.text[line.textStart() : line.textStart() + line.textLength()].rstrip()
            if not words:
                continue
            ink = metrics.tightBoundingRect(words)
            baseline = layout.tops[number] + line.y() + line.ascent()
            rows.append(QRectF(line.x(), baseline + ink.top(), line.naturalTextWidth(), ink.height()))
    return rows


def open_dense(qtbot, width: int) -> DocumentView:  # type: ignore[no-untyped-def]
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(width, 900)
    spans, relations = spans_and_relations()
    view.set_document(TEXT, spans, relations, default_scheme())
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("width", [1100, 520])
def test_relation_labels_keep_off_the_words(qtbot, width: int) -> None:  # type: ignore[no-untyped-def]
    view = open_dense(qtbot, width)
    view.set_show_all_relations(True)
    image = view.grab()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SHOTS / f"all-{width}.png"))
    chips = list(view._painter.tags.placed)
    assert len(chips) == 14  # every relation's label drawn (no span is selected: no span tag)
    rows = text_rows(view)
    covering = [(chip, row) for chip in chips for row in rows if chip.intersects(row)]
    assert not covering
    assert not any(a.intersects(b) for a, b in combinations(chips, 2))


def test_the_labels_of_a_clicked_quote_keep_off_the_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_dense(qtbot, 520)
    target = next(span for span in spans_and_relations()[0] if span.id == "q20")  # "Kami akan menambah ..."
    point: QPoint = view.point_for_offset((target.start + target.end) // 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.selected_span() == "q20"
    view.grab().save(str(SHOTS / "quote-520.png"))
    _tag, *arc_labels = view._painter.tags.placed  # the quote's own tag first, then its SPEAKER and CUE
    assert len(arc_labels) == 2
    rows = text_rows(view)
    assert not [label for label in arc_labels for row in rows if label.intersects(row)]



def bar_rects(view: DocumentView) -> list[QRectF]:
    geometry = view._geometry
    return [
        geometry.bar_rect(item, segment)
        for item in view._index.items
        if item.style is SpanStyle.BAR
        for segment in geometry.segments(item)
    ]


@pytest.mark.parametrize("quote", ["q00", "q10", "q20", "q01", "q11", "q21"])
def test_in_a_narrow_window_a_clicked_quote_has_its_labels_by_its_arcs_off_words_and_bars(qtbot, quote: str) -> None:  # type: ignore[no-untyped-def]
    """At 520 pixels the SPEAKER and CUE labels of a quote found no room between the lines of a dense
    paragraph but over the bars (hiding them) or away from their arcs; the lines of a paragraph with
    relations now keep room for them under the bars."""
    view = open_dense(qtbot, 520)
    target = next(span for span in spans_and_relations()[0] if span.id == quote)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_for_offset((target.start + target.end) // 2))
    assert view.selected_span() == quote
    view.grab().save(str(SHOTS / f"{quote}-520.png"))
    chips = view._painter.arcs._chips
    assert sorted(chip.label for chip in chips) == ["CUE", "SPEAKER"]
    assert all(chip.leader is None or chip.leader.length() <= 4 for chip in chips)  # on the arc or touching it
    bars, rows = bar_rects(view), text_rows(view)
    assert not [chip for chip in chips for rect in bars + rows if chip.rect.intersects(rect)]


def test_only_paragraphs_with_relations_get_room_for_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_dense(qtbot, 520)
    gap = {paragraph.text[:8]: paragraph.gap for paragraph in view._layout.paragraphs if paragraph.text}
    assert gap["“Harga c"] == gap["Pedagang"] + view._layout.metrics.label_room  # no relation ends in Pedagang ...

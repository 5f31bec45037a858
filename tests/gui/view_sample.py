"""The sample article of the document view tests (spans stacked, nested and suggested, relations),
the view opened on it, a long generated article, and a pixel colour probe."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
from PySide6.QtGui import QColor, QImage

from annotator.gui.document_view import DocumentView, ViewRelation, ViewSpan
from annotator.model.scheme import default_scheme

TEXT = (
    "MEDAN, KOMPAS.com - Menteri Perdagangan Rina Hartono menegaskan pemerintah siap menjaga harga beras.\n"
    "“Kami siap menyalurkan cadangan beras ke Sumatera Utara mulai Kamis (3/7/2025),” ujarnya di Medan.\n"
    "Menurut mantan rektor UGM tersebut, pasokan dari Vietnam sudah tiba.\n"
    "Baca juga: Harga Beras Naik Lagi"
)
SCREENSHOTS = Path("/tmp/annotator-document-view")


def at(text: str, occurrence: int = 0) -> int:
    position = -1
    for _ in range(occurrence + 1):
        position = TEXT.index(text, position + 1)
    return position


def span(span_id: str, text: str, label: str, occurrence: int = 0, suggested: bool = False, **attrs: str) -> ViewSpan:
    start = at(text, occurrence)
    return ViewSpan(span_id, start, start + len(text), label, suggested, attrs)


SPANS = [
    span("gpe1", "MEDAN", "GPE"),
    span("org1", "KOMPAS.com", "ORG"),
    span("furn", "MEDAN, KOMPAS.com -", "FURNITURE"),
    span("per1", "Rina Hartono", "PERSON"),
    span("cue1", "menegaskan", "CUE"),
    span("quote", "Kami siap menyalurkan cadangan beras ke Sumatera Utara mulai Kamis (3/7/2025),", "QUOTE"),
    span("gpe2", "Sumatera Utara", "GPE"),
    span("date", "Kamis (3/7/2025)", "DATE"),
    span("cue2", "ujarnya", "CUE"),
    span("spk2", "ujarnya", "SPEAKER"),
    span("gpe3", "Medan", "GPE"),
    span("role", "mantan rektor UGM tersebut", "SPEAKER"),
    span("org2", "UGM", "ORG"),
    span("gpe4", "Vietnam", "GPE", suggested=True),
    span("baca", "Baca juga: Harga Beras Naik Lagi", "FURNITURE"),
]
RELATIONS = [
    ViewRelation("r1", "quote", "spk2", "SPEAKER", False),
    ViewRelation("r2", "quote", "cue2", "CUE", False),
    ViewRelation("r3", "spk2", "per1", "COREF", True),
]


def tokens(text: str) -> tuple[list[int], list[int]]:
    matches = list(re.finditer(r"\w+|[^\w\s]", text))
    return [m.start() for m in matches], [m.end() for m in matches]


def open_view(qtbot) -> DocumentView:  # type: ignore[no-untyped-def]
    """The real view on the sample article, shown, with token boundaries, and focused."""
    document_view = DocumentView()
    qtbot.addWidget(document_view)
    document_view.resize(900, 600)
    document_view.set_document(TEXT, SPANS, RELATIONS, default_scheme())
    document_view.set_token_boundaries(*tokens(TEXT))
    document_view.show()
    qtbot.waitExposed(document_view)
    document_view.setFocus()
    return document_view


def colour_present(image: QImage, hex_color: str, tolerance: int = 24) -> bool:
    """Whether some pixel of the image is within ``tolerance`` of a colour (per channel)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    color = QColor(hex_color)
    target = np.array([color.blue(), color.green(), color.red()], dtype=np.int16)
    difference = np.abs(pixels[:, : image.width(), :3].astype(np.int16) - target).max(axis=2)
    return bool((difference <= tolerance).any())


def long_document(words: int, spans: int, seed: int = 4) -> tuple[str, list[ViewSpan], list[ViewRelation]]:
    """An article of ``words`` words in paragraphs of about 60, with ``spans`` spans on whole words."""
    vocabulary = [
        "pemerintah",
        "akan",
        "menyalurkan",
        "cadangan",
        "beras",
        "ke",
        "seluruh",
        "provinsi",
        "mulai",
        "pekan",
        "depan",
        "kata",
        "Rina",
        "Hartono",
        "di",
        "Medan",
    ]
    rng = random.Random(seed)
    paragraphs, pieces = [], []
    for number in range(words):
        pieces.append(rng.choice(vocabulary))
        if len(pieces) == 60 or number == words - 1:
            paragraphs.append(" ".join(pieces) + ".")
            pieces = []
    text = "\n\n".join(paragraphs)
    word_spans = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    chosen = sorted(rng.sample(range(len(word_spans)), spans))
    labels = ["PERSON", "ORG", "GPE", "DATE", "CUE", "SPEAKER"]
    view_spans = [ViewSpan(f"s{n}", *word_spans[index], labels[n % len(labels)], n % 3 == 0) for n, index in enumerate(chosen)]
    relations = [ViewRelation(f"r{n}", f"s{n}", f"s{n + 1}", "COREF", False) for n in range(0, spans - 1, 7)]
    return text, view_spans, relations

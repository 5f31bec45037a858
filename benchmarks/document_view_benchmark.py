"""Time the document view offscreen; prints milliseconds (median of several runs).

    python benchmarks/document_view_benchmark.py [--runs 7]

Measures, for a 2,000-word article with 300 spans and a 20,000-word article with 2,000 spans:
opening it (``set_document`` until the first paint is done, i.e. ``grab()`` of the widget), one
scroll step with its repaint, and ``set_annotations`` after one span changed with its repaint;
then what a label key costs the event loop: the view's update (new spans, the span selected and
pending) and the paintEvent Qt runs for it, with the share of the viewport repainted.
Targets: open under 100 ms and 500 ms; repaint after a span change under 30 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from news_words import INDONESIAN_WORDS  # benchmarks/ is on sys.path when a script runs
from PySide6.QtWidgets import QApplication

from annotator.gui.document_view import DocumentView, ViewRelation, ViewSpan
from annotator.model.scheme import Scheme, default_scheme

WORDS = [*INDONESIAN_WORDS, "kata", "ujarnya", "Medan", "Rina"]
LABELS = ["PERSON", "ORG", "GPE", "DATE", "CUE", "SPEAKER", "QUOTE", "NORP"]


def article(words: int, spans: int, seed: int = 7) -> tuple[str, list[ViewSpan], list[ViewRelation]]:
    """Paragraphs of about 50 words with an emoji now and then; spans on whole words and some quotes."""
    rng = random.Random(seed)
    paragraphs, pieces = [], []
    for number in range(words):
        pieces.append(rng.choice(WORDS) if rng.random() > 0.01 else "😀")
        if len(pieces) == 50 or number == words - 1:
            paragraphs.append(" ".join(pieces) + ".")
            pieces = []
    text = "\n\n".join(paragraphs)
    word_spans = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    chosen = sorted(rng.sample(range(len(word_spans) - 8), spans))
    view_spans = []
    for number, index in enumerate(chosen):
        label = LABELS[number % len(LABELS)]
        start, end = word_spans[index]
        if label == "QUOTE":
            end = word_spans[index + 6][1]
        view_spans.append(ViewSpan(f"s{number}", start, end, label, number % 4 == 0))
    relations = [ViewRelation(f"r{n}", f"s{n}", f"s{n + 1}", "SPEAKER", False) for n in range(6, spans - 1, len(LABELS))]
    return text, view_spans, relations


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(view: DocumentView, scheme: Scheme, words: int, spans: int, runs: int) -> dict[str, float]:
    app = QApplication.instance()
    text, view_spans, relations = article(words, spans)

    def open_document() -> None:
        view.set_document(text, view_spans, relations, scheme)
        view.grab()

    figures = {"open": median_ms(open_document, runs)}

    def open_and_lay_out_everything() -> None:
        # The paragraphs below the first screen are laid out afterwards, in 8 ms slices of the event loop.
        open_document()
        while view.layout_pending():
            app.processEvents()

    figures["open + background layout"] = median_ms(open_and_lay_out_everything, runs)
    bar = view.verticalScrollBar()

    def scroll_step() -> None:
        bar.setValue(bar.value() + bar.singleStep())
        view.grab()

    bar.setValue(bar.maximum() // 2)
    view.grab()
    figures["scroll step"] = median_ms(scroll_step, runs)
    # Let the background layout finish, then measure editing in the middle of the document.
    while view.layout_pending():
        app.processEvents()
    middle = len(view_spans) // 2
    view.select_span(view_spans[middle].id)
    view.grab()
    changed = list(view_spans)

    def change_one_span() -> None:
        old = changed[middle]
        changed[middle] = ViewSpan(old.id, old.start, old.end, "ORG" if old.label != "ORG" else "PERSON", False)
        view.set_annotations(changed, relations)
        view.grab()

    figures["span change + repaint"] = median_ms(change_one_span, runs)
    figures.update(label_key(view, view_spans, relations, middle, runs))
    return figures


class PaintTimer:
    """Wraps a view's paintEvent to add up the time spent painting (what stops the event loop),
    as CPU time of this thread (steadier than the wall clock on a shared machine), and the area
    Qt asked to repaint."""

    def __init__(self, view: DocumentView) -> None:
        self.seconds = 0.0
        self.area = 0
        original = view.paintEvent

        def timed(event):  # type: ignore[no-untyped-def]
            started = time.thread_time()
            original(event)
            self.seconds += time.thread_time() - started
            self.area += sum(rect.width() * rect.height() for rect in event.region())

        view.paintEvent = timed  # type: ignore[method-assign]


def label_key(
    view: DocumentView, view_spans: list[ViewSpan], relations: list[ViewRelation], middle: int, runs: int
) -> dict[str, float]:
    """What the window does after a label key on a span in view: new annotations with the span
    selected and pending, then the repaint Qt schedules (the event loop's paintEvent, not grab()).
    Figures in CPU milliseconds of the GUI thread; the area as a share of the viewport."""
    app = QApplication.instance()
    assert app is not None
    timer = getattr(view, "_paint_timer", None) or PaintTimer(view)
    view._paint_timer = timer  # type: ignore[attr-defined]
    spans = list(view_spans)
    update_times, paint_times, areas = [], [], []
    viewport = view.viewport().width() * view.viewport().height()
    for run in range(runs * 3):
        app.processEvents()
        old = spans[middle]
        spans[middle] = ViewSpan(old.id, old.start, old.end, "ORG" if old.label != "ORG" else "PERSON", False)
        started = time.thread_time()
        view.set_annotations(spans, relations)
        view.select_span(old.id)
        view.set_pending({old.id} if run % 2 == 0 else set())
        update_times.append((time.thread_time() - started) * 1000)
        timer.seconds, timer.area = 0.0, 0
        app.processEvents()
        paint_times.append(timer.seconds * 1000)
        areas.append(100.0 * timer.area / viewport)
    return {
        "label key: view update (CPU)": statistics.median(update_times),
        "label key: paintEvent (CPU)": statistics.median(paint_times),
        "label key: paintEvent max (CPU)": max(paint_times),
        "label key: area repainted %": statistics.median(areas),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    scheme = default_scheme()
    view = DocumentView()
    view.resize(1000, 800)
    view.show()
    app.processEvents()
    view.set_document("warm-up", [], [], scheme)
    view.grab()
    targets = {
        (2_000, 300): {"open": 100.0, "span change + repaint": 30.0},
        (20_000, 2_000): {"open": 500.0, "span change + repaint": 30.0},
    }
    print(f"document view, offscreen, 1000x800, median of {args.runs} runs")
    for (words, spans), target in targets.items():
        figures = measure(view, scheme, words, spans, args.runs)
        for name, value in figures.items():
            goal = target.get(name)
            verdict = "" if goal is None else f"  (target < {goal:.0f} ms: {'ok' if value < goal else 'MISSED'})"
            unit = "" if name.endswith("%") else " ms"
            print(f"  {words:>6} words, {spans:>5} spans  {name:<34} {value:8.1f}{unit}{verdict}")


if __name__ == "__main__":
    main()

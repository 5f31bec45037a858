"""Each annotator's version of the document, read-only, beneath the gold layer in a lead's review.

One :class:`DocumentView` per annotator (the annotator window's view, with edge and relation
drags off); what not every annotator made, and gold has not taken, is tinted. A click selects a
span; A or Enter (or the pane's Accept button, or a double click) accepts it into gold.
Scrolling and the selected span follow from view to view (:class:`ViewSync`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.adjudication.review import Review, SpanKey, span_key
from annotator.gui.convert import to_view_span, view_relations
from annotator.gui.document_view import DocumentView
from annotator.text.tokens import token_boundaries
from annotator.wording import plural


class VersionPane(QWidget):
    """One annotator's version: a title, an Accept button and a read-only view."""

    #: The span to accept into gold (this annotator's span id).
    acceptRequested = Signal(str)

    def __init__(self, annotator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotator = annotator
        self.title = QLabel()
        self.accept_button = QPushButton("Accept into gold (A)")
        self.accept_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view keeps the focus (and its selection)
        self.accept_button.clicked.connect(self.accept_selected)
        self.view = DocumentView()
        self.view.set_read_only(True)
        self.view.spanDoubleClicked.connect(self.acceptRequested.emit)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def accept_selected(self) -> bool:
        span_id = self.view.selected_span()
        if span_id is None:
            return False
        self.acceptRequested.emit(span_id)
        return True

    def show_version(self, review: Review, first: bool) -> None:
        """The annotator's spans, disagreements tinted (``first``: a new document, else keep scroll)."""
        record = review.versions[self.annotator]
        marked = {span.id for span in record.spans if review.marked(span_key(span))}
        spans = [replace(to_view_span(span), marked=span.id in marked) for span in record.spans]
        if first:
            self.view.set_document(review.document.text, spans, view_relations(record), review.project.scheme)
            self.view.set_token_boundaries(*token_boundaries(review.document.text, review.project.lang))
        else:
            keep = self.view.selected_span()
            self.view.set_annotations(spans, view_relations(record))
            self.view.select_span(keep)
        self.title.setText(
            f"<b>{self.annotator}</b> ({record.status}, read-only): {plural(len(record.spans), 'span')}, "
            f"<span style='background:#ffe866'>&nbsp;{plural(len(marked), 'disagreement')}&nbsp;</span> not in gold"
        )


class ViewSync:
    """Keeps views scrolled to the same place and selects the matching span everywhere.

    ``spans_of(view)`` gives a view's spans by id as row keys; a selection in one view selects,
    in the others, the span with the same key, else one of the same label that overlaps it.
    """

    def __init__(
        self,
        views: list[DocumentView],
        spans_of: Callable[[DocumentView], dict[str, SpanKey]],
        selectors: dict[DocumentView, Callable[[str | None], None]] | None = None,
        strict: DocumentView | None = None,
    ) -> None:
        self.views = views
        self.spans_of = spans_of
        #: How to select a span in a view (the gold view's goes through its controller).
        self.selectors = selectors or {}
        #: The view where only a span of the same label follows (gold: Delete there must not hit
        #: the span a candidate of another label overlaps).
        self.strict = strict
        self.busy = False
        for view in views:
            view.verticalScrollBar().valueChanged.connect(lambda _value, source=view: self.scrolled(source))

    def scrolled(self, source: DocumentView) -> None:
        if self.busy:
            return
        self.busy = True
        try:
            offset = source.first_visible_offset()
            for view in self.views:
                if view is not source and view.first_visible_offset() != offset:
                    view.scroll_to_offset(offset)
        finally:
            self.busy = False

    def select(self, key: SpanKey | None, source: DocumentView | None = None) -> None:
        """Select the span matching ``key`` in every view but ``source`` (none where none matches)."""
        if self.busy:
            return
        self.busy = True
        try:
            for view in self.views:
                if view is not source:
                    found = matching(self.spans_of(view), key, any_label=view is not self.strict)
                    self.selectors.get(view, view.select_span)(found)
        finally:
            self.busy = False
        if source is not None:
            self.scrolled(source)


def matching(spans: dict[str, SpanKey], key: SpanKey | None, *, any_label: bool = True) -> str | None:
    """The id of the span equal to ``key``, else of the widest overlap with the same label, else
    (``any_label``) of the widest overlap with another label (the other side of a conflict)."""
    if key is None:
        return None
    best, rank = None, (0, 0)
    for span_id, other in spans.items():
        if other == key:
            return span_id
        shared = min(other.end, key.end) - max(other.start, key.start)
        if shared > 0 and (any_label or other.label == key.label) and (int(other.label == key.label), shared) > rank:
            best, rank = span_id, (int(other.label == key.label), shared)
    return best

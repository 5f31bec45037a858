"""What the window shows of the open document: the view, the header, the panels and the queue
row, updated from the :class:`DocumentController`'s signals (never by hand from elsewhere)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.gui.convert import ViewSpanCache, view_relations
from annotator.model.scheme import default_scheme

if TYPE_CHECKING:
    from annotator.gui.controllers import DocumentController
    from annotator.gui.window import MainWindow


class DocumentPresenter:
    """Shows the open document of a :class:`MainWindow` and follows its controller's signals."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._view_spans = ViewSpanCache()
        window.tokenizer.ready.connect(self.tokens_ready)

    def follow(self, documents: DocumentController) -> None:
        """Show what ``documents`` (a newly opened project's controller) says from now on."""
        window = self._window
        documents.documentOpened.connect(self.document_opened)
        documents.annotationChanged.connect(self.show_annotation)
        documents.pendingSpansChanged.connect(self.show_pending)
        documents.entryChanged.connect(
            lambda pk, status, count: window.queue.model.update_entry(pk, status=status, span_count=count)
        )
        documents.spanSelected.connect(self.span_selected)
        documents.linkModeChanged.connect(self.link_mode_changed)
        documents.relationAdded.connect(window.relations_panel.select_relation)  # its span stays selected
        self.show_empty()

    def show_empty(self) -> None:
        window = self._window
        window.header.show_document(None)
        window.header.show_record(None)
        scheme = window.session.project.scheme if window.session else default_scheme()
        window.relations_panel.set_relations([], [], scheme)

    def document_opened(self, pk: int, offset: int) -> None:
        window = self._window
        documents = window.documents
        assert documents is not None and documents.session.document is not None
        document, record = documents.session.document, documents.session.record
        view = window.view
        view.set_document(document.text, self._view_spans.view_spans(record), view_relations(record), documents.project.scheme)
        view.set_pending(documents.pending_spans(), documents.pending_relations())
        if offset:
            view.scroll_to_offset(offset)
        window.relations_panel.forget_current()
        window.header.show_document(document)
        window.queue.set_current(pk)
        window.settings.set_last_document(window.projects.location or "", pk, offset)
        self._load_tokens(documents, pk, document.text)
        view.setFocus()

    def show_annotation(self) -> None:
        """Show the open record in the view and the panels (after an edit, undo, redo or reload)."""
        window = self._window
        session = window.session
        if session is None or session.record is None:
            return
        record = session.record
        window.view.set_annotations(self._view_spans.view_spans(record), view_relations(record))
        window.view.select_span(session.selected_span)
        window.relations_panel.set_relations(record.relations, record.spans, session.project.scheme)
        window.attributes_panel.show_span(session.span(session.selected_span) if session.selected_span else None)
        window.header.show_record(record)
        window.annotationShown.emit()

    def show_pending(self) -> None:
        """Draw the spans and relations whose saves are still queued as pending (and the others normally)."""
        documents = self._window.documents
        if documents is not None and documents.session.record is not None:
            self._window.view.set_pending(documents.pending_spans(), documents.pending_relations())

    def span_selected(self, span_id: str | None) -> None:
        window = self._window
        window.view.select_span(span_id)
        window.relations_panel.show_span(span_id)
        session = window.session
        window.attributes_panel.show_span(session.span(span_id) if session is not None and span_id else None)

    def link_mode_changed(self, label: str) -> None:
        self._window.mode_badge.setText(f" LINK {label} ")
        self._window.mode_badge.setVisible(bool(label))

    def _load_tokens(self, documents: DocumentController, pk: int, text: str) -> None:
        """Token boundaries for snapping, from the tokenizer process (spaCy is slow to load)."""
        if pk in documents.tokens:
            self._window.view.set_token_boundaries(*documents.tokens[pk])
            return
        self._window.view.set_token_boundaries([], [])
        self._window.tokenizer.request(pk, text, documents.project.lang)

    def tokens_ready(self, pk: int, starts: list[int], ends: list[int]) -> None:
        documents = self._window.documents
        if documents is None:
            return
        documents.tokens[pk] = (starts, ends)
        if documents.doc_pk == pk:
            self._window.view.set_token_boundaries(starts, ends)

"""Documents: opening and leaving one, stepping through the queue, marking its status, the
reading position, token boundaries for snapping, and showing its annotation in the view and
panels. Mixed into :class:`annotator.gui.window.MainWindow`."""

from __future__ import annotations

from typing import Any

from annotator.gui.convert import view_relations
from annotator.gui.dialogs import ask_comment
from annotator.model.names import ACCEPTED
from annotator.model.scheme import default_scheme
from annotator.storage import EditError, ProjectError


class DocumentsMixin:
    """The document being annotated: which one is open, how long it was read, where, and its status."""

    def _show_empty(self) -> None:
        self.header.show_document(None)
        self.header.show_record(None)
        self.relations_panel.set_relations([], [], self.session.project.scheme if self.session else default_scheme())

    def _fetch_queue(self, **query: Any) -> list[Any]:
        return [] if self.session is None else self.session.editor.queue(**query)

    # --- opening and leaving ------------------------------------------------------------------

    def open_document(self, pk: int, *, offset: int | None = None) -> None:
        if self.session is None or self.session.doc_pk == pk:
            return
        self._leave_document()
        try:
            record = self.session.open(pk)
        except (ProjectError, EditError) as error:
            self.error(str(error))
            return
        document = self.session.document
        assert document is not None
        self.undo_stack.clear()
        self.view.set_document(
            document.text, self._view_spans.view_spans(record), view_relations(record), self.session.project.scheme
        )
        if offset:
            self.view.scroll_to_offset(offset)
        self.header.show_document(document)
        self._show_annotation()
        self.queue.set_current(pk)
        self.queue.model.update_entry(pk, status=record.status, span_count=len(record.spans))
        self.settings.set_last_document(self.project_location or "", pk, offset or 0)
        self._load_tokens(pk, document.text)
        self.view.setFocus()
        suggestions = len(self.session.suggestions())
        self.message(
            f"{document.title or document.doc_id}: {suggestions} suggestion{'s' if suggestions != 1 else ''} to review"
            if suggestions
            else f"{document.title or document.doc_id}"
        )

    def _leave_document(self) -> None:
        """Record the time spent and the reading position of the document being left."""
        if self.session is None or self.session.doc_pk is None:
            return
        self._save_position()
        try:
            self.session.leave()
        except EditError as error:
            self.error(str(error))

    def _save_position(self) -> None:
        if self.session is None or self.session.doc_pk is None or self.project_location is None:
            return
        self.settings.set_last_document(self.project_location, self.session.doc_pk, self.view.first_visible_offset())
        self.settings.sync()

    def _load_tokens(self, pk: int, text: str) -> None:
        """Token boundaries for snapping, from the tokenizer process (spaCy is slow to load)."""
        if pk in self._tokens:
            self.view.set_token_boundaries(*self._tokens[pk])
            return
        self.view.set_token_boundaries([], [])
        assert self.session is not None
        self.tokenizer.request(pk, text, self.session.project.lang)

    def _tokens_ready(self, pk: int, starts: list[int], ends: list[int]) -> None:
        self._tokens[pk] = (starts, ends)
        if self.session is not None and self.session.doc_pk == pk:
            self.view.set_token_boundaries(starts, ends)

    def _tokens_failed(self, _pk: int, message: str) -> None:
        self.message(f"No snapping to tokens: {message}")

    def step_document(self, step: int) -> None:
        if self.session is None:
            return
        target = self.session.next_document(step=step)
        if target is None:
            self.message("No other document to do: every document is accepted, rejected or skipped.")
            return
        self.open_document(target)

    def mark(self, status: str, comment: str | None = None) -> None:
        """Mark the current document, record the time spent and open the next one."""
        if self.session is None or self.session.doc_pk is None:
            return
        pk = self.session.doc_pk
        try:
            self.session.editor.set_status(pk, status, comment=comment, add_seconds=self.session.take_seconds())  # type: ignore[arg-type]
        except EditError as error:
            self.error(str(error))
            return
        left = len(self.session.suggestions())
        self.queue.model.update_entry(pk, status=status)
        self.session.reload()
        self._show_annotation()
        target = self.session.next_document()
        note = f" ({left} suggestion{'s' if left != 1 else ''} left unconfirmed)" if left and status == ACCEPTED else ""
        if target is None:
            self.message(f"Marked {status}{note}. That was the last document to do.")
            return
        self.open_document(target)
        self.message(f"Marked {status}{note}; opened the next document.")

    def mark_accepted(self) -> None:
        self.mark(ACCEPTED)

    def mark_with_comment(self, status: str) -> None:
        if self.session is None or self.session.document is None:
            return
        comment = ask_comment(self, status, self.session.document.title or self.session.document.doc_id)
        if comment is None:
            return
        self.mark(status, comment or None)

    # --- showing the annotation ---------------------------------------------------------------

    def _show_annotation(self, select: str | None = None) -> None:
        """Show the session's record in the view and the panels (after an edit, undo or redo)."""
        if self.session is None or self.session.record is None:
            return
        record = self.session.record
        if select is not None and self.session.span(select) is not None:
            self.session.selected_span = select
        elif self.session.selected_span is not None and self.session.span(self.session.selected_span) is None:
            self.session.selected_span = None
        self.view.set_annotations(self._view_spans.view_spans(record), view_relations(record))
        self.view.select_span(self.session.selected_span)
        self.relations_panel.set_relations(record.relations, record.spans, self.session.project.scheme)
        self.header.show_record(record)
        if self.session.doc_pk is not None:
            self.queue.model.update_entry(self.session.doc_pk, status=record.status, span_count=len(record.spans))
        self.annotationShown.emit()

    def _refresh(self, select: str | None = None) -> None:
        if self.session is None or self.session.document is None:
            return
        self.session.reload()
        self._show_annotation(select)

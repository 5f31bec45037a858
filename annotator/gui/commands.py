"""Undo commands: each edit calls :class:`AnnotationEditor` and knows its inverse.

An edit is carried out by :meth:`EditCommand.execute` *before* it is pushed on the undo stack,
so that an :class:`EditError` reaches the window (and the status bar) instead of leaving a
command on the stack that did nothing. Qt then calls :meth:`redo` once on push; that first call
is skipped. Later undo/redo failures (the database changed under us) are reported through
``on_error`` and make the command obsolete rather than raising inside Qt; a conflict with
another session (:class:`EditConflict`) goes to ``on_conflict`` instead when one is set, so that
the document controller can reload the document once the undo stack has returned.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.model.names import HUMAN
from annotator.model.records import Record, Relation, Span
from annotator.storage import AnnotationEditor, EditConflict, EditError

ErrorSink = Callable[[str], None]
ConflictSink = Callable[[EditConflict], None]


class EditCommand(QUndoCommand):
    """Base class: one undoable edit of one document."""

    def __init__(self, editor: AnnotationEditor, doc_pk: int, text: str, on_error: ErrorSink | None = None) -> None:
        super().__init__(text)
        self.editor = editor
        self.doc_pk = doc_pk
        self.on_error = on_error
        self._pushed = False
        #: Told of an :class:`EditConflict` during undo or redo (else ``on_error`` is).
        self.on_conflict: ConflictSink | None = None
        #: The span to select after redo / after undo (None: keep the selection as is).
        self.select_after_redo: str | None = None
        self.select_after_undo: str | None = None

    def execute(self) -> None:
        """Carry out the edit for the first time; raises :class:`EditError`."""
        self._do()

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except EditError as error:
            self.setObsolete(True)
            if isinstance(error, EditConflict) and self.on_conflict is not None:
                self.on_conflict(error)
            elif self.on_error is not None:
                self.on_error(f"Cannot {self.text().lower()}: {error}")

    def patch(self, record: Record) -> None:
        """Apply this edit's first execution to the shown record, as the editor reported it.

        Saves reading the whole annotation back after every key press (2,000 spans take
        ~60 ms); undo and redo read it back instead.
        """
        raise NotImplementedError

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


def _sorted_spans(spans: list[Span]) -> list[Span]:
    return sorted(spans, key=lambda span: (span.start, span.end))


class AddSpan(EditCommand):
    def __init__(
        self,
        editor: AnnotationEditor,
        doc_pk: int,
        start: int,
        end: int,
        label: str,
        on_error: ErrorSink | None = None,
        *,
        attrs: dict[str, str] | None = None,
    ):
        super().__init__(editor, doc_pk, f"Add {label}", on_error)
        self.start, self.end, self.label = start, end, label
        self.attrs = attrs  # a quote's type, when a lead accepts an annotator's quote into gold
        self.span_id: str | None = None
        self.added: Span | None = None

    def _do(self) -> None:
        span = self.editor.add_span(self.doc_pk, self.start, self.end, self.label, attrs=self.attrs, key=self.span_id)
        self.span_id = span.id
        self.added = span
        self.select_after_redo = span.id

    def patch(self, record: Record) -> None:
        assert self.added is not None
        record.spans = _sorted_spans([*record.spans, self.added])

    def _undo(self) -> None:
        assert self.span_id is not None
        self.editor.delete_span(self.doc_pk, self.span_id)


class UpdateSpan(EditCommand):
    """Relabel or resize a span; a suggestion that the annotator changes becomes their own."""

    def __init__(
        self,
        editor: AnnotationEditor,
        doc_pk: int,
        span_id: str,
        *,
        start: int | None = None,
        end: int | None = None,
        label: str | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        text = f"Relabel as {label}" if label is not None else "Resize span"
        super().__init__(editor, doc_pk, text, on_error)
        self.span_id = span_id
        self.start, self.end, self.label = start, end, label
        self.before: Span | None = None
        self.after: Span | None = None
        self.select_after_redo = self.select_after_undo = span_id

    def _do(self) -> None:
        before, after = self.editor.update_span(
            self.doc_pk, self.span_id, start=self.start, end=self.end, label=self.label, source=HUMAN
        )
        if self.before is None:
            self.before = before
        self.after = after

    def patch(self, record: Record) -> None:
        assert self.after is not None
        record.spans = _sorted_spans([self.after if span.id == self.span_id else span for span in record.spans])

    def _undo(self) -> None:
        assert self.before is not None
        before = self.before
        self.editor.update_span(
            self.doc_pk, self.span_id, start=before.start, end=before.end, label=before.label, source=before.source
        )


class SetSpanAttribute(EditCommand):
    """Set one attribute of a span (``value`` None removes it); a suggestion becomes the annotator's own."""

    def __init__(
        self,
        editor: AnnotationEditor,
        doc_pk: int,
        span: Span,
        name: str,
        value: str | None,
        on_error: ErrorSink | None = None,
    ) -> None:
        text = f"Set {span.label} {name} to {value}" if value else f"Clear {span.label} {name}"
        super().__init__(editor, doc_pk, text, on_error)
        self.span_id = span.id or ""
        self.name, self.value = name, value
        self.before: Span = span
        self.after: Span | None = None
        self.select_after_redo = self.select_after_undo = self.span_id

    def _do(self) -> None:
        attrs = {key: value for key, value in self.before.attrs.items() if key != self.name}
        if self.value is not None:
            attrs[self.name] = self.value
        _, self.after = self.editor.set_span_attrs(self.doc_pk, self.span_id, attrs, source="human")

    def patch(self, record: Record) -> None:
        assert self.after is not None
        record.spans = [self.after if span.id == self.span_id else span for span in record.spans]

    def _undo(self) -> None:
        self.editor.set_span_attrs(self.doc_pk, self.span_id, dict(self.before.attrs), source=self.before.source)


class DeleteSpan(EditCommand):
    """Delete a span (or reject a suggestion); undo brings it back with its relations."""

    def __init__(
        self, editor: AnnotationEditor, doc_pk: int, span_id: str, *, reject: bool = False, on_error: ErrorSink | None = None
    ):
        super().__init__(editor, doc_pk, "Reject suggestion" if reject else "Delete span", on_error)
        self.span_id = span_id
        self.span: Span | None = None
        self.relations: list[Relation] = []
        self.select_after_undo = span_id

    def _do(self) -> None:
        self.span, self.relations = self.editor.delete_span(self.doc_pk, self.span_id)

    def patch(self, record: Record) -> None:
        record.spans = [span for span in record.spans if span.id != self.span_id]
        record.relations = [rel for rel in record.relations if self.span_id not in (rel.head, rel.child)]

    def _undo(self) -> None:
        assert self.span is not None
        self.editor.restore_span(self.doc_pk, self.span, self.relations)


class AddRelation(EditCommand):
    def __init__(
        self, editor: AnnotationEditor, doc_pk: int, head: str, child: str, label: str, on_error: ErrorSink | None = None
    ):
        super().__init__(editor, doc_pk, f"Link {label}", on_error)
        self.head, self.child, self.label = head, child, label
        self.relation_id: str | None = None
        self.select_after_redo = self.select_after_undo = head
        self.added: Relation | None = None

    def _do(self) -> None:
        relation = self.editor.add_relation(self.doc_pk, self.head, self.child, self.label, key=self.relation_id)
        self.relation_id = relation.id
        self.added = relation

    def patch(self, record: Record) -> None:
        assert self.added is not None
        record.relations = [*record.relations, self.added]

    def _undo(self) -> None:
        assert self.relation_id is not None
        self.editor.delete_relation(self.doc_pk, self.relation_id)


class DeleteRelation(EditCommand):
    def __init__(self, editor: AnnotationEditor, doc_pk: int, relation_id: str, on_error: ErrorSink | None = None):
        super().__init__(editor, doc_pk, "Delete relation", on_error)
        self.relation_id = relation_id
        self.relation: Relation | None = None

    def _do(self) -> None:
        self.relation = self.editor.delete_relation(self.doc_pk, self.relation_id)

    def patch(self, record: Record) -> None:
        record.relations = [rel for rel in record.relations if rel.id != self.relation_id]

    def _undo(self) -> None:
        rel = self.relation
        assert rel is not None
        self.editor.add_relation(self.doc_pk, rel.head, rel.child, rel.label, source=rel.source, key=rel.id)


class AcceptSuggestions(EditCommand):
    """Confirm one suggestion (``span_ids=[id]``) or all that remain (``span_ids=None``)."""

    def __init__(
        self,
        editor: AnnotationEditor,
        doc_pk: int,
        span_ids: list[str] | None,
        *,
        span_sources: dict[str, str],
        relation_sources: dict[str, str],
        on_error: ErrorSink | None = None,
    ) -> None:
        text = "Accept suggestion" if span_ids is not None and len(span_ids) == 1 else "Accept all suggestions"
        super().__init__(editor, doc_pk, text, on_error)
        self.span_ids = span_ids
        # Sources before the edit, of every span and relation of the document: undo sets the changed ones back.
        self._span_sources = span_sources
        self._relation_sources = relation_sources
        self.changed_spans: list[str] = []
        self.changed_relations: list[str] = []
        if span_ids is not None and len(span_ids) == 1:
            self.select_after_redo = self.select_after_undo = span_ids[0]

    def _do(self) -> None:
        ids = self.span_ids if not self._pushed else self.changed_spans
        spans, relations = self.editor.accept_suggestions(self.doc_pk, ids)
        if not self._pushed:
            self.changed_spans, self.changed_relations = spans, relations

    def patch(self, record: Record) -> None:
        spans, relations = set(self.changed_spans), set(self.changed_relations)
        record.spans = [span.model_copy(update={"source": HUMAN}) if span.id in spans else span for span in record.spans]
        record.relations = [
            rel.model_copy(update={"source": HUMAN}) if rel.id in relations else rel for rel in record.relations
        ]

    def _undo(self) -> None:
        self.editor.set_sources(
            self.doc_pk,
            {key: self._span_sources[key] for key in self.changed_spans if key in self._span_sources},
            {key: self._relation_sources[key] for key in self.changed_relations if key in self._relation_sources},
        )

"""Undo commands: each edit knows what it does to the shown record and how to save it.

An edit is *prepared* against the record the window shows (:mod:`annotator.storage.edit_preview`
runs the editor's checks and picks the new ids), so that a refused edit is refused at once with
its message. Then it is shown (:meth:`EditCommand.patch`) and saved on the edit queue's thread
(:meth:`EditCommand.save`, an :class:`AnnotationEditor` call, one transaction). Undo and redo do
the same with the inverse: :meth:`unpatch` now, :meth:`save_undo` queued behind every save
before it. ``runner`` (set by :class:`EditHistory`) does the showing and queueing; Qt calls
:meth:`redo` once on push, and that first call is skipped (the edit is running already).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.model.names import HUMAN
from annotator.model.records import Record, Relation, Span
from annotator.model.scheme import Scheme
from annotator.storage import AnnotationEditor
from annotator.storage import edit_preview as preview

#: Shows a command's change (forward: True) or its inverse, and queues the save.
Runner = Callable[["EditCommand", bool], None]


class EditCommand(QUndoCommand):
    """Base class: one undoable edit of one document."""

    #: The one span an edit of a span is about (None: a relation edit, or several spans).
    span_id: str | None = None

    def __init__(self, editor: AnnotationEditor, doc_pk: int, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.doc_pk = doc_pk
        self._pushed = False
        self.runner: Runner | None = None
        #: The span to select after redo / after undo (None: keep the selection as is).
        self.select_after_redo: str | None = None
        self.select_after_undo: str | None = None

    def prepare(self, record: Record, text: str, scheme: Scheme) -> None:
        """Check the edit against the shown record and work out its result; raises EditError."""
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        assert self.runner is not None
        self.runner(self, True)

    def undo(self) -> None:
        assert self.runner is not None
        self.runner(self, False)

    def patch(self, record: Record) -> None:
        """Show the edit in ``record``."""
        raise NotImplementedError

    def unpatch(self, record: Record) -> None:
        """Show the edit undone in ``record``."""
        raise NotImplementedError

    def shown_spans(self) -> list[str]:
        """The spans whose look this edit (or its undo) changes: drawn as pending until it is stored."""
        return [self.span_id] if self.span_id else []

    def shown_relations(self) -> list[str]:
        """Likewise, the relations this edit (or its undo) adds, removes or changes."""
        return []

    def save(self) -> None:
        """Store the edit (on the edit queue's thread)."""
        raise NotImplementedError

    def save_undo(self) -> None:
        """Store the edit's inverse (on the edit queue's thread)."""
        raise NotImplementedError


def _sorted_spans(spans: list[Span]) -> list[Span]:
    return sorted(spans, key=lambda span: (span.start, span.end))


def _replace(record: Record, span: Span) -> None:
    record.spans = _sorted_spans([span if other.id == span.id else other for other in record.spans])


class AddSpan(EditCommand):
    def __init__(
        self,
        editor: AnnotationEditor,
        doc_pk: int,
        start: int,
        end: int,
        label: str,
        *,
        attrs: dict[str, str] | None = None,
    ) -> None:
        super().__init__(editor, doc_pk, f"Add {label}")
        self.start, self.end, self.label = start, end, label
        self.attrs = attrs  # a quote's type, when a lead accepts an annotator's quote into gold
        self.span_id: str | None = None
        self.added: Span | None = None

    def prepare(self, record: Record, text: str, scheme: Scheme) -> None:
        self.added = preview.new_span(scheme, text, record, self.start, self.end, self.label, attrs=self.attrs)
        self.span_id = self.select_after_redo = self.added.id

    def patch(self, record: Record) -> None:
        assert self.added is not None
        record.spans = _sorted_spans([*record.spans, self.added])

    def unpatch(self, record: Record) -> None:
        record.spans = [span for span in record.spans if span.id != self.span_id]
        record.relations = [rel for rel in record.relations if self.span_id not in (rel.head, rel.child)]

    def save(self) -> None:
        self.editor.add_span(self.doc_pk, self.start, self.end, self.label, attrs=self.attrs, key=self.span_id)

    def save_undo(self) -> None:
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
    ) -> None:
        text = f"Relabel as {label}" if label is not None else "Resize span"
        super().__init__(editor, doc_pk, text)
        self.span_id = span_id
        self.start, self.end, self.label = start, end, label
        self.before: Span | None = None
        self.after: Span | None = None
        self.select_after_redo = self.select_after_undo = span_id

    def prepare(self, record: Record, text: str, scheme: Scheme) -> None:
        self.before, self.after = preview.changed_span(
            scheme, text, record, self.span_id, start=self.start, end=self.end, label=self.label
        )

    def patch(self, record: Record) -> None:
        assert self.after is not None
        _replace(record, self.after)

    def unpatch(self, record: Record) -> None:
        assert self.before is not None
        _replace(record, self.before)

    def save(self) -> None:
        self.editor.update_span(self.doc_pk, self.span_id, start=self.start, end=self.end, label=self.label, source=HUMAN)

    def save_undo(self) -> None:
        assert self.before is not None
        before = self.before
        self.editor.update_span(
            self.doc_pk, self.span_id, start=before.start, end=before.end, label=before.label, source=before.source
        )


class SetSpanAttribute(EditCommand):
    """Set one attribute of a span (``value`` None removes it); a suggestion becomes the annotator's own."""

    def __init__(self, editor: AnnotationEditor, doc_pk: int, span: Span, name: str, value: str | None) -> None:
        text = f"Set {span.label} {name} to {value}" if value else f"Clear {span.label} {name}"
        super().__init__(editor, doc_pk, text)
        self.span_id = span.id or ""
        self.name, self.value = name, value
        self.before: Span = span
        self.after: Span | None = None
        self.attrs = {key: value for key, value in span.attrs.items() if key != name}
        if value is not None:
            self.attrs[name] = value
        self.select_after_redo = self.select_after_undo = self.span_id

    def prepare(self, record: Record, text: str, scheme: Scheme) -> None:
        self.before, self.after = preview.span_with_attrs(scheme, record, self.span_id, self.attrs)

    def patch(self, record: Record) -> None:
        assert self.after is not None
        _replace(record, self.after)

    def unpatch(self, record: Record) -> None:
        _replace(record, self.before)

    def save(self) -> None:
        self.editor.set_span_attrs(self.doc_pk, self.span_id, self.attrs, source=HUMAN)

    def save_undo(self) -> None:
        self.editor.set_span_attrs(self.doc_pk, self.span_id, dict(self.before.attrs), source=self.before.source)


class DeleteSpan(EditCommand):
    """Delete a span (or reject a suggestion); undo brings it back with its relations."""

    def __init__(self, editor: AnnotationEditor, doc_pk: int, span_id: str, *, reject: bool = False) -> None:
        super().__init__(editor, doc_pk, "Reject suggestion" if reject else "Delete span")
        self.span_id = span_id
        self.span: Span | None = None
        self.relations: list[Relation] = []
        self.select_after_undo = span_id

    def prepare(self, record: Record, text: str, scheme: Scheme) -> None:
        self.span, self.relations = preview.removed_span(record, self.span_id)

    def shown_relations(self) -> list[str]:
        return [relation.id for relation in self.relations if relation.id]  # back with the span on undo

    def patch(self, record: Record) -> None:
        record.spans = [span for span in record.spans if span.id != self.span_id]
        record.relations = [rel for rel in record.relations if self.span_id not in (rel.head, rel.child)]

    def unpatch(self, record: Record) -> None:
        assert self.span is not None
        record.spans = _sorted_spans([*record.spans, self.span])
        record.relations = [*record.relations, *self.relations]

    def save(self) -> None:
        self.editor.delete_span(self.doc_pk, self.span_id)

    def save_undo(self) -> None:
        assert self.span is not None
        self.editor.restore_span(self.doc_pk, self.span, self.relations)


class AddRelation(EditCommand):
    def __init__(self, editor: AnnotationEditor, doc_pk: int, head: str, child: str, label: str) -> None:
        super().__init__(editor, doc_pk, f"Link {label}")
        self.head, self.child, self.label = head, child, label
        self.relation_id: str | None = None
        self.select_after_redo = self.select_after_undo = head
        self.added: Relation | None = None

    def prepare(self, record: Record, text: str, scheme: Scheme) -> None:
        self.added = preview.new_relation(scheme, record, self.head, self.child, self.label)
        self.relation_id = self.added.id

    def patch(self, record: Record) -> None:
        assert self.added is not None
        record.relations = [*record.relations, self.added]

    def unpatch(self, record: Record) -> None:
        record.relations = [rel for rel in record.relations if rel.id != self.relation_id]

    def shown_relations(self) -> list[str]:
        return [self.relation_id] if self.relation_id else []

    def save(self) -> None:
        self.editor.add_relation(self.doc_pk, self.head, self.child, self.label, key=self.relation_id)

    def save_undo(self) -> None:
        assert self.relation_id is not None
        self.editor.delete_relation(self.doc_pk, self.relation_id)


class DeleteRelation(EditCommand):
    def __init__(self, editor: AnnotationEditor, doc_pk: int, relation_id: str) -> None:
        super().__init__(editor, doc_pk, "Delete relation")
        self.relation_id = relation_id
        self.relation: Relation | None = None

    def prepare(self, record: Record, text: str, scheme: Scheme) -> None:
        self.relation = preview.removed_relation(record, self.relation_id)

    def patch(self, record: Record) -> None:
        record.relations = [rel for rel in record.relations if rel.id != self.relation_id]

    def unpatch(self, record: Record) -> None:
        assert self.relation is not None
        record.relations = [*record.relations, self.relation]

    def shown_relations(self) -> list[str]:
        return [self.relation_id]  # gone from the view until undone; then back, pending

    def save(self) -> None:
        self.editor.delete_relation(self.doc_pk, self.relation_id)

    def save_undo(self) -> None:
        rel = self.relation
        assert rel is not None
        self.editor.add_relation(self.doc_pk, rel.head, rel.child, rel.label, source=rel.source, key=rel.id)


class AcceptSuggestions(EditCommand):
    """Confirm one suggestion (``span_ids=[id]``) or all that remain (``span_ids=None``)."""

    def __init__(self, editor: AnnotationEditor, doc_pk: int, span_ids: list[str] | None) -> None:
        text = "Accept suggestion" if span_ids is not None and len(span_ids) == 1 else "Accept all suggestions"
        super().__init__(editor, doc_pk, text)
        self.span_ids = span_ids
        self.changed_spans: list[str] = []
        self.changed_relations: list[str] = []
        # Sources before the edit of what it changes: undo sets them back.
        self._span_sources: dict[str, str] = {}
        self._relation_sources: dict[str, str] = {}
        if span_ids is not None and len(span_ids) == 1:
            self.select_after_redo = self.select_after_undo = span_ids[0]

    def prepare(self, record: Record, text: str, scheme: Scheme) -> None:
        self.changed_spans, self.changed_relations = preview.accepted(record, self.span_ids)
        spans, relations = set(self.changed_spans), set(self.changed_relations)
        self._span_sources = {span.id or "": span.source for span in record.spans if span.id in spans}
        self._relation_sources = {rel.id or "": rel.source for rel in record.relations if rel.id in relations}

    def _set(self, record: Record, spans: dict[str, str], relations: dict[str, str]) -> None:
        record.spans = [span.model_copy(update={"source": spans[span.id]}) if span.id in spans else span for span in record.spans]  # type: ignore[index]
        record.relations = [
            rel.model_copy(update={"source": relations[rel.id]}) if rel.id in relations else rel for rel in record.relations  # type: ignore[index]
        ]

    def shown_spans(self) -> list[str]:
        return list(self.changed_spans)

    def shown_relations(self) -> list[str]:
        return list(self.changed_relations)

    def patch(self, record: Record) -> None:
        self._set(record, dict.fromkeys(self.changed_spans, HUMAN), dict.fromkeys(self.changed_relations, HUMAN))

    def unpatch(self, record: Record) -> None:
        self._set(record, self._span_sources, self._relation_sources)

    def save(self) -> None:
        self.editor.accept_suggestions(self.doc_pk, self.changed_spans)

    def save_undo(self) -> None:
        self.editor.set_sources(self.doc_pk, self._span_sources, self._relation_sources)

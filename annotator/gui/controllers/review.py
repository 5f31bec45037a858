"""The review controller: a lead's gold review of one document, without widgets.

Gold is edited by a :class:`DocumentController` on the lead's ``gold`` layer, so free editing
(label, resize, relabel, delete, link) works as in the annotator's window; accepting or rejecting
a candidate of the annotators' versions (:class:`annotator.adjudication.review.Review`) is an edit
command on the same undo stack, so one Ctrl+Z undoes whichever came last.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.adjudication.review import RelationKey, Review, SpanKey, span_key
from annotator.gui import commands as cmd
from annotator.gui.controllers.document import DocumentController
from annotator.model.names import ACCEPTED, GOLD, IN_PROGRESS
from annotator.model.records import Record, Relation, Span
from annotator.model.scheme import Scheme
from annotator.storage import AnnotationEditor, Project
from annotator.storage import edit_preview as preview
from annotator.wording import noun

Key = SpanKey | RelationKey


def describe(key: Key) -> str:
    if isinstance(key, RelationKey):
        return f"{key.label} relation"
    return key.label + (f":{key.quote_type}" if key.quote_type else "")


def gold_span_id(record: Record | None, key: SpanKey) -> str | None:
    if record is None:
        return None
    return next((span.id for span in record.spans if span_key(span) == key), None)


def gold_relation_id(record: Record | None, key: RelationKey) -> str | None:
    if record is None:
        return None
    head, child = gold_span_id(record, key.head), gold_span_id(record, key.child)
    return next(
        (rel.id for rel in record.relations if (rel.head, rel.child, rel.label) == (head, child, key.label)), None
    )


class RejectCandidate(cmd.EditCommand):
    """Reject a candidate with a reason: out of gold if it was there (a span takes its relations
    with it), and marked rejected; undo puts it back and takes the mark away. The reason is
    logged once, with the first save."""

    def __init__(self, editor: AnnotationEditor, doc_pk: int, controller: ReviewController, key: Key, reason: str) -> None:
        super().__init__(editor, doc_pk, f"Reject {describe(key)}")
        self.controller, self.key, self.reason = controller, key, reason
        self.span_id: str | None = None
        self.span: Span | None = None
        self.relations: list[Relation] = []
        self._logged = False

    def prepare(self, record: Record, text: str, scheme: Scheme) -> None:
        if isinstance(self.key, SpanKey):
            self.span_id = gold_span_id(record, self.key)
            if self.span_id is not None:
                self.span, self.relations = preview.removed_span(record, self.span_id)
        else:
            relation_id = gold_relation_id(record, self.key)
            self.relations = [rel for rel in record.relations if rel.id == relation_id]

    def patch(self, record: Record) -> None:
        gone = {rel.id for rel in self.relations}
        record.spans = [span for span in record.spans if span.id != self.span_id]
        record.relations = [rel for rel in record.relations if rel.id not in gone]
        self.controller.rejected[self.key] = self.reason

    def unpatch(self, record: Record) -> None:
        if self.span is not None:
            record.spans = sorted([*record.spans, self.span], key=lambda span: (span.start, span.end))
        record.relations = [*record.relations, *self.relations]
        self.controller.rejected.pop(self.key, None)

    def save(self) -> None:
        if self.span_id is not None:
            self.editor.delete_span(self.doc_pk, self.span_id)
        else:
            for rel in self.relations:
                self.editor.delete_relation(self.doc_pk, rel.id)
        if not self._logged:
            self.controller.review.log_rejection(self.key, self.reason)
            self._logged = True

    def save_undo(self) -> None:
        if self.span is not None:
            self.editor.restore_span(self.doc_pk, self.span, self.relations)
            return
        for rel in self.relations:
            self.editor.add_relation(self.doc_pk, rel.head, rel.child, rel.label, source=rel.source, key=rel.id)


class ReviewController(QObject):
    """One document's gold review: the gold layer's controller, the candidates, accept and reject."""

    #: The rows or gold changed (after every edit, undo and redo).
    changed = Signal()

    def __init__(self, project: Project, lead: str, doc_pk: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gold = DocumentController(project, lead, self, layer=GOLD)
        self.gold.opening.open_now(doc_pk)  # gold is only read here: no need to wait on the queue
        self.review = Review(project, lead, doc_pk, editor=self.gold.session.editor)
        self.rejected: dict[Key, str] = {}
        self.gold.annotationChanged.connect(self._gold_changed)

    @property
    def record(self) -> Record | None:
        return self.gold.session.record

    def _gold_changed(self) -> None:
        self.review.refresh(self.record)
        self.changed.emit()

    def in_gold(self, key: Key) -> bool:
        row = self.review.by_key.get(key)
        return row is not None and row.in_gold

    # --- accepting and rejecting ---------------------------------------------------------------

    def accept(self, key: Key) -> bool:
        """A candidate into gold; a relation only once both its spans are there."""
        if self.in_gold(key):
            self.gold.message.emit(f"That {describe(key)} is in gold already.")
            return False
        gold = self.gold
        if isinstance(key, RelationKey):
            head, child = gold_span_id(self.record, key.head), gold_span_id(self.record, key.child)
            if head is None or child is None:
                gold.error.emit(f"A {key.label} relation enters gold only when both its spans are in gold: accept them first")
                return False
            command: cmd.EditCommand = cmd.AddRelation(*gold.edit_target(), head, child, key.label)  # type: ignore[arg-type]
        else:
            attrs = {"type": key.quote_type} if key.quote_type else None
            command = cmd.AddSpan(*gold.edit_target(), key.start, key.end, key.label, attrs=attrs)  # type: ignore[arg-type]
        command.setText(f"Accept {describe(key)}")
        if not gold.history.push(command):
            return False
        self.rejected.pop(key, None)
        gold.message.emit(f"Accepted {describe(key)} into gold (Ctrl+Z undoes)")
        return True

    def accept_from_version(self, annotator: str, span_id: str) -> bool:
        """A span of one annotator's version into gold; when it is there already, that version's
        relations of the span whose other span is in gold too."""
        key = self.review.version_spans(annotator).get(span_id)
        if key is None:
            return False
        if not self.in_gold(key):
            return self.accept(key)
        waiting = [rel for rel in self.review.version_relations(annotator, key) if not self.in_gold(rel)]
        ready = [rel for rel in waiting if self.in_gold(rel.head) and self.in_gold(rel.child)]
        for rel in ready:
            self.accept(rel)
        if not ready:
            verb = noun(len(waiting), "waits", "wait")
            more = f"; {len(waiting)} of its relations {verb} for the other span" if waiting else ""
            self.gold.message.emit(f"That {describe(key)} is in gold already{more}.")
        return bool(ready)

    def reject(self, key: Key, reason: str) -> bool:
        gold = self.gold
        command = RejectCandidate(*gold.edit_target(), self, key, reason)  # type: ignore[arg-type]
        if not gold.history.push(command):
            return False
        gold.message.emit(f"Rejected {describe(key)}: {reason}")
        return True

    # --- the document ----------------------------------------------------------------------------

    def next_disagreement(self, after: int) -> int | None:
        return self.review.next_disagreement(after)

    @property
    def done(self) -> bool:
        """Gold done, as shown (a status change being saved included)."""
        return self.record is not None and self.record.status == ACCEPTED

    def toggle_done(self) -> bool:
        """Gold done (or back to in progress), shown at once and saved on the edit queue; when the
        save is refused, the history reads gold again and says so. Returns whether gold is done now."""
        record, pk = self.record, self.gold.session.doc_pk
        if record is None or pk is None:
            return False
        done = not self.done
        status = ACCEPTED if done else IN_PROGRESS
        editor = self.gold.server.editor
        self.gold.history.save(lambda: editor.set_status(pk, status), "gold done" if done else "reopen gold")
        record.status = status  # type: ignore[assignment]
        self.gold.changed()
        self.gold.message.emit("Gold done for this document." if done else "Gold reopened.")
        return done

    def close(self) -> None:
        """Record the time spent on gold, wait for its pending saves and drop the undo history
        (the project stays open: it is the main window's)."""
        self.gold.close(keep_project=True)

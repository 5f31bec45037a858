"""The state of one annotation session: project, annotator, current document and selection.

No Qt here: the window reads and changes this state, the undo commands call the editor through it.
The window runs the reading and writing methods (:meth:`Session.load`, :meth:`Session.read`,
:meth:`Session.next_document`) on its edit queue's thread and shows the result with
:meth:`Session.show`; :meth:`Session.open` and :meth:`Session.reload` do both at once (scripts, tests).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from annotator.model.names import ANNOTATION, GOLD, HUMAN, IN_PROGRESS, TODO
from annotator.model.records import Record, Relation, Span
from annotator.storage import AnnotationEditor, Document, EditError, Project

#: Statuses a "next document" may land on, in order of preference.
OPEN_STATUSES = (TODO, IN_PROGRESS)


def _empty_gold(document: Document) -> Record:
    return Record(id=document.doc_id, text=document.text, meta=document.meta, layer=GOLD, status=TODO)


@dataclass
class Session:
    """One annotator working in one project."""

    project: Project
    annotator: str
    editor: AnnotationEditor = field(init=False)
    document: Document | None = None
    record: Record | None = None
    selected_span: str | None = None
    link_label: str | None = None  # a relation label while in link mode
    #: The layer edited: the annotator's own, or ``gold`` for a lead's review.
    layer: str = ANNOTATION
    _opened_at: float = 0.0

    def __post_init__(self) -> None:
        self.editor = AnnotationEditor(self.project, self.annotator, self.layer)

    # --- the current document -------------------------------------------------------------

    @property
    def doc_pk(self) -> int | None:
        return None if self.document is None else self.document.pk

    def load(self, doc_pk: int) -> tuple[Document, Record]:
        """Start (or resume) the annotator's annotation of a document; changes nothing shown.
        Gold is only read: a gold layer is made by its first edit, not by opening a review (an
        empty gold would count as a reference for agreement)."""
        document = self.project.document(doc_pk)
        if self.layer == GOLD:
            return document, self.editor.record(doc_pk) or _empty_gold(document)
        return document, self.editor.start(doc_pk)

    def show(self, document: Document, record: Record) -> Record:
        """Make a loaded document the current one."""
        self.document = document
        self.record = record
        self.selected_span = None
        self.link_label = None
        self._opened_at = time.monotonic()
        return record

    def open(self, doc_pk: int) -> Record:
        """Start (or resume) the annotator's annotation of a document and make it the current one."""
        return self.show(*self.load(doc_pk))

    def read(self, doc_pk: int) -> Record:
        """The stored annotation of a started document (the database is the truth)."""
        record = self.editor.record(doc_pk)
        if record is None and self.layer == GOLD:
            return _empty_gold(self.project.document(doc_pk))
        if record is None:
            raise EditError(f"the annotation of document {doc_pk} is not started")
        return record

    def replace_record(self, record: Record) -> None:
        """Show a record read again; the selection stays where its span still exists."""
        self.record = record
        if self.selected_span is not None and self.span(self.selected_span) is None:
            self.selected_span = None

    def reload(self) -> Record:
        """Read the current annotation again (the database is the truth)."""
        assert self.document is not None
        self.replace_record(self.read(self.document.pk))
        assert self.record is not None
        return self.record

    def take_seconds(self) -> float:
        """Seconds spent on the current document since it was opened or last counted."""
        if self.document is None:
            return 0.0
        now = time.monotonic()
        seconds, self._opened_at = now - self._opened_at, now
        return seconds

    def record_time(self, doc_pk: int, seconds: float) -> None:
        """Add time spent on a document; not on a gold layer no edit has made yet (opening a
        review and leaving it writes nothing)."""
        if self.layer == GOLD and self.editor.record(doc_pk) is None:
            return
        self.editor.add_time(doc_pk, seconds)

    def leave(self) -> None:
        """Record the time spent on the current document (called before another one opens)."""
        if self.document is not None and (self.layer != GOLD or self.editor.seen_version(self.document.pk) is not None):
            self.editor.add_time(self.document.pk, self.take_seconds())

    # --- look-ups ---------------------------------------------------------------------------

    def spans(self) -> list[Span]:
        return [] if self.record is None else list(self.record.spans)

    def relations(self) -> list[Relation]:
        return [] if self.record is None else list(self.record.relations)

    def span(self, span_id: str) -> Span | None:
        return next((span for span in self.spans() if span.id == span_id), None)

    def span_with_bounds(self, bounds: tuple[int, int], label: str) -> Span | None:
        """The span a label key on exactly the words ``bounds`` means: one with those bounds and
        that label, else an entity with those bounds when ``label`` is an entity too (stacking a
        SPEAKER on a PERSON of the same words stays a new span)."""
        scheme = self.project.scheme
        same = [span for span in self.spans() if (span.start, span.end) == bounds]
        exact = next((span for span in same if span.label == label), None)
        if exact is not None or not scheme.is_exclusive(label):
            return exact
        return next((span for span in same if scheme.is_exclusive(span.label)), None)

    def relation(self, relation_id: str) -> Relation | None:
        return next((rel for rel in self.relations() if rel.id == relation_id), None)

    def suggestions(self) -> list[Span]:
        return [span for span in self.spans() if span.source != HUMAN]

    def next_suggestion(self, after: str | None) -> str | None:
        """The first suggestion that starts after the span ``after`` (or after the text's start)."""
        ordered = sorted(self.suggestions(), key=lambda span: (span.start, -span.end))
        current = self.span(after) if after else None
        start = current.start if current is not None else -1
        return next((span.id for span in ordered if span.start > start and span.id != after), None)

    def neighbour_span(self, span_id: str | None, step: int, offset: int = 0) -> str | None:
        """The span after (step=+1) or before (step=-1) ``span_id`` in text order, wrapping round.

        With no span selected, the first span at or after ``offset`` (or the last before it).
        """
        ordered = sorted(self.spans(), key=lambda span: (span.start, -span.end, span.id or ""))
        if not ordered:
            return None
        ids = [span.id for span in ordered]
        if span_id in ids:
            return ids[(ids.index(span_id) + step) % len(ids)]
        if step > 0:
            return next((span.id for span in ordered if span.start >= offset), ids[0])
        return next((span.id for span in reversed(ordered) if span.start < offset), ids[-1])

    def relation_labels_between(self, head_id: str, child_id: str) -> list[str]:
        """Relation labels the scheme allows from one span to another."""
        head, child = self.span(head_id), self.span(child_id)
        if head is None or child is None:
            return []
        return [
            rule.name for rule in self.project.scheme.relation_labels if head.label in rule.heads and child.label in rule.children
        ]

    def next_document(self, *, step: int = 1, page: int = 500, current: int | None = None) -> int | None:
        """The next (or previous) document still to do (to do or in progress), in import order,
        wrapping round; None when every other document is done. With routing set, the
        annotator's own unfinished claims, then a newly claimed document (``annotator next``).

        Reads the queue page by page per status and stops as soon as the answer is known, so that
        it stays quick with 100,000 documents. ``current``: the document to start from (default:
        the current one; the edit queue's thread passes it, not to read state the window changes).
        """
        from annotator.routing import load_routing

        if load_routing(self.project) is not None:  # routing set: the annotator's claims, then a new claim
            from annotator.routing.claims import routed_next

            return routed_next(self.project, self.annotator, current or self.doc_pk, step)
        current = current or self.doc_pk or 0
        near: list[int] = []  # the nearest open document in the direction of travel, per status
        wrap: list[int] = []  # the farthest one on the other side, for wrapping round
        for status in OPEN_STATUSES:
            found = self._nearest(status, current, step, page)
            if found[0] is not None:
                near.append(found[0])
            if found[1] is not None:
                wrap.append(found[1])
        if near:
            return min(near) if step > 0 else max(near)
        if wrap:
            return min(wrap) if step > 0 else max(wrap)
        return None

    def first_to_open(self) -> int | None:
        """The next document to do from the start, else the first one; None when there is none."""
        return self.next_document(current=0) or next(iter(self.project.document_keys()), None)

    def _nearest(self, status: str, current: int, step: int, page: int) -> tuple[int | None, int | None]:
        """(nearest open key past ``current`` in direction ``step``, the key to wrap round to)."""
        first: int | None = None
        before: int | None = None  # the last key below current
        last: int | None = None
        offset = 0
        while True:
            entries = self.editor.queue(status=status, limit=page, offset=offset)
            for entry in entries:
                if entry.pk == current:
                    continue
                if first is None:
                    first = entry.pk
                last = entry.pk
                if entry.pk > current:
                    if step > 0:
                        return entry.pk, first
                    if before is not None:
                        return before, None
                else:
                    before = entry.pk
            if len(entries) < page:
                break
            offset += page
        if step > 0:
            return None, first
        return before, last

"""The document controller: one annotator's work in one open project, without widgets.

It owns the :class:`Session` and the undo stack, carries out every edit as an undoable command
(:mod:`annotator.gui.commands`) and tells the window what changed through signals. The window
draws; the controller never touches a widget, so it is tested on its own.

Two parts it holds do one job each: :class:`EditHistory` (the undo stack, and what happens when
another session changed the same annotation) and :class:`LinkMode` (relations by key, click, drag).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from annotator.gui import commands as cmd
from annotator.gui.controllers.attributes import SpanAttributes
from annotator.gui.controllers.edits import EditHistory
from annotator.gui.controllers.links import LinkMode
from annotator.gui.controllers.opening import Opening, plural
from annotator.gui.controllers.saving import SaveQueue
from annotator.gui.edit_server import EditServer
from annotator.gui.panels.relations import snippet
from annotator.gui.session import Session
from annotator.model.names import ANNOTATION
from annotator.storage import Project, ProjectError
from annotator.storage.database import is_url
from annotator.text.graphemes import trimmed


def _server_location(project: Project) -> str:
    """Where the edit process connects: the file, or the URL with its password (never shown)."""
    if is_url(project.location):
        return project.engine.url.render_as_string(hide_password=False)
    return project.location



class DocumentController(QObject):
    """The open document of one project: opening, marking, editing, selection, undo and redo."""

    #: A document was opened: its key and the offset to scroll to (0: the top).
    documentOpened = Signal(int, int)
    #: The document with this key is about to be left (save its reading position now).
    leaving = Signal(int)
    #: The shown annotation changed (an edit, undo, redo or a status change).
    annotationChanged = Signal()
    #: The selected span (None when nothing is selected).
    spanSelected = Signal(object)
    #: A queue row changed: document key, status, span count.
    entryChanged = Signal(int, str, int)
    #: Link mode started (the relation label) or ended ("").
    linkModeChanged = Signal(str)
    #: A relation was added (its id), so that the window can select its row.
    relationAdded = Signal(str)
    #: A link click landed on several spans that fit equally: label, head id, the span ids to ask about.
    linkChoiceNeeded = Signal(str, str, list)
    #: The spans or relations whose saves are still queued changed (see :meth:`pending_spans`).
    pendingSpansChanged = Signal()
    #: Something the state of the actions depends on changed (document, selection, link mode).
    stateChanged = Signal()
    message = Signal(str)
    #: A short-lived note (e.g. the hovered span), shown for a few seconds.
    hint = Signal(str)
    error = Signal(str)

    def __init__(self, project: Project, annotator: str, parent: QObject | None = None, *, layer: str = ANNOTATION) -> None:
        super().__init__(parent)
        self.session = Session(project, annotator, layer=layer)
        #: The edit queue: every database write of this controller runs there, in order, carried
        #: out by a process of its own (see annotator.gui.edit_server).
        self.saver = SaveQueue(self)
        self.server = EditServer(_server_location(project), annotator, layer)
        self.history = EditHistory(self)
        self.opening = Opening(self)
        self.links = LinkMode(self)
        self.attributes = SpanAttributes(self)
        #: Token boundaries per document key, for snapping (filled by the tokenizer process).
        self.tokens: dict[int, tuple[list[int], list[int]]] = {}
        self.undo_stack.indexChanged.connect(self._undo_index_changed)

    def _undo_index_changed(self, _index: int) -> None:
        self.stateChanged.emit()  # a method, not a lambda: Qt drops it with this object

    @property
    def undo_stack(self) -> QUndoStack:
        return self.history.stack

    # --- state the actions ask about ----------------------------------------------------------

    @property
    def project(self) -> Project:
        return self.session.project

    @property
    def doc_pk(self) -> int | None:
        return self.session.doc_pk

    def has_document(self) -> bool:
        return self.session.document is not None

    def has_selected_span(self) -> bool:
        return self.session.selected_span is not None and self.session.span(self.session.selected_span) is not None

    def allows(self, when: str) -> bool:
        """Whether an editing action with this ``when`` (see the action table) can run now."""
        if when == "undo":
            return self.undo_stack.canUndo()
        if when == "redo":
            return self.undo_stack.canRedo()
        if when == "span":
            return self.has_selected_span()
        return self.has_document()

    def has_suggestions(self) -> bool:
        return bool(self.session.suggestions())

    # --- opening, leaving, marking ------------------------------------------------------------

    def document_exists(self, pk: int) -> bool:
        try:
            self.project.document(pk)
        except ProjectError:
            return False
        return True

    def pending_spans(self) -> set[str]:
        """Spans of the open document shown changed but not yet stored (drawn as pending)."""
        return self.history.pending_spans(self.session.doc_pk)

    def pending_relations(self) -> set[str]:
        """Relations of the open document shown changed but not yet stored (drawn as pending)."""
        return self.history.pending_relations(self.session.doc_pk)

    def is_saving(self) -> bool:
        """True while edits or a document being opened wait on the edit queue."""
        return not self.saver.idle()

    # --- opening, leaving, marking: see Opening -------------------------------------------------

    def open_document(self, pk: int, *, offset: int = 0) -> bool:
        return self.opening.open_document(pk, offset=offset)

    def open_first(self) -> bool:
        return self.opening.open_first()

    def step_document(self, step: int) -> None:
        self.opening.step(step)

    def mark(self, status: str, comment: str | None = None) -> bool:
        return self.opening.mark(status, comment)

    def leave(self) -> None:
        self.opening.leave()

    def reload(self, message: str | None = None) -> None:
        self.opening.reload(message)

    def close(self, *, keep_project: bool = False) -> None:
        """Leave the document, wait for every pending save, and close the project's database
        (unless ``keep_project``: the lead's review shares the main window's project)."""
        self.leave()
        if not self.saver.close():
            self.error.emit("some edits could not be saved before the project closed")
        self.server.close()
        self.undo_stack.clear()
        if not keep_project:
            self.project.close()

    def changed(self, select: str | None = None) -> None:
        """Tell the window the record changed; keep the selection valid."""
        session = self.session
        record = session.record
        if record is None:
            return
        if select is not None and session.span(select) is not None:
            session.selected_span = select
        elif session.selected_span is not None and session.span(session.selected_span) is None:
            session.selected_span = None
        self.annotationChanged.emit()
        if session.doc_pk is not None:
            self.entryChanged.emit(session.doc_pk, record.status, len(record.spans))
        self.stateChanged.emit()

    # --- edits --------------------------------------------------------------------------------

    def edit_target(self) -> tuple[object, int]:
        """The editor (in the edit process) and the open document's key, which every edit command
        starts with."""
        assert self.session.doc_pk is not None
        return self.server.editor, self.session.doc_pk

    def apply_label(self, label: str, selection: tuple[int, int] | None) -> bool:
        """A label key: label the text ``selection``, or relabel the selected span.
        True when the text selection became a span (the view then clears it)."""
        if self.session.doc_pk is None:
            return False
        self.end_link()
        session = self.session
        if selection is not None and session.record is not None:
            selection = trimmed(session.record.text, *selection)  # an unsnapped selection may hold edge spaces
            if selection is None:
                self.message.emit("Only white space is selected: select a word, then press the key of " + label)
                return False
        selected = session.span(session.selected_span) if session.selected_span else None
        retyped = False  # True: the text selection named an existing span, which the view now shows selected
        if selection is not None and (same := session.span_with_bounds(selection, label)) is not None:
            # The words of an existing span, selected again: its label key relabels or accepts
            # that span (as if it had been clicked) rather than refusing an overlap with itself.
            self.select(same.id)
            selected, selection, retyped = same, None, True
        if (
            selection is not None
            and selection[0] < selection[1]
            and (selected is None or (selected.start, selected.end) != selection)
        ):
            if self.history.push(cmd.AddSpan(*self.edit_target(), selection[0], selection[1], label)):  # type: ignore[arg-type]
                span = session.span(session.selected_span or "")
                if span is not None:
                    self.message.emit(f"{label} “{snippet(span.text, 60)}”")
                return True
            return False
        if selected is not None:
            if selected.label == label and selected.source == "human":
                self.message.emit(f"That span is {label} already")
                return retyped
            if selected.label == label:
                if self._accept([selected.id or ""]):
                    self.message.emit(f"Accepted {label} “{snippet(selected.text, 60)}”")
                return retyped
            before = selected.label
            if self.history.push(cmd.UpdateSpan(*self.edit_target(), selected.id or "", label=label)):  # type: ignore[arg-type]
                # Say so: the status bar still showed the span's old label from its selection.
                self.message.emit(f"“{snippet(selected.text, 60)}” is now {label} (was {before}; Ctrl+Z undoes)")
            return retyped
        self.message.emit(f"Select some text first, then press the key of {label}")
        return False

    def resize_span(self, span_id: str, start: int, end: int) -> None:
        if self.session.doc_pk is None:
            return
        if self.history.push(cmd.UpdateSpan(*self.edit_target(), span_id, start=start, end=end)):  # type: ignore[arg-type]
            span = self.session.span(span_id)
            if span is not None:
                self.message.emit(f"{span.label} is now “{snippet(span.text, 60)}”")

    def accept_selected(self) -> None:
        session = self.session
        span = session.span(session.selected_span) if session.selected_span else None
        if span is None:
            self.message.emit("Select a suggestion first (click it, or Tab to it)")
            return
        if span.source == "human":
            following = session.next_suggestion(span.id)
            if following is not None:
                self.select(following)
                self.message.emit("That span is confirmed already; moved to the next suggestion")
            return
        self._accept([span.id or ""])
        following = session.next_suggestion(span.id)
        if following is not None:
            self.select(following)

    def accept_all(self) -> None:
        count = len(self.session.suggestions())
        if not count:
            self.message.emit("No suggestions left in this document")
            return
        if self._accept(None):
            self.message.emit(f"Accepted {plural(count, 'suggestion')}")

    def _accept(self, span_ids: list[str] | None) -> bool:
        if self.session.doc_pk is None:
            return False
        return self.history.push(cmd.AcceptSuggestions(*self.edit_target(), span_ids))  # type: ignore[arg-type]

    def delete_selected(self) -> None:
        session = self.session
        span = session.span(session.selected_span) if session.selected_span else None
        if span is None:
            self.message.emit("Select a span first (click it, or Tab to it)")
            return
        reject = span.source != "human"
        following = session.next_suggestion(span.id) if reject else None
        if self.history.push(cmd.DeleteSpan(*self.edit_target(), span.id or "", reject=reject)):  # type: ignore[arg-type]
            session.selected_span = None
            self.select(following)
            verb = "Rejected" if reject else "Deleted"
            self.message.emit(f"{verb} {span.label} “{snippet(span.text, 60)}” (Ctrl+Z brings it back)")

    def delete_relation(self, relation_id: str) -> None:
        relation = self.session.relation(relation_id)
        if relation is None or self.session.doc_pk is None:
            return
        head, child = self.session.span(relation.head), self.session.span(relation.child)
        if self.history.push(cmd.DeleteRelation(*self.edit_target(), relation_id)):  # type: ignore[arg-type]
            ends = f"“{snippet(head.text if head else '', 30)}” → “{snippet(child.text if child else '', 30)}”"
            self.message.emit(f"Deleted {relation.label} {ends} (Ctrl+Z brings it back)")

    def add_relation(self, head: str, child: str, label: str) -> bool:
        if self.session.doc_pk is None:
            return False
        command = cmd.AddRelation(*self.edit_target(), head, child, label)  # type: ignore[arg-type]
        if self.history.push(command):
            head_span, child_span = self.session.span(head), self.session.span(child)
            head_text = snippet(head_span.text if head_span else "", 30)
            child_text = snippet(child_span.text if child_span else "", 50)
            self.message.emit(f"Linked {label}: “{head_text}” → {child_span.label if child_span else '?'} “{child_text}”")
            self.relationAdded.emit(command.relation_id or "")
            return True
        return False

    # --- attributes -----------------------------------------------------------------------------

    def set_attribute(self, name: str, value: str | None) -> bool:
        """Set an attribute of the selected span (see :class:`SpanAttributes`)."""
        return self.attributes.set(name, value)

    def cycle_attribute(self, key: str) -> bool:
        """An attribute key: the selected span's attribute with that key takes its next value."""
        return self.attributes.cycle(key)

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()

    # --- selection and link mode --------------------------------------------------------------

    def select(self, span_id: str | None) -> None:
        session = self.session
        session.selected_span = span_id
        self.spanSelected.emit(span_id)
        self.stateChanged.emit()
        span = session.span(span_id) if span_id else None
        if span is not None and session.link_label is None:
            hint = "Enter accepts, Delete rejects" if span.source != "human" else "a key relabels, Delete deletes"
            state = "suggested " if span.source != "human" else ""
            self.message.emit(f"{state}{span.label} “{snippet(span.text, 60)}” — {hint}")

    def step_span(self, step: int, offset: int = 0) -> None:
        target = self.session.neighbour_span(self.session.selected_span, step, offset)
        if target is not None:
            self.end_link()
            self.select(target)

    def start_link(self, label: str) -> None:
        self.links.start(label)

    def end_link(self) -> None:
        self.links.end()

    def escape(self) -> bool:
        """Esc: leave link mode, else drop the selected span. False when there was neither
        (the window then clears the text selection)."""
        if self.session.link_label is not None:
            self.end_link()
            self.message.emit("Link cancelled")
            return True
        if self.session.selected_span is not None:
            self.select(None)
            self.message.emit("")
            return True
        return False

    def span_clicked(self, span_id: str, under: list[str] | None = None) -> None:
        """A click on a span; ``under`` is every span under the click (stacked spans), best first.
        In link mode it may end in a relation (see :meth:`LinkMode.click`); otherwise it selects."""
        if not self.links.click(span_id, under):
            self.select(span_id or None)

    def relation_dragged(self, head: str, child: str, under: list[str] | None = None) -> None:
        """A drag from span to span (see :meth:`LinkMode.drag`)."""
        self.links.drag(head, child, under)

    def relation_selected(self, relation_id: str) -> None:
        relation = self.session.relation(relation_id)
        if relation is not None:
            self.session.selected_span = relation.head
            self.spanSelected.emit(relation.head)
            self.stateChanged.emit()

    def text_selected(self, start: int, end: int) -> None:
        document = self.session.document
        if document is None or start < 0 or end <= start:
            return
        self.message.emit(f"“{snippet(document.text[start:end], 60)}” selected — press a label key")

    def span_hovered(self, span_id: str) -> None:
        if not span_id or self.session.link_label is not None:
            return  # in link mode the status bar keeps saying what to click
        span = self.session.span(span_id)
        if span is not None:
            state = "suggested" if span.source != "human" else "confirmed"
            self.hint.emit(f"{span.label} ({state}) “{snippet(span.text, 80)}”")

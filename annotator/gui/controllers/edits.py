"""The undo history of one document controller: carrying out edits, undo, redo, and failed saves.

An edit is shown at once and saved on the edit queue's thread (:class:`SaveQueue`), in order,
one transaction each; until then it is *pending* (the status bar counts them). Undo and redo are
shown at once too and queue their save behind the saves before them.

When a save fails, what the window shows is no longer what is stored: the edits queued after it
(made on top of the failed one) are skipped, the document is read again, and the undo history
starts afresh. A save is refused with :class:`EditConflict` when another session changed the
same annotation since this one read it; with another :class:`EditError` when the database stayed
busy (the queue retried for a while) or refused the edit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack

from annotator.gui.commands import EditCommand
from annotator.model.names import IN_PROGRESS, TODO
from annotator.storage import EditConflict, EditError
from annotator.storage.edit_queue import Job
from annotator.storage.failures import describe_storage_failure

if TYPE_CHECKING:
    from annotator.gui.controllers.document import DocumentController

RELOADED = "the document was read again and shows what is stored; the undo history was cleared"


class EditHistory:
    """Runs edit commands for a :class:`DocumentController` and keeps its undo stack."""

    def __init__(self, controller: DocumentController) -> None:
        self._controller = controller
        self.stack = QUndoStack(controller)
        #: The chain of the saves being queued; a failed save breaks its chain (see EditQueue).
        self.chain = 0
        #: Saves queued and not yet finished per (document key, span id): the view draws these
        #: spans as pending. Every queued job is reported back once (done, failed or skipped).
        self._pending: Counter[tuple[int, str]] = Counter()
        #: Likewise per (document key, relation id), for the relations.
        self._pending_relations: Counter[tuple[int, str]] = Counter()

    def pending_spans(self, doc_pk: int | None) -> set[str]:
        """Ids of the spans of document ``doc_pk`` whose shown state is not stored yet."""
        return {span_id for (pk, span_id) in self._pending if pk == doc_pk}

    def pending_relations(self, doc_pk: int | None) -> set[str]:
        """Ids of the relations of document ``doc_pk`` whose shown state is not stored yet."""
        return {relation_id for (pk, relation_id) in self._pending_relations if pk == doc_pk}

    # --- queueing work ------------------------------------------------------------------------

    def save(
        self,
        run: Callable[[], Any],
        label: str,
        on_done: Callable[[Job], None] | None = None,
        *,
        spans: Iterable[tuple[int, str]] = (),
        relations: Iterable[tuple[int, str]] = (),
    ) -> Job:
        """Queue a save in the current chain; a failure is handled here, then ``on_done`` (if any)
        is told of every outcome. ``spans`` and ``relations`` (document key, id) are pending until
        it finishes."""
        keys, relation_keys = list(spans), list(relations)

        def finished(job: Job) -> None:
            self._settle(keys, relation_keys)
            if job.error is not None:
                self.failed(job.error, label)
            if on_done is not None:
                on_done(job)

        self._pending.update(keys)
        self._pending_relations.update(relation_keys)
        if keys or relation_keys:
            self._controller.pendingSpansChanged.emit()
        return self._controller.saver.submit(run, finished, chain=self.chain, label=label)

    def _settle(self, keys: list[tuple[int, str]], relation_keys: list[tuple[int, str]]) -> None:
        if not keys and not relation_keys:
            return
        self._pending.subtract(keys)
        self._pending = +self._pending  # drop the counts that reached zero
        self._pending_relations.subtract(relation_keys)
        self._pending_relations = +self._pending_relations
        self._controller.pendingSpansChanged.emit()

    def push(self, command: EditCommand) -> bool:
        """Carry out an edit: checked against the shown record, shown, queued, put on the stack."""
        controller = self._controller
        session = controller.session
        record, document = session.record, session.document
        if record is None or document is None:
            return False
        try:
            command.prepare(record, document.text, controller.project.scheme)
        except EditError as error:
            controller.error.emit(str(error))
            return False
        command.runner = self._run
        self.save(command.save, command.text(), spans=_keys(command), relations=_relation_keys(command))
        command.patch(record)
        if record.status == TODO:
            record.status = IN_PROGRESS  # as the editor stores it: a first edit starts the document
        self.stack.push(command)
        controller.changed(command.select_after_redo)
        return True

    def _run(self, command: EditCommand, forward: bool) -> None:
        """Undo (forward False) or redo of a command: shown now, saved behind the saves before it."""
        text = command.text()
        spans, relations = _keys(command), _relation_keys(command)
        if forward:
            self.save(command.save, text, spans=spans, relations=relations)
        else:
            self.save(command.save_undo, f"undo {text[:1].lower()}{text[1:]}", spans=spans, relations=relations)
        record = self._controller.session.record
        if record is not None and command.doc_pk == self._controller.session.doc_pk:
            (command.patch if forward else command.unpatch)(record)

    def undo(self) -> None:
        self._step(-1, "Undone")

    def redo(self) -> None:
        self._step(0, "Redone")

    def _step(self, offset: int, done: str) -> None:
        index = self.stack.index() + offset
        if not 0 <= index < self.stack.count():
            return
        command = self.stack.command(index)
        text = command.text()
        if offset < 0:
            select = getattr(command, "select_after_undo", None)
            self.stack.undo()
        else:
            select = getattr(command, "select_after_redo", None)
            self.stack.redo()
        self._controller.changed(select)
        self._controller.message.emit(f"{done}: {text}")

    # --- failed saves -------------------------------------------------------------------------

    def failed(self, error: Exception, label: str) -> None:
        """A queued save failed: say so, read the document again, start the history afresh."""
        if isinstance(error, EditConflict):
            self.conflict(error)
        elif isinstance(error, EditError):
            self.recover(f"“{label}” was not saved: {error} — {RELOADED}")
        else:  # a full disk, a bug or a lost connection: never silent, never raised into Qt
            detail = describe_storage_failure(error) or f"{type(error).__name__}: {error}"
            self.recover(f"“{label}” was not saved ({detail}) — {RELOADED}")

    def conflict(self, error: EditConflict) -> None:
        """Another session changed the annotation: say so, read it again, start the history afresh."""
        self.recover(f"{error} — {RELOADED}")

    def recover(self, message: str) -> None:
        """Drop the history and the saves queued behind a failed one; show what is stored."""
        controller = self._controller
        controller.end_link()
        self.stack.clear()
        self.chain += 1
        controller.reload(message)


def _keys(command: EditCommand) -> list[tuple[int, str]]:
    return [(command.doc_pk, span_id) for span_id in command.shown_spans()]


def _relation_keys(command: EditCommand) -> list[tuple[int, str]]:
    return [(command.doc_pk, relation_id) for relation_id in command.shown_relations()]

"""The undo history of one document controller: carrying out edits, undo, redo, and conflicts.

An edit is refused with :class:`EditConflict` when another session changed the same annotation
since this one read it. The document is then read again (the other session's work is shown and
later edits are made against it) and the undo history starts afresh: its commands were made
against an annotation that no longer exists, and undoing them could undo the other session's work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from annotator.gui.commands import EditCommand
from annotator.storage import EditConflict, EditError, ProjectError

if TYPE_CHECKING:
    from annotator.gui.controllers.document import DocumentController

RELOADED = "the document was read again and shows what is stored; the undo history was cleared"


class EditHistory:
    """Runs edit commands for a :class:`DocumentController` and keeps its undo stack."""

    def __init__(self, controller: DocumentController) -> None:
        self._controller = controller
        self.stack = QUndoStack(controller)
        self._conflict: EditConflict | None = None  # met during undo or redo, handled once Qt returns

    def push(self, command: EditCommand) -> bool:
        """Carry out an edit; on success it goes on the undo stack and the window shows it."""
        controller = self._controller
        try:
            command.execute()
        except EditConflict as error:
            self.conflict(error)
            return False
        except EditError as error:
            controller.error.emit(str(error))
            return False
        command.on_conflict = self._remember_conflict
        self.stack.push(command)
        record = controller.session.record
        if record is not None:
            command.patch(record)
            controller.changed(command.select_after_redo)
        return True

    def undo(self) -> None:
        index = self.stack.index()
        if index == 0:
            return
        command = self.stack.command(index - 1)
        text, select = command.text(), getattr(command, "select_after_undo", None)
        self.stack.undo()
        if not self._after_step():
            self._controller.refresh(select)
            self._controller.message.emit(f"Undone: {text}")

    def redo(self) -> None:
        index = self.stack.index()
        if index >= self.stack.count():
            return
        command = self.stack.command(index)
        text, select = command.text(), getattr(command, "select_after_redo", None)
        self.stack.redo()
        if not self._after_step():
            self._controller.refresh(select)
            self._controller.message.emit(f"Redone: {text}")

    def _remember_conflict(self, error: EditConflict) -> None:
        # Called from inside QUndoStack.undo()/redo(): the stack must not be cleared there.
        self._conflict = error

    def _after_step(self) -> bool:
        """Handle a conflict met by the last undo or redo; True when there was one."""
        error, self._conflict = self._conflict, None
        if error is None:
            return False
        self.conflict(error)
        return True

    def conflict(self, error: EditConflict) -> None:
        """Another session changed the annotation: say so, read it again, start the history afresh."""
        controller = self._controller
        controller.end_link()
        self.stack.clear()
        try:
            controller.session.reload()
        except (ProjectError, EditError) as reload_error:
            controller.error.emit(f"{error}; reading the document again failed too: {reload_error}")
            return
        controller.changed()
        controller.error.emit(f"{error} — {RELOADED}")

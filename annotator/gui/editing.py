"""Editing: labelling, resizing, accepting, rejecting and deleting spans, relations and link mode,
span selection, undo and redo. Every edit is an undoable command of :mod:`annotator.gui.commands`.
Mixed into :class:`annotator.gui.window.MainWindow`."""

from __future__ import annotations

from typing import Any

from annotator.gui import commands as cmd
from annotator.gui.panels.relations import snippet
from annotator.model.names import HUMAN
from annotator.storage import EditError


class EditingMixin:
    """Turns keys, clicks and drags in the document view into edits of the open document."""

    def _push(self, command: cmd.EditCommand) -> bool:
        """Carry out an edit; on success it goes on the undo stack and the view shows it."""
        try:
            command.execute()
        except EditError as error:
            self.error(str(error))
            return False
        self.undo_stack.push(command)
        if self.session is not None and self.session.record is not None:
            command.patch(self.session.record)
            self._show_annotation(command.select_after_redo)
        return True

    def _editor_args(self) -> tuple[Any, int] | None:
        if self.session is None or self.session.doc_pk is None:
            return None
        return self.session.editor, self.session.doc_pk

    def apply_label(self, label: str) -> None:
        """A label key: label the text selection, or relabel the selected span."""
        args = self._editor_args()
        if args is None or self.session is None:
            return
        self._end_link_mode()
        selection = self.view.selection()
        selected = self.session.span(self.session.selected_span) if self.session.selected_span else None
        if (
            selection is not None
            and selection[0] < selection[1]
            and (selected is None or (selected.start, selected.end) != selection)
        ):
            if self._push(cmd.AddSpan(*args, selection[0], selection[1], label, on_error=self.error)):
                self.view.clear_selection()
                span = self.session.span(self.session.selected_span or "")
                if span is not None:
                    self.message(f"{label} “{snippet(span.text, 60)}”")
            return
        if selected is not None:
            if selected.label == label and selected.source == HUMAN:
                self.message(f"That span is {label} already")
                return
            self._push(cmd.UpdateSpan(*args, selected.id or "", label=label, on_error=self.error))
            return
        self.message(f"Select some text first, then press the key of {label}")

    def resize_span(self, span_id: str, start: int, end: int) -> None:
        args = self._editor_args()
        if args is None:
            return
        if self._push(cmd.UpdateSpan(*args, span_id, start=start, end=end, on_error=self.error)) and self.session:
            span = self.session.span(span_id)
            if span is not None:
                self.message(f"{span.label} is now “{snippet(span.text, 60)}”")

    def accept_selected(self) -> None:
        if self.session is None or self.session.selected_span is None:
            self.message("Select a suggestion first (click it, or Tab to it)")
            return
        span = self.session.span(self.session.selected_span)
        if span is None:
            return
        if span.source == HUMAN:
            following = self._next_suggestion(span.id)
            if following is not None:
                self._select(following)
                self.message("That span is confirmed already; moved to the next suggestion")
            return
        self._accept([span.id or ""])
        following = self._next_suggestion(span.id)
        if following is not None:
            self._select(following)

    def accept_all(self) -> None:
        if self.session is None or not self.session.suggestions():
            self.message("No suggestions left in this document")
            return
        count = len(self.session.suggestions())
        if self._accept(None):
            self.message(f"Accepted {count} suggestion{'s' if count != 1 else ''}")

    def _accept(self, span_ids: list[str] | None) -> bool:
        args = self._editor_args()
        if args is None or self.session is None:
            return False
        spans = {span.id or "": span.source for span in self.session.spans()}
        relations = {rel.id or "": rel.source for rel in self.session.relations()}
        return self._push(
            cmd.AcceptSuggestions(*args, span_ids, span_sources=spans, relation_sources=relations, on_error=self.error)
        )

    def _next_suggestion(self, after: str | None) -> str | None:
        if self.session is None:
            return None
        ordered = sorted(self.session.suggestions(), key=lambda span: (span.start, -span.end))
        current = self.session.span(after) if after else None
        start = current.start if current is not None else -1
        return next((span.id for span in ordered if span.start > start and span.id != after), None)

    def delete_selected(self) -> None:
        args = self._editor_args()
        if args is None or self.session is None or self.session.selected_span is None:
            self.message("Select a span first (click it, or Tab to it)")
            return
        span = self.session.span(self.session.selected_span)
        if span is None:
            return
        following = self._next_suggestion(span.id) if span.source != HUMAN else None
        reject = span.source != HUMAN
        if self._push(cmd.DeleteSpan(*args, span.id or "", reject=reject, on_error=self.error)):
            self.session.selected_span = None
            if following is not None:
                self._select(following)
            else:
                self.view.select_span(None)
            self.message(f"{'Rejected' if reject else 'Deleted'} {span.label} “{snippet(span.text, 60)}” (Ctrl+Z brings it back)")

    def delete_relation(self, relation_id: str) -> None:
        args = self._editor_args()
        if args is not None:
            self._push(cmd.DeleteRelation(*args, relation_id, on_error=self.error))

    def add_relation(self, head: str, child: str, label: str) -> bool:
        args = self._editor_args()
        if args is None:
            return False
        if self._push(cmd.AddRelation(*args, head, child, label, on_error=self.error)) and self.session is not None:
            child_span = self.session.span(child)
            self.message(f"Linked {label} → “{snippet(child_span.text if child_span else '', 50)}”")
            return True
        return False

    def undo(self) -> None:
        index = self.undo_stack.index()
        if index == 0:
            return
        command = self.undo_stack.command(index - 1)
        self.undo_stack.undo()
        self._refresh(getattr(command, "select_after_undo", None))
        self.message(f"Undone: {command.text()}")

    def redo(self) -> None:
        index = self.undo_stack.index()
        if index >= self.undo_stack.count():
            return
        command = self.undo_stack.command(index)
        self.undo_stack.redo()
        self._refresh(getattr(command, "select_after_redo", None))
        self.message(f"Redone: {command.text()}")

    # --- selection and link mode --------------------------------------------------------------

    def _select(self, span_id: str | None) -> None:
        if self.session is None:
            return
        self.session.selected_span = span_id
        self.view.select_span(span_id)
        self.relations_panel.show_span(span_id)
        span = self.session.span(span_id) if span_id else None
        if span is not None and self.session.link_label is None:
            hint = "Enter accepts, Delete rejects" if span.source != HUMAN else "a key relabels, Delete deletes"
            state = "suggested " if span.source != HUMAN else ""
            self.message(f"{state}{span.label} “{snippet(span.text, 60)}” — {hint}")

    def step_span(self, step: int) -> None:
        if self.session is None:
            return
        target = self.session.neighbour_span(self.session.selected_span, step, self.view.first_visible_offset())
        if target is not None:
            self._end_link_mode()
            self._select(target)

    def start_link(self, label: str) -> None:
        if self.session is None:
            return
        head = self.session.span(self.session.selected_span) if self.session.selected_span else None
        rule = self.session.project.scheme.relation_label(label)
        if head is None or rule is None:
            self.message(
                f"Select the span to link from first (a {' or '.join(rule.heads) if rule else 'span'}), then press the key"
            )
            return
        if head.label not in rule.heads:
            self.error(f"A {label} relation starts from a {' or '.join(rule.heads)} span, not from {head.label}")
            return
        self.session.link_label = label
        self.mode_badge.setText(f" LINK {label} ")
        self.mode_badge.show()
        self.message(
            f"Link {label}: click the {' or '.join(rule.children)} span that “{snippet(head.text, 40)}” points to — Esc cancels"
        )

    def _end_link_mode(self) -> None:
        if self.session is not None:
            self.session.link_label = None
        self.mode_badge.hide()

    def escape(self) -> None:
        if self.session is None:
            return
        if self.session.link_label is not None:
            self._end_link_mode()
            self.message("Link cancelled")
            return
        if self.session.selected_span is not None:
            self._select(None)
            self.message("")
            return
        self.view.clear_selection()

    def _span_clicked(self, span_id: str) -> None:
        if self.session is None:
            return
        if self.session.link_label is not None and span_id:
            label, head = self.session.link_label, self.session.selected_span
            self._end_link_mode()
            if head is not None and head != span_id:
                self.add_relation(head, span_id, label)
                self._select(head)
                return
        self._select(span_id or None)

    def _relation_dragged(self, head: str, child: str) -> None:
        if self.session is None:
            return
        labels = self.session.relation_labels_between(head, child)
        if not labels:
            head_span, child_span = self.session.span(head), self.session.span(child)
            head_label = head_span.label if head_span else "?"
            child_label = child_span.label if child_span else "?"
            self.error(f"No relation of the scheme goes from {head_label} to {child_label}")
            return
        self.add_relation(head, child, labels[0])

    def _relation_selected(self, relation_id: str) -> None:
        if self.session is None:
            return
        relation = self.session.relation(relation_id)
        if relation is not None:
            self.session.selected_span = relation.head
            self.view.select_span(relation.head)

    def _selection_changed(self, start: int, end: int) -> None:
        if self.session is None or self.session.document is None or start < 0 or end <= start:
            return
        text = self.session.document.text[start:end]
        self.message(f"“{snippet(text, 60)}” selected — press a label key")

    def _span_hovered(self, span_id: str) -> None:
        if self.session is None or not span_id or self.session.link_label is not None:
            return  # in link mode the status bar keeps saying what to click
        span = self.session.span(span_id)
        if span is not None:
            state = "suggested" if span.source != HUMAN else "confirmed"
            self.statusBar().showMessage(f"{span.label} ({state}) “{snippet(span.text, 80)}”", 3000)

"""Attributes of the selected span (a quote's type, say), set from the panel or cycled by a key;
each change is an undoable edit through the document controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.gui import commands as cmd
from annotator.gui.panels.relations import snippet

if TYPE_CHECKING:
    from annotator.gui.controllers.document import DocumentController


class SpanAttributes:
    """Sets the selected span's attributes for a :class:`DocumentController`; the scheme must
    declare an attribute for the span's label."""

    def __init__(self, controller: DocumentController) -> None:
        self._controller = controller

    def set(self, name: str, value: str | None) -> bool:
        """Set an attribute of the selected span (undoable); the scheme must declare it for its label."""
        controller = self._controller
        session = controller.session
        span = session.span(session.selected_span) if session.selected_span else None
        if span is None or session.doc_pk is None:
            controller.message.emit("Select a span first, then set its attributes")
            return False
        label = controller.project.scheme.span_label(span.label)
        if label is None or label.attribute(name) is None:
            controller.error.emit(f"The scheme gives {span.label} no attribute {name!r}")
            return False
        if span.attrs.get(name) == value and span.source == "human":
            controller.message.emit(f"{span.label} {name} is {value} already")
            return False
        command = cmd.SetSpanAttribute(*controller.edit_target(), span, name, value)  # type: ignore[arg-type]
        if controller.history.push(command):
            controller.message.emit(f"{span.label} “{snippet(span.text, 40)}”: {name} = {value} (Ctrl+Z undoes)")
            return True
        return False

    def cycle(self, key: str) -> bool:
        """An attribute key: the selected span's attribute with that key takes its next value."""
        controller = self._controller
        session = controller.session
        span = session.span(session.selected_span) if session.selected_span else None
        pairs = controller.project.scheme.attribute_keys().get(key, [])
        for_label = next((attribute for label, attribute in pairs if span is not None and label == span.label), None)
        if span is None or for_label is None:
            which = " or ".join(f"{label} {attribute.name}" for label, attribute in pairs) or "an attribute"
            controller.message.emit(f"{key.upper()} sets {which}: select such a span first")
            return False
        return self.set(for_label.name, for_label.next_value(span.attrs))

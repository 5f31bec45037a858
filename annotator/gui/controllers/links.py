"""Link mode of a document controller: drawing relations by key and click, or by a drag.

A relation key starts link mode from the selected span; the next click on a span ends it, and the
relation's scheme rule chooses among stacked spans under the click (or the window is asked to).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.gui.linking import choose_link_target
from annotator.gui.panels.relations import snippet

if TYPE_CHECKING:
    from annotator.gui.controllers.document import DocumentController


class LinkMode:
    """Starts and ends link mode and turns clicks and drags into relations, through the controller."""

    def __init__(self, controller: DocumentController) -> None:
        self._controller = controller

    def start(self, label: str) -> None:
        controller = self._controller
        session = controller.session
        head = session.span(session.selected_span) if session.selected_span else None
        rule = controller.project.scheme.relation_label(label)
        if head is None or rule is None:
            kind = " or ".join(rule.heads) if rule else "span"
            controller.message.emit(f"Select the span to link from first (a {kind}), then press the key")
            return
        if head.label not in rule.heads:
            controller.error.emit(f"A {label} relation starts from a {' or '.join(rule.heads)} span, not from {head.label}")
            return
        session.link_label = label
        controller.linkModeChanged.emit(label)
        controller.stateChanged.emit()
        controller.message.emit(
            f"Link {label}: click the {' or '.join(rule.children)} span that “{snippet(head.text, 40)}” points to — Esc cancels"
        )

    def end(self) -> None:
        controller = self._controller
        if controller.session.link_label is not None:
            controller.session.link_label = None
            controller.linkModeChanged.emit("")
            controller.stateChanged.emit()

    def click(self, span_id: str, under: list[str] | None) -> bool:
        """A click on a span in link mode; False when not in link mode (the click selects)."""
        controller = self._controller
        session = controller.session
        if session.link_label is None or not span_id:
            return False
        label, head = session.link_label, session.selected_span
        self.end()
        head_span = session.span(head) if head else None
        rule = controller.project.scheme.relation_label(label)
        if head_span is None or rule is None:
            return False
        clicked = [span for span in (session.span(i) for i in (under or [span_id])) if span is not None]
        choice = choose_link_target(rule, head_span, clicked)
        controller.select(head)  # first: the link's message is the last word
        if choice.chosen is not None:
            controller.add_relation(head_span.id or "", choice.chosen.id or "", label)
        elif choice.ask:
            controller.message.emit(f"Link {label}: {len(choice.ask)} spans here fit; choose one (Esc links none)")
            controller.linkChoiceNeeded.emit(label, head, [span.id for span in choice.ask])
        else:
            found = ", ".join(sorted({span.label for span in clicked if span.id != head})) or "no other span"
            controller.error.emit(f"A {label} link goes to a {' or '.join(rule.children)} span; there is {found} here")
        return True

    def drag(self, head: str, child: str, under: list[str] | None) -> None:
        """A drag from span to span; ``under`` is every span under the drop point (stacked spans).
        The first relation of the scheme from the head whose rule settles on one of them wins."""
        controller = self._controller
        session = controller.session
        head_span = session.span(head)
        clicked = [span for span in (session.span(i) for i in (under or [])) if span is not None]
        if head_span is not None and len(clicked) > 1:
            for rule in controller.project.scheme.relation_labels:
                if head_span.label in rule.heads:
                    choice = choose_link_target(rule, head_span, clicked)
                    if choice.chosen is not None:
                        controller.add_relation(head, choice.chosen.id or "", rule.name)
                        return
        labels = session.relation_labels_between(head, child)
        if not labels:
            head_span, child_span = session.span(head), session.span(child)
            head_label = head_span.label if head_span else "?"
            child_label = child_span.label if child_span else "?"
            controller.error.emit(f"No relation of the scheme goes from {head_label} to {child_label}")
            return
        controller.add_relation(head, child, labels[0])

"""The gold layer in a lead's review: the annotator window's document view, driven by a
:class:`DocumentController` on the lead's gold layer, with the annotator window's editing keys
(:func:`editing_actions`, :func:`scheme_actions`): select text and press a label's key, drag or
``[ ] { }`` / Alt+arrows to resize, a key to relabel, Delete, a relation key then a click (or a drag
from span to span) to link, Ctrl+Z / Ctrl+Shift+Z.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from annotator.gui import window_dialogs
from annotator.gui.action_table import editing_actions, scheme_actions
from annotator.gui.actions import ActionRegistry
from annotator.gui.controllers import DocumentController
from annotator.gui.convert import ViewSpanCache, view_relations
from annotator.gui.document_view import DocumentView
from annotator.gui.session import Session
from annotator.text.tokens import token_boundaries
from annotator.wording import plural


class GoldPane(QWidget):
    """The gold view and its keys; ``window`` is the top-level widget that gets window-wide keys
    (undo, redo); the others work while the focus is in this pane."""

    def __init__(self, documents: DocumentController, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = documents
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        self.view = DocumentView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self._view_spans = ViewSpanCache()
        self.registry = ActionRegistry(window, self)
        for spec in editing_actions(self):
            self.registry.add(spec)
        scheme = documents.project.scheme
        # Label and link keys only while the focus is here: beside the versions, R rejects.
        specs = [dataclasses.replace(spec, document_only=True) for spec in scheme_actions(self, scheme)]
        self.registry.set_scheme(scheme, specs)
        self._connect()
        self.show_document()

    @property
    def session(self) -> Session:
        return self.documents.session

    def _connect(self) -> None:
        view, documents = self.view, self.documents
        view.selectionChanged.connect(documents.text_selected)
        view.spanClicked.connect(lambda span_id: documents.span_clicked(span_id, view.spans_at_click()))
        view.spanResizeRequested.connect(documents.resize_span)
        view.relationDragRequested.connect(lambda head, child: documents.relation_dragged(head, child, view.spans_at_click()))
        view.spanHovered.connect(documents.span_hovered)
        documents.annotationChanged.connect(self.show_annotation)
        documents.spanSelected.connect(view.select_span)
        documents.linkModeChanged.connect(lambda label: self._show_title(label))
        documents.linkChoiceNeeded.connect(lambda label, head, ids: window_dialogs.link_target_menu(self, label, head, ids))  # type: ignore[arg-type]
        documents.stateChanged.connect(self._update_actions)
        self._update_actions()

    def show_document(self) -> None:
        session = self.session
        assert session.document is not None
        text = session.document.text
        record, scheme = session.record, session.project.scheme
        self.view.set_document(text, self._view_spans.view_spans(record), view_relations(record), scheme)
        self.view.set_token_boundaries(*token_boundaries(text, session.project.lang))
        self._show_title("")

    def show_annotation(self) -> None:
        session = self.session
        self.view.set_annotations(self._view_spans.view_spans(session.record), view_relations(session.record))
        self.view.select_span(session.selected_span)
        self._show_title(session.link_label or "")

    def _show_title(self, link: str) -> None:
        record = self.session.record
        count = len(record.spans) if record else 0
        mode = f" — LINK {link}: click the span it points to (Esc cancels)" if link else ""
        self.title.setText(f"<b>Gold</b> ({self.session.annotator}, editable): {plural(count, 'span')}{mode}")

    def _update_actions(self) -> None:
        self.registry.update_enabled(self.documents.allows)

    # --- what the editing actions call (as on the main window) ---------------------------------

    def with_document(self, handler: Callable[[DocumentController], Any]) -> Callable[[], None]:
        return lambda: handler(self.documents)

    def apply_label(self, label: str) -> None:
        if self.documents.apply_label(label, self.view.selection()):
            self.view.clear_selection()

    def step_span(self, step: int) -> None:
        self.documents.step_span(step, self.view.first_visible_offset())

    def escape(self) -> None:
        if not self.documents.escape():
            self.view.clear_selection()

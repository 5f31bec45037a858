"""The strip above the text: the document's title, where it comes from, its status and progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from annotator.gui.panels.queue import STATUS_NAMES
from annotator.gui.theme import STATUS_COLORS
from annotator.model.names import HUMAN, TODO
from annotator.model.records import Record
from annotator.storage import Document
from annotator.wording import plural


class ElidedLabel(QLabel):
    """A label of at most ``lines`` lines that cuts its text with "…" to the width it is given (the
    whole text in its tool tip), and asks for no width of its own: a long title or source line
    made the central area wider, so the docks beside it jumped from one document to the next."""

    def __init__(self, text: str = "", lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = lines
        self.setWordWrap(lines > 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._fit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        width = max(self.width(), 1)
        # Wrapped lines lose the end of their last word: leave a few characters' room per line.
        room = self._lines * width - (self._lines - 1) * 8 * metrics.averageCharWidth()
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, width // 2))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class DocumentHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentHeader")
        self.title = ElidedLabel("No document", lines=2)
        self.title.setObjectName("documentTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = ElidedLabel("")
        self.meta.setObjectName("documentMeta")
        self.status = QLabel("")
        self.progress = QLabel("")
        self.progress.setObjectName("documentMeta")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.meta)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.status, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.addLayout(text, 1)
        layout.addLayout(right)

    def show_document(self, document: Document | None, position: str = "") -> None:
        if document is None:
            self.title.setText("No document")
            self.meta.setText("")
            return
        self.title.setText(document.title or document.doc_id)
        meta = document.meta or {}
        parts = [str(meta[key]) for key in ("source", "published", "author") if meta.get(key)]
        parts.append(document.doc_id)
        parts.append(f"{len(document.text.split()):,} words")
        if position:
            parts.append(position)
        self.meta.setText("  ·  ".join(parts))

    def show_record(self, record: Record | None) -> None:
        if record is None:
            self.status.setText("")
            self.progress.setText("")
            return
        status = record.status or TODO
        color = STATUS_COLORS.get(status, "#888888")
        self.status.setText(
            f'<span style="background:{color}; color:white; border-radius:8px; padding:2px 8px;">'
            f"&nbsp;{STATUS_NAMES.get(status, status)}&nbsp;</span>"
        )
        suggestions = sum(1 for span in record.spans if span.source != HUMAN)
        confirmed = len(record.spans) - suggestions
        parts = [
            f"{confirmed} confirmed",
            f"{suggestions} suggested" if suggestions else "no suggestions left",
            plural(len(record.relations), "relation"),
        ]
        self.progress.setText("  ·  ".join(parts))
        self.status.setToolTip(record.comment or "")

"""The lead's agreement view: the same heat map and label bars as the HTML report (matplotlib
on a Qt canvas) and the documents worst first; Enter or a double click opens a document's review."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.agreement.html import number
from annotator.agreement.report import AgreementReport
from annotator.routing.progress import Progress
from annotator.wording import plural


def _canvas(figure) -> QWidget:  # type: ignore[no-untyped-def]
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    canvas = FigureCanvasQTAgg(figure)
    canvas.setMinimumSize(320, 260)
    return canvas


class AgreementView(QWidget):
    """Shows one :class:`AgreementReport`; emits ``open_document(doc_id)``."""

    open_document = Signal(str)

    def __init__(
        self, report: AgreementReport, title: str = "Agreement", progress: Progress | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from annotator.agreement.charts import heat_map_figure, label_bars_figure

        self.report = report
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        summary = (
            f"{plural(len(report.annotators), 'annotator')}, {plural(report.documents, 'document')} finished by two or more; "
            f"Krippendorff's alpha on token labels {number(report.alpha_token)} over {report.tokens:,} tokens"
        )
        layout.addWidget(QLabel(summary))
        for note in report.diagnostics:
            label = QLabel("⚠ " + note)
            label.setWordWrap(True)
            layout.addWidget(label)
        charts = QHBoxLayout()
        self.heat_map = _canvas(heat_map_figure(report)) if report.pairs else QLabel("No pair of annotators yet.")
        self.bars = _canvas(label_bars_figure(report)) if report.pairs else QLabel("")
        charts.addWidget(self.heat_map)
        charts.addWidget(self.bars)
        layout.addLayout(charts, 3)
        layout.addWidget(QLabel("Documents, worst first (Enter or double click: review)"))
        self.documents = QTableWidget(len(report.by_document), 4)
        self.documents.setHorizontalHeaderLabels(["document", "F1 partial", "spans", "annotators"])
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, doc in enumerate(report.by_document):
            cells = [doc.id, number(doc.f1_partial), str(doc.units), ", ".join(doc.annotators)]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.documents.setItem(row, column, item)
        self.documents.resizeColumnsToContents()
        self.documents.horizontalHeader().setStretchLastSection(True)
        # activated: Enter, or a double click (a single click where the style says so)
        self.documents.activated.connect(lambda index: self._open(index.row()))
        if report.by_document:
            self.documents.selectRow(0)
        layout.addWidget(self.documents, 2)
        self.progress = self._progress_table(progress) if progress is not None else None
        if self.progress is not None:
            layout.addWidget(self.progress, 1)
        self.resize(1000, 760)

    def _progress_table(self, progress: Progress) -> QTableWidget:
        """Per annotator: claimed, done, skipped, median time; and the documents still missing annotators."""
        header = ["annotator", "claimed", "done", "skipped", "in progress", "expired", "median time"]
        table = QTableWidget(len(progress.annotators) + 1, len(header))
        table.setHorizontalHeaderLabels(header)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, a in enumerate(progress.annotators):
            median = "–" if a.median_seconds is None else f"{a.median_seconds / 60:.1f} min"
            values = [a.annotator, a.claimed, a.done, a.skipped, a.in_progress, a.expired, median]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(str(value)))
        missing = (
            f"{plural(len(progress.missing), 'document')} still missing {plural(progress.missing_places, 'annotator')}"
            if progress.routing is not None
            else "no routing set"
        )
        table.setItem(len(progress.annotators), 0, QTableWidgetItem(missing))
        table.setSpan(len(progress.annotators), 0, 1, len(header))
        table.resizeColumnsToContents()
        return table

    def _open(self, row: int) -> None:
        self.open_document.emit(self.report.by_document[row].id)

"""The main window: construction, docks, the wiring between the document view, the panels, the
session and the undo stack, messages and closing. Each other responsibility is a mixin of its own:

* :mod:`annotator.gui.actions`: actions, menus, toolbar and the keyboard cheat sheet;
* :mod:`annotator.gui.projects`: new, open and recent projects, the annotator's name;
* :mod:`annotator.gui.documents`: opening, leaving, stepping and marking documents, positions, tokens;
* :mod:`annotator.gui.editing`: span and relation edits, selection, link mode, undo and redo;
* :mod:`annotator.gui.jobs`: import, export and pre-labelling;
* :mod:`annotator.gui.preferences`: theme, snapping and zoom.

Edits themselves live in :mod:`annotator.gui.commands`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.actions import ActionsMixin
from annotator.gui.convert import ViewSpanCache
from annotator.gui.document_view import DocumentView
from annotator.gui.documents import DocumentsMixin
from annotator.gui.editing import EditingMixin
from annotator.gui.jobs import JobsMixin
from annotator.gui.panels.header import DocumentHeader
from annotator.gui.panels.labels import LabelPalette
from annotator.gui.panels.queue import QueuePanel
from annotator.gui.panels.relations import RelationsPanel
from annotator.gui.preferences import PreferencesMixin
from annotator.gui.projects import ProjectsMixin
from annotator.gui.session import Session
from annotator.gui.settings import Settings
from annotator.gui.tokenizer import TokenClient
from annotator.gui.workers import Job

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "annotator.svg"
#: Seconds between two saves of the reading position (also saved whenever a document is left).
POSITION_SAVE_MS = 5000


class MainWindow(ActionsMixin, ProjectsMixin, DocumentsMixin, EditingMixin, JobsMixin, PreferencesMixin, QMainWindow):
    """One window, one project, one annotator at a time."""

    #: Emitted after every change of the shown annotation (edits, undo, redo, another document).
    annotationShown = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.session: Session | None = None
        self.project_location: str | None = None
        self.annotator_name: str | None = None
        self.undo_stack = QUndoStack(self)
        self._jobs: set[Job] = set()
        self._tokens: dict[int, tuple[list[int], list[int]]] = {}
        self._actions: list[QAction] = []
        self._view_spans = ViewSpanCache()
        self.tokenizer = TokenClient(self)
        self.tokenizer.ready.connect(self._tokens_ready)
        self.tokenizer.failed.connect(self._tokens_failed)
        self.setWindowTitle("Annotator")
        if ICON.is_file():
            self.setWindowIcon(QIcon(str(ICON)))
        self.resize(1440, 900)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.view = DocumentView()
        self.header = DocumentHeader()
        self.document_area = QWidget()
        self.document_area.setObjectName("documentArea")
        area_layout = QVBoxLayout(self.document_area)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.setSpacing(0)
        area_layout.addWidget(self.header)
        area_layout.addWidget(self.view, 1)
        self.setCentralWidget(self.document_area)

        self.queue = QueuePanel(self._fetch_queue)
        self.palette_panel = LabelPalette()
        self.relations_panel = RelationsPanel()
        self._add_dock("Documents", self.queue, Qt.DockWidgetArea.LeftDockWidgetArea, "queueDock")
        palette_scroll = QScrollArea()
        palette_scroll.setWidget(self.palette_panel)
        palette_scroll.setWidgetResizable(True)
        palette_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        labels_dock = self._add_dock("Labels", palette_scroll, Qt.DockWidgetArea.RightDockWidgetArea, "labelsDock")
        relations_dock = self._add_dock("Relations", self.relations_panel, Qt.DockWidgetArea.RightDockWidgetArea, "relationsDock")
        self.resizeDocks([self.findChild(QDockWidget, "queueDock"), relations_dock], [340, 290], Qt.Orientation.Horizontal)
        self.resizeDocks([labels_dock, relations_dock], [540, 300], Qt.Orientation.Vertical)

        self.mode_badge = QLabel("")
        self.mode_badge.setObjectName("modeBadge")
        self.mode_badge.hide()
        self.who = QLabel("")
        self.who.setObjectName("muted")
        self.statusBar().addPermanentWidget(self.mode_badge)
        self.statusBar().addPermanentWidget(self.who)

        self._build_actions()
        self._connect()
        self._apply_preferences()

        self._position_timer = QTimer(self)
        self._position_timer.setInterval(POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self._save_position)
        self._position_timer.start()

    # --- construction -----------------------------------------------------------------------

    def _add_dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        self.view.selectionChanged.connect(self._selection_changed)
        self.view.spanClicked.connect(self._span_clicked)
        self.view.spanResizeRequested.connect(self.resize_span)
        self.view.relationDragRequested.connect(self._relation_dragged)
        self.view.spanHovered.connect(self._span_hovered)
        self.view.zoomChanged.connect(self._zoom_changed)
        self.queue.documentActivated.connect(lambda pk: self.open_document(pk))
        self.palette_panel.spanLabelChosen.connect(self.apply_label)
        self.palette_panel.relationLabelChosen.connect(self.start_link)
        self.relations_panel.relationSelected.connect(self._relation_selected)
        self.relations_panel.deleteRequested.connect(self.delete_relation)
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)

    # --- messages -----------------------------------------------------------------------------

    def message(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def error(self, text: str, *, dialog: bool = False) -> None:
        self.statusBar().showMessage(f"⚠ {text}", 10000)
        if dialog and self.isVisible():
            box = QMessageBox(QMessageBox.Icon.Warning, "Annotator", text, QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal without a nested event loop: the window keeps running

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_state(bytes(self.saveGeometry().data()), bytes(self.saveState().data()))
        self._position_timer.stop()
        self.close_project()
        for job in list(self._jobs):
            job.cancel()
            job.wait(10000)
        self.tokenizer.stop()
        self.settings.sync()
        super().closeEvent(event)

"""The main window: it builds the widgets, holds the controllers and connects their signals.

* :class:`~annotator.gui.controllers.ProjectController` opens projects; each open project has a
  :class:`~annotator.gui.controllers.DocumentController` (session, undo stack, edits);
* :class:`~annotator.gui.controllers.JobRunner` runs import, export and pre-labelling;
* :mod:`annotator.gui.action_table` declares every action; :class:`ActionRegistry` makes them.

Widgets update from the controllers' signals: :class:`~annotator.gui.presenter.DocumentPresenter`
shows the open document; :mod:`annotator.gui.window_widgets` builds the widgets. The few slots here
turn widget events into calls on a controller and open the dialogs that need a parent window
(:mod:`annotator.gui.window_dialogs`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from annotator.gui import window_dialogs
from annotator.gui.action_table import MENUS, TOOLBAR, scheme_actions, window_actions
from annotator.gui.actions import ActionRegistry
from annotator.gui.controllers import DocumentController, JobRunner, ProjectController
from annotator.gui.presenter import DocumentPresenter
from annotator.gui.session import Session
from annotator.gui.settings import Settings
from annotator.gui.theme import apply_theme
from annotator.gui.tokenizer import TokenClient
from annotator.gui.window_widgets import build_widgets

if TYPE_CHECKING:
    from annotator.gui.document_view import DocumentView
    from annotator.gui.panels.attributes import AttributesPanel
    from annotator.gui.panels.header import DocumentHeader
    from annotator.gui.panels.labels import LabelPalette
    from annotator.gui.panels.legend import LegendPanel
    from annotator.gui.panels.queue import QueuePanel
    from annotator.gui.panels.relations import RelationsPanel

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "annotator.svg"
#: Milliseconds between two saves of the reading position (also saved whenever a document is left).
POSITION_SAVE_MS = 5000


class MainWindow(QMainWindow):
    """One window, one project, one annotator at a time."""

    #: Emitted after every change of the shown annotation (edits, undo, redo, another document).
    annotationShown = Signal()

    # Widgets made by :func:`build_widgets`.
    view: DocumentView
    header: DocumentHeader
    document_area: QWidget
    queue: QueuePanel
    palette_panel: LabelPalette
    relations_panel: RelationsPanel
    legend: LegendPanel
    attributes_panel: AttributesPanel
    mode_badge: QLabel
    who: QLabel
    saving: QLabel

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.projects = ProjectController(self.settings, self)
        self.projects.ask_password = self._ask_password
        self.jobs = JobRunner(self)
        self.tokenizer = TokenClient(self)
        self.lead_windows: list[QWidget] = []  # agreement and review windows a lead opened (kept alive)
        self.setWindowTitle("Annotator")
        if ICON.is_file():
            self.setWindowIcon(QIcon(str(ICON)))
        self.resize(1440, 900)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        build_widgets(self)
        self.presenter = DocumentPresenter(self)
        self.registry = ActionRegistry(self, self.document_area)
        self._build_actions()
        self._connect()
        self._apply_preferences()
        self._position_timer = QTimer(self)
        self._position_timer.setInterval(POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self._save_position)
        self._position_timer.start()

    # --- the open project, for callers and tests ----------------------------------------------

    @property
    def documents(self) -> DocumentController | None:
        return self.projects.documents

    @property
    def session(self) -> Session | None:
        return None if self.projects.documents is None else self.projects.documents.session

    @property
    def undo_stack(self) -> QUndoStack | None:
        return None if self.projects.documents is None else self.projects.documents.undo_stack

    def action(self, action_id: str) -> QAction:
        return self.registry[action_id]

    def with_document(self, handler: Callable[[DocumentController], Any]) -> Callable[[], None]:
        """A slot that runs ``handler`` on the open document's controller (actions that need one
        are disabled while there is none)."""

        def run() -> None:
            if self.projects.documents is not None:
                handler(self.projects.documents)

        return run

    # --- construction -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        for spec in window_actions(self):
            self.registry.add(spec)
        self.registry.set_keymap(self.settings.keymap())
        self.menus = self.registry.fill_menus(self.menuBar(), MENUS)
        file_menu = self.menus["File"]
        self.recent_menu = window_dialogs.recent_menu(self, file_menu, before=self.action("import"))
        panels = self.menus["View"].addMenu("Panels")
        for dock in self.findChildren(QDockWidget):
            panels.addAction(dock.toggleViewAction())
        self.labels_menu = self.menus["Annotate"].addMenu("Label selection as")
        self.links_menu = self.menus["Annotate"].addMenu("Link selected span")
        self.attributes_menu = self.menus["Annotate"].addMenu("Set attribute")
        bar = self.addToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.registry.fill_toolbar(bar, TOOLBAR)
        self._update_actions()

    def _connect(self) -> None:
        self.view.selectionChanged.connect(self.with_document_args(DocumentController.text_selected))
        self.view.spanClicked.connect(
            lambda span_id: self.with_document_args(DocumentController.span_clicked)(span_id, self.view.spans_at_click())
        )
        self.view.spanResizeRequested.connect(self.with_document_args(DocumentController.resize_span))
        self.view.relationDragRequested.connect(
            lambda head, child: self.with_document_args(DocumentController.relation_dragged)(
                head, child, self.view.spans_at_click()
            )
        )
        self.view.spanHovered.connect(self.with_document_args(DocumentController.span_hovered))
        self.view.zoomChanged.connect(self._zoom_changed)
        self.view.hint.connect(lambda text: self.statusBar().showMessage(text, 3000))
        self.queue.documentActivated.connect(self.open_document)
        self.palette_panel.spanLabelChosen.connect(self.apply_label)
        self.palette_panel.relationLabelChosen.connect(self.with_document_args(DocumentController.start_link))
        self.relations_panel.relationSelected.connect(self.with_document_args(DocumentController.relation_selected))
        self.relations_panel.deleteRequested.connect(self.with_document_args(DocumentController.delete_relation))
        self.attributes_panel.attributeChosen.connect(self.with_document_args(DocumentController.set_attribute))
        self.tokenizer.failed.connect(lambda _pk, text: self.message(f"No snapping to tokens: {text}"))
        self.projects.projectOpened.connect(self._project_opened)
        self.projects.projectClosed.connect(self._project_closed)
        self.projects.documentsChanged.connect(self.queue.reload)
        self.projects.message.connect(self.message)
        self.projects.error.connect(lambda text: self.error(text, dialog=True))
        self.jobs.documentsChanged.connect(self.queue.reload)
        self.jobs.imported.connect(self._imported)
        self.jobs.message.connect(self.message)
        self.jobs.error.connect(lambda text: self.error(text, dialog=True))

    def with_document_args(self, method: Callable[..., Any]) -> Callable[..., None]:
        """A slot calling ``method(controller, *args)`` on the open document's controller."""

        def run(*args: Any) -> None:
            if self.projects.documents is not None:
                method(self.projects.documents, *args)

        return run

    # --- a project opens or closes --------------------------------------------------------------

    def _project_opened(self, documents: DocumentController) -> None:
        project = documents.project
        self.setWindowTitle(f"{project.name} — Annotator")
        self.who.setText(f"  {documents.session.annotator} · {project.lang}  ")
        self.palette_panel.set_scheme(project.scheme)
        self.legend.set_scheme(project.scheme)
        self.attributes_panel.set_scheme(project.scheme)
        self.registry.set_scheme(project.scheme, scheme_actions(self, project.scheme))
        self.labels_menu.clear()
        self.links_menu.clear()
        self.attributes_menu.clear()
        for action_id, action in self.registry.actions.items():
            if action_id.startswith("label."):
                self.labels_menu.addAction(action)
            elif action_id.startswith("link."):
                self.links_menu.addAction(action)
            elif action_id.startswith("attribute."):
                self.attributes_menu.addAction(action)
        self.queue.model.annotator = documents.session.annotator
        self.queue.reload()
        self.presenter.follow(documents)
        documents.linkChoiceNeeded.connect(self._ask_link_target)
        documents.leaving.connect(lambda _pk: self._save_position())
        documents.stateChanged.connect(self._update_actions)
        documents.message.connect(self.message)
        documents.hint.connect(lambda text: self.statusBar().showMessage(text, 3000))
        documents.error.connect(self.error)
        documents.saver.pendingChanged.connect(self._show_pending)
        self._show_pending(documents.saver.pending(), documents.saver.reads())
        self._update_actions()

    def _show_pending(self, count: int, reads: int = 0) -> None:
        """The status bar's count of edits shown but not yet stored; an opening is not one."""
        self.saving.setText(f"Saving… {count}" if count else "Opening…" if reads else "")

    def _project_closed(self) -> None:
        self.setWindowTitle("Annotator")
        self._show_pending(0)
        self.mode_badge.hide()
        self._update_actions()

    def _update_actions(self) -> None:
        documents = self.projects.documents

        def can(when: str) -> bool:
            if documents is None:
                return False
            return when == "project" or documents.allows(when)

        self.registry.update_enabled(can)

    # --- showing the document -----------------------------------------------------------------

    def fetch_queue(self, **query: Any) -> list[Any]:
        documents = self.projects.documents
        return [] if documents is None else documents.session.editor.queue(**query)

    def _ask_link_target(self, label: str, head: str, candidates: list[str]) -> None:
        window_dialogs.link_target_menu(self, label, head, candidates)

    def _save_position(self) -> None:
        session = self.session
        if session is None or session.doc_pk is None or self.projects.location is None:
            return
        self.settings.set_last_document(self.projects.location, session.doc_pk, self.view.first_visible_offset())
        self.settings.sync()

    def _imported(self, _report: object) -> None:
        documents = self.projects.documents
        if documents is not None and documents.doc_pk is None:
            documents.open_first()

    # --- slots of actions and widgets -----------------------------------------------------------

    def _ask_password(self, location: str) -> str | None:
        """The password of a PostgreSQL project, typed in (kept in memory only); None if cancelled."""
        password, accepted = QInputDialog.getText(
            self, "Password", f"Password for {location}:", QLineEdit.EchoMode.Password
        )
        return password if accepted and password else None

    def open_project(self, location: str | Path, annotator: str, *, restore: bool = True) -> bool:
        return self.projects.open(location, annotator, restore=restore)

    def close_project(self) -> None:
        self.projects.close()

    def open_document(self, pk: int, *, offset: int = 0) -> None:
        if self.projects.documents is not None:
            self.projects.documents.open_document(pk, offset=offset)

    def apply_label(self, label: str) -> None:
        documents = self.projects.documents
        if documents is not None and documents.apply_label(label, self.view.selection()):
            self.view.clear_selection()

    def step_span(self, step: int) -> None:
        if self.projects.documents is not None:
            # From where the user clicked when the caret is on screen, else from the top of the view.
            view, caret = self.view, self.view.caret()
            shown = view.viewport().rect().contains(view.point_for_offset(caret))
            self.projects.documents.step_span(step, caret if shown else view.first_visible_offset())

    def escape(self) -> None:
        documents = self.projects.documents
        if documents is not None and not documents.escape():
            self.view.clear_selection()

    def new_project(self) -> None:
        window_dialogs.new_project(self)

    def prelabel(self) -> Any:
        location = self.projects.connect_location
        return None if location is None else self.jobs.prelabel(location)

    def about(self) -> None:
        from annotator import __version__

        QMessageBox.about(
            self, "About Annotator", f"<b>Annotator {__version__}</b><p>Entities and quotations in news articles.</p>"
        )

    # --- preferences ----------------------------------------------------------------------------

    def _apply_preferences(self) -> None:
        for action_id, on in (("dark", self.settings.dark), ("snap", self.settings.snap)):
            action = self.action(action_id)
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        self.view.set_dark(self.settings.dark)
        self.legend.set_dark(self.settings.dark)
        self.view.set_snap_to_tokens(self.settings.snap)
        names = self.action("label_names")
        names.blockSignals(True)
        names.setChecked(self.settings.label_names)
        names.blockSignals(False)
        self.view.set_show_label_names(self.settings.label_names)
        if self.settings.zoom:
            self.view.set_zoom(self.settings.zoom)
        geometry, state = self.settings.window_state()
        if geometry:
            self.restoreGeometry(geometry)
        if state:
            self.restoreState(state)

    def _zoom_changed(self, level: int) -> None:
        self.settings.zoom = level
        self.message(f"Zoom {level:+d}" if level else "Zoom reset")

    def set_dark(self, on: bool) -> None:
        self.settings.dark = on
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, on)
        self.view.set_dark(on)
        self.legend.set_dark(on)

    def set_label_names(self, on: bool) -> None:
        self.settings.label_names = on
        self.view.set_show_label_names(on)
        self.message("Label names on the bars" if on else "Label names only on hover")

    def set_snap(self, on: bool) -> None:
        self.settings.snap = on
        self.view.set_snap_to_tokens(on)
        self.message("Selections snap to tokens" if on else "Snapping off: selections keep the exact characters")

    # --- messages and closing -------------------------------------------------------------------

    def message(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def error(self, text: str, *, dialog: bool = False) -> None:
        self.statusBar().showMessage(f"⚠ {text}", 10000)
        if dialog and self.isVisible():
            box = QMessageBox(QMessageBox.Icon.Warning, "Annotator", text, QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal without a nested event loop: the window keeps running

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_state(bytes(self.saveGeometry().data()), bytes(self.saveState().data()))
        self._position_timer.stop()
        self.projects.close()
        self.jobs.cancel_all()
        self.tokenizer.stop()
        self.settings.sync()
        super().closeEvent(event)

"""What the window's actions ask the user before calling a controller: which project to open or
create, which files to import, where and what to export, what to train on, a comment, the keymap, which of several
stacked spans a link goes to; and the File menu's recent projects."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QFileDialog, QMenu

from annotator.gui.dialogs import PROJECT_FILTER, CheatSheet, NewProjectDialog, ask_annotator_name, ask_comment
from annotator.gui.export_dialog import ExportDialog
from annotator.gui.keymap import KeymapDialog
from annotator.gui.panels.relations import snippet
from annotator.gui.train_dialog import TrainDialog, TrainScoresDialog
from annotator.model.scheme import default_scheme

if TYPE_CHECKING:
    from annotator.gui.window import MainWindow

IMPORT_FILTER = (
    "Articles and annotations (*.txt *.jsonl *.json *.csv *.html *.htm *.spacy *.conll *.ann);;"
    "spaCy DocBin (*.spacy);;CoNLL-2003 (*.conll *.txt);;brat standoff (*.ann *.txt);;"
    "JSON lines: annotator, Prodigy, doccano, Hugging Face (*.jsonl);;citron (*.json);;All files (*)"
)


def directory(window: MainWindow) -> str:
    folder = window.projects.folder()
    if folder is not None:
        return str(folder)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def annotator_or_ask(window: MainWindow) -> str:
    """The name in use (also after a project was closed), the remembered one, or ask once."""
    if window.projects.annotator:
        return window.projects.annotator
    if window.settings.annotator:
        return window.settings.annotator
    name = ask_annotator_name(window) or "annotator"
    window.settings.annotator = name
    return name


def recent_menu(window: MainWindow, file_menu: QMenu, before: QAction) -> QMenu:
    menu = QMenu("Recent projects", file_menu)
    file_menu.insertMenu(before, menu)

    def fill() -> None:
        menu.clear()
        for location in window.settings.recent_projects():
            action = menu.addAction(location)
            action.triggered.connect(lambda _checked=False, where=location: window.open_project(where, annotator_or_ask(window)))
        if menu.isEmpty():
            menu.addAction("No recent projects").setEnabled(False)

    menu.aboutToShow.connect(fill)
    return menu


def new_project(window: MainWindow) -> None:
    dialog = NewProjectDialog(window, window.projects.folder())
    if not dialog.exec():
        return
    choice = dialog.result_value()
    if choice is not None:
        window.projects.create(choice.path, choice.lang, choice.scheme_path, annotator_or_ask(window))


def choose_project(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(window, "Open project", directory(window), PROJECT_FILTER)
    if name:
        window.open_project(name, annotator_or_ask(window))


def change_annotator(window: MainWindow) -> None:
    name = ask_annotator_name(window, window.projects.annotator or window.settings.annotator)
    if name is not None:
        window.projects.reopen_as(name)


def import_documents(window: MainWindow) -> None:
    if window.projects.location is None:
        return
    names, _ = QFileDialog.getOpenFileNames(window, "Import documents", directory(window), IMPORT_FILTER)
    if names:
        window.jobs.import_files(window.projects.connect_location, [Path(name) for name in names])


def export_documents(window: MainWindow) -> None:
    documents = window.projects.documents
    if documents is None or window.projects.location is None:
        return
    names = [name for name, _role in documents.project.users()]
    dialog = ExportDialog(window, Path(directory(window)) / "annotations.jsonl", names, documents.session.annotator)
    if not dialog.exec():
        return
    choice = dialog.result_value()
    if choice is not None:
        window.jobs.export(window.projects.connect_location, *choice)


def train_model(window: MainWindow) -> None:
    """Ask what to learn from, train in the background, then show the scores."""
    location = window.projects.connect_location
    if location is None:
        return
    dialog = TrainDialog(window)
    if not dialog.exec():
        return
    options = dialog.options()

    def show_scores(result: object) -> None:
        TrainScoresDialog(window, result, options.use).show()

    # A project on a server has no folder beside it: its models go to the user's data folder.
    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    window.jobs.train(location, options.layer, options.max_steps, options.use, show_scores, data)


def mark_with_comment(window: MainWindow, status: str) -> None:
    session = window.session
    if session is None or session.document is None or window.documents is None:
        return
    comment = ask_comment(window, status, session.document.title or session.document.doc_id)
    if comment is not None:
        window.documents.mark(status, comment or None)


def cheat_sheet(window: MainWindow) -> None:
    scheme = window.session.project.scheme if window.session else default_scheme()
    CheatSheet(scheme, window.registry.shortcut_rows(), window).show()


def keymap(window: MainWindow) -> None:
    dialog = KeymapDialog(window.registry, window)
    if dialog.exec():
        changed = dialog.keymap()
        window.settings.set_keymap(changed)
        window.registry.set_keymap(changed)
        window.message("Keyboard shortcuts saved" if changed else "Keyboard shortcuts reset to the defaults")


def link_target_menu(window: MainWindow, label: str, head: str, candidates: list[str]) -> QMenu | None:
    """A link click on stacked spans that fit equally: a small menu at the pointer names them;
    choosing one links it (Esc or a click elsewhere links nothing)."""
    session = window.session
    if session is None:
        return None
    menu = QMenu(window)
    menu.setObjectName("linkTargetMenu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.addSection(f"Link {label} to")
    for span_id in candidates:
        span = session.span(span_id)
        if span is None:
            continue
        action = menu.addAction(f"{span.label} “{snippet(span.text, 40)}”")
        action.triggered.connect(
            lambda _checked=False, child=span_id: window.with_document(lambda d: d.add_relation(head, child, label))()
        )
    menu.popup(QCursor.pos())
    return menu

"""Projects: new, open, recent and close, and the annotator's name to work under.
Mixed into :class:`annotator.gui.window.MainWindow`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from annotator.gui.dialogs import PROJECT_FILTER, NewProjectDialog, ask_annotator_name
from annotator.gui.session import Session
from annotator.gui.settings import normalise_location
from annotator.model.scheme import SchemeError, load_scheme
from annotator.storage import Project, ProjectError


class ProjectsMixin:
    """Opening a project starts a :class:`Session` for one annotator and shows its last document."""

    def open_project(self, location: str | Path, annotator: str, *, restore: bool = True) -> bool:
        """Open a project as ``annotator``; shows the last document (and position) seen there."""
        try:
            project = Project.open(location)
        except ProjectError as error:
            self.error(str(error), dialog=True)
            return False
        self.close_project()
        self.project_location = normalise_location(location) if "://" not in str(location) else str(location)
        self.session = Session(project, annotator)
        self.annotator_name = annotator
        self.settings.add_recent_project(self.project_location)
        self.setWindowTitle(f"{project.name} — Annotator")
        self.who.setText(f"  {annotator} · {project.lang}  ")
        self.palette_panel.set_scheme(project.scheme)
        self._fill_annotate_menu()
        self.queue.model.annotator = annotator
        self.queue.reload()
        pk, offset = self.settings.last_document(self.project_location) if restore else (None, 0)
        keys_known = pk is not None and self._document_exists(pk)
        if keys_known:
            self.open_document(pk, offset=offset)  # type: ignore[arg-type]
        else:
            first = self.session.next_document() or next(iter(project.document_keys()), None)
            if first is not None:
                self.open_document(first)
            else:
                self.message("This project has no documents yet: File > Import documents…")
                self._show_empty()
        return True

    def _document_exists(self, pk: int) -> bool:
        assert self.session is not None
        try:
            self.session.project.document(pk)
        except ProjectError:
            return False
        return True

    def close_project(self) -> None:
        if self.session is None:
            return
        self._leave_document()
        self.undo_stack.clear()
        self.session.project.close()
        self.session = None
        self._tokens.clear()

    def new_project(self) -> None:
        dialog = NewProjectDialog(
            self, Path(self.project_location).parent if self.project_location and "://" not in self.project_location else None
        )
        if not dialog.exec():
            return
        choice = dialog.result_value()
        if choice is None:
            return
        try:
            scheme = load_scheme(choice.scheme_path) if choice.scheme_path else None
            Project.create(choice.path, lang=choice.lang, scheme=scheme).close()
        except (ProjectError, SchemeError) as error:
            self.error(str(error), dialog=True)
            return
        self.open_project(choice.path, self._annotator_or_ask())

    def choose_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open project", self._directory(), PROJECT_FILTER)
        if name:
            self.open_project(name, self._annotator_or_ask())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for location in self.settings.recent_projects():
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _checked=False, where=location: self.open_project(where, self._annotator_or_ask()))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No recent projects").setEnabled(False)

    def _annotator_or_ask(self) -> str:
        """The name in use (also after a project was closed), the remembered one, or ask once."""
        if self.annotator_name:
            return self.annotator_name
        if self.settings.annotator:
            return self.settings.annotator
        name = ask_annotator_name(self) or "annotator"
        self.settings.annotator = name
        return name

    def change_annotator(self) -> None:
        name = ask_annotator_name(self, self.session.annotator if self.session else self.settings.annotator)
        if name is None:
            return
        self.settings.annotator = name
        if self.session is not None and self.project_location is not None:
            self.open_project(self.project_location, name)

    def _directory(self) -> str:
        if self.project_location and "://" not in self.project_location:
            return str(Path(self.project_location).parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

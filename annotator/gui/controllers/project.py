"""The project controller: which project is open, under which annotator's name, and whether
another process added documents to it. Opening a project makes its :class:`DocumentController`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.gui.controllers.document import DocumentController
from annotator.gui.settings import Settings, normalise_location
from annotator.model.scheme import Scheme, SchemeError, load_scheme
from annotator.storage import Project, ProjectError
from annotator.storage.project import PasswordRequired
from annotator.storage.watching import DocumentWatcher

#: Milliseconds between two looks for documents added by another process.
WATCH_INTERVAL_MS = 2000


class ProjectController(QObject):
    """Opens, creates and closes projects; one :class:`DocumentController` per open project."""

    #: A project was opened: its document controller (connect to it before it opens a document).
    projectOpened = Signal(object)
    projectClosed = Signal()
    #: Another process (or a job) added or removed documents.
    documentsChanged = Signal()
    message = Signal(str)
    #: An error worth a dialog (the project cannot be opened or created).
    error = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.documents: DocumentController | None = None
        #: Where the open project is, as remembered (a URL without its password).
        self.location: str | None = None
        #: Where jobs connect: the location with a password given in the URL or typed in (memory only).
        self.connect_location: str | None = None
        #: Asks for a PostgreSQL password (the window sets a dialog); None: no one to ask.
        self.ask_password: Callable[[str], str | None] | None = None
        self.annotator: str | None = None
        self._watcher: DocumentWatcher | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)

    @property
    def is_open(self) -> bool:
        return self.documents is not None

    def folder(self) -> Path | None:
        """The folder of the open project file (None for a database URL or no project)."""
        if self.location and "://" not in self.location:
            return Path(self.location).parent
        return None

    def open(self, location: str | Path, annotator: str, *, restore: bool = True) -> bool:
        """Open a project as ``annotator`` and show the last document (and position) seen there."""
        target = self.connect_location_for(location) or str(location)  # reopening keeps a typed password
        try:
            try:
                project = Project.open(target)
            except PasswordRequired:
                password = self.ask_password(normalise_location(location)) if self.ask_password else None
                if password is None:
                    raise
                project = Project.open(target, password=password)
                target = _with_password(target, password)
        except ProjectError as error:
            self.error.emit(str(error))
            return False
        self.close()
        self.location = normalise_location(location)
        self.connect_location = target
        self.annotator = annotator
        self.documents = DocumentController(project, annotator, self)
        self.settings.add_recent_project(self.location)
        self._watcher = DocumentWatcher(project)
        self._timer.start()
        self.projectOpened.emit(self.documents)
        pk, offset = self.settings.last_document(self.location) if restore else (None, 0)
        if pk is not None and self.documents.document_exists(pk):
            self.documents.open_document(pk, offset=offset)
        else:
            self.documents.open_first()  # says so when the project has no documents
        return True

    def connect_location_for(self, location: str | Path) -> str | None:
        """The remembered connection (with its password) when ``location`` is the open project."""
        if self.location is not None and normalise_location(location) == self.location:
            return self.connect_location
        return None

    def close(self) -> None:
        if self.documents is None:
            return
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        documents = self.documents
        documents.close()  # leaves the document first: the window still sees it open
        self.documents = None
        documents.deleteLater()
        self.projectClosed.emit()

    def create(self, path: Path, lang: str, scheme_path: Path | None, annotator: str) -> bool:
        """Create a project file and open it."""
        try:
            scheme: Scheme | None = load_scheme(scheme_path) if scheme_path else None
            Project.create(path, lang=lang, scheme=scheme).close()
        except (ProjectError, SchemeError) as error:
            self.error.emit(str(error))
            return False
        return self.open(path, annotator)

    def reopen_as(self, annotator: str) -> bool:
        """Work on the open project under another name."""
        self.settings.annotator = annotator
        if self.connect_location is None or self.documents is None:
            return False
        return self.open(self.connect_location, annotator)

    def poll(self) -> bool:
        """Look once for documents added by someone else; True (and a signal) when there are."""
        if self._watcher is None:
            return False
        if self._watcher.changed():
            self.documentsChanged.emit()
            return True
        return False


def _with_password(location: str, password: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(location).set(password=password).render_as_string(hide_password=False)

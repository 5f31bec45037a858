"""Starting the application: the QApplication, the main window, and the screenshot mode."""

from __future__ import annotations

import getpass
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QSettings, QSize, QStandardPaths, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from annotator.gui.settings import APPLICATION, ORGANISATION, Settings
from annotator.gui.theme import apply_theme
from annotator.gui.window import ICON, MainWindow
from annotator.storage.project import ProjectError
from annotator.storage.snapshot import snapshot_project


def application() -> QApplication:
    """The running QApplication, created (with our names, icon and theme) on first call."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName("Annotator")
    QApplication.setDesktopFileName("annotator")
    app = QApplication(sys.argv[:1])
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    return app


def sample_project() -> Path:
    """The sample project, built once in the user's data folder."""
    from annotator.samples import ensure_sample_project

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "samples"
    folder.mkdir(parents=True, exist_ok=True)
    return ensure_sample_project(folder)


def choose_annotator(settings: Settings, given: str | None, window: MainWindow, *, ask: bool) -> str:
    """``--annotator`` wins, then the remembered name; otherwise ask once (the login name filled in)
    and remember the answer, or the login name when the dialog is cancelled or left empty: the
    work of this session is stored under it, so the next one must use it too. Not asked (e.g. for
    a screenshot), the login name is used and not remembered."""
    if given and given.strip():
        return given.strip()  # an override for this run, not remembered
    if settings.annotator:
        return settings.annotator
    login = getpass.getuser() or "annotator"
    if ask:
        from annotator.gui.dialogs import ask_annotator_name

        name = ask_annotator_name(window, login) or login
        settings.annotator = name
        return name
    return login


def build_window(
    project_path: str | Path | None, annotator: str | None, *, settings: Settings | None = None, ask: bool = True
) -> MainWindow:
    """The main window with the project open (the last one, or the sample project, when none is given)."""
    app = application()
    settings = settings or Settings()
    apply_theme(app, settings.dark)
    window = MainWindow(settings)
    if project_path:
        location: str | None = str(project_path)
        if "://" not in str(location) and not Path(str(location)).is_file():
            print(f"annotator: {location}: no such project file", file=sys.stderr)
            window.message(f"{location}: no such project file")
            return window
    else:
        location = settings.last_project()
        if location and "://" not in location and not Path(location).is_file():
            location = None  # the last project was moved or deleted
    if location is None:
        try:
            location = str(sample_project())
        except Exception as error:  # the window still opens: File > New or Open project
            print(f"annotator: cannot build the sample project: {error}", file=sys.stderr)
            window.message(f"Cannot build the sample project ({error}). Create or open a project from the File menu.")
            return window
    if not window.open_project(location, choose_annotator(settings, annotator, window, ask=ask)):
        print(f"annotator: {window.statusBar().currentMessage().lstrip('⚠ ')}", file=sys.stderr)
    return window


def save_screenshot(window: MainWindow, path: Path) -> None:
    """Render the shown window into a PNG (works with the offscreen platform)."""
    app = application()
    for _ in range(5):
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        raise OSError(f"cannot write {path}")


def run(project_path: str | Path | None = None, annotator: str | None = None, screenshot: str | Path | None = None) -> int:
    """Show the main window and run the event loop; with ``screenshot``, save a PNG and exit."""
    if screenshot is not None:
        return run_screenshot(project_path, annotator, Path(screenshot))
    app = application()
    window = build_window(project_path, annotator)
    if window.session is None and project_path:
        return 1  # nothing to show: the reason is printed
    if window.settings.window_state()[0] is None:
        fit_to_screen(window)
    window.show()
    return int(app.exec())


#: Room the window manager's frame and title bar take around a window (not known before it is shown).
FRAME = QSize(16, 64)


def fit_to_screen(window: MainWindow) -> None:
    """A first start (no size remembered): the window at its usual 1440x900 where that fits in
    the screen's free area with its frame and title bar, smaller where not (a 1440x900 screen
    would otherwise hide the status bar below its edge), and centred."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    window.resize(QSize(1440, 900).boundedTo(free.size() - FRAME))
    window.move(free.center() - window.rect().center())


def _screenshot_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages in screenshot mode, less the off-screen plugin's notice about window size
    hints (printed for every window, saying nothing a user can act on)."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def run_screenshot(project_path: str | Path | None, annotator: str | None, target: Path) -> int:
    """Render the window into ``target`` without changing anything: the window opens a private copy
    of the project (starting a document writes there) and works on a copy of the settings."""
    qInstallMessageHandler(_screenshot_messages)
    app = application()
    real = Settings()
    with tempfile.TemporaryDirectory(prefix="annotator-screenshot-") as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        for key in real.store.allKeys():
            store.setValue(key, real.store.value(key))
        settings = Settings(store)
        location = str(project_path) if project_path else real.last_project()
        if location and "://" not in location and not Path(location).is_file() and not project_path:
            location = None  # the last project was moved or deleted
        try:
            location = location or str(sample_project())
            name = "project.annotator" if "://" in location else Path(location).name
            copy = snapshot_project(location, Path(folder) / name)
        except ProjectError as error:
            print(f"annotator: {error}", file=sys.stderr)
            return 1
        pk, offset = real.last_document(location)
        if pk is not None:
            settings.set_last_document(copy, pk, offset)
        window = build_window(copy, annotator, settings=settings, ask=False)
        if window.session is None:
            return 1  # the reason is printed
        window.show()
        window.resize(1440, 900)
        result: list[int] = []
        deadline = time.monotonic() + 60

        def shoot() -> None:
            documents = window.documents
            if documents is not None and not documents.saver.idle() and time.monotonic() < deadline:
                QTimer.singleShot(50, shoot)  # the document is still being read on the edit queue
                return
            try:
                save_screenshot(window, target)
                result.append(0)
            except OSError as error:
                print(f"annotator: {error}", file=sys.stderr)
                result.append(1)
            window.close()
            app.quit()

        QTimer.singleShot(300, shoot)
        app.exec()
        window.close_project()
        return result[0] if result else 1

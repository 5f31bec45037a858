"""Small dialogs: new project, annotator name, status comment, keyboard cheat sheet."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.model.scheme import Scheme

LANGUAGES = (("id", "Indonesian"), ("en", "English"), ("ms", "Malay"), ("xx", "Other (multi-language tokenizer)"))
PROJECT_FILTER = "Annotator projects (*.annotator);;All files (*)"


@dataclass(frozen=True)
class NewProject:
    path: Path
    lang: str
    scheme_path: Path | None


class NewProjectDialog(QDialog):
    """Asks for the project file, its language and (optionally) a scheme file."""

    def __init__(self, parent: QWidget | None = None, directory: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New project")
        self.setMinimumWidth(460)
        self._directory = directory or Path.home()
        self.path = QLineEdit()
        self.path.setPlaceholderText("news.annotator")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.lang = QComboBox()
        for code, name in LANGUAGES:
            self.lang.addItem(f"{name} ({code})", code)
        self.scheme = QLineEdit()
        self.scheme.setPlaceholderText("default news scheme")
        scheme_browse = QPushButton("Browse…")
        scheme_browse.clicked.connect(self._browse_scheme)
        scheme_row = QHBoxLayout()
        scheme_row.addWidget(self.scheme, 1)
        scheme_row.addWidget(scheme_browse)
        form = QFormLayout()
        form.addRow("Project file", row)
        form.addRow("Language", self.lang)
        form.addRow("Label scheme", scheme_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "New project", str(self._directory / "news.annotator"), PROJECT_FILTER)
        if name:
            self.path.setText(name if name.endswith(".annotator") else name + ".annotator")

    def _browse_scheme(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Label scheme", str(self._directory), "Schemes (*.toml *.json)")
        if name:
            self.scheme.setText(name)

    def result_value(self) -> NewProject | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._directory / path
        scheme = self.scheme.text().strip()
        return NewProject(path=path, lang=str(self.lang.currentData()), scheme_path=Path(scheme) if scheme else None)


def ask_annotator_name(parent: QWidget | None, current: str = "") -> str | None:
    """The annotator's name, asked once and remembered; None when cancelled or empty."""
    name, ok = QInputDialog.getText(
        parent, "Your name", "Your name as an annotator (your work is stored under it):", QLineEdit.EchoMode.Normal, current
    )
    name = name.strip()
    return name if ok and name else None


class CommentDialog(QDialog):
    """An optional comment for a status change: Ctrl+Enter submits, Esc cancels."""

    def __init__(self, parent: QWidget | None, status: str, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Mark {status}")
        self.setMinimumWidth(420)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(f"Mark {status}")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Why is “{html.escape(title)}” {status}? (optional)"))
        layout.addWidget(self.text, 1)
        layout.addWidget(QLabel("<small>Ctrl+Enter marks it, Esc cancels</small>"))
        layout.addWidget(buttons)
        self.text.setFocus()

    def comment(self) -> str:
        return self.text.toPlainText().strip()


def ask_comment(parent: QWidget | None, status: str, title: str) -> str | None:
    """An optional comment for a status change; None when cancelled, "" for no comment."""
    dialog = CommentDialog(parent, status, title)
    return dialog.comment() if dialog.exec() else None


def cheat_sheet_html(scheme: Scheme, actions: list[tuple[str, str]]) -> str:
    """The keyboard cheat sheet: the scheme's label and relation keys, then the window's actions."""

    def row(keys: str, what: str, color: str | None = None) -> str:
        chip = f'<span style="color:{color}">■</span> ' if color else ""
        cell = f"<td style='padding:2px 14px 2px 0'><b><code>{html.escape(keys)}</code></b></td>"
        return f"<tr>{cell}<td>{chip}{html.escape(what)}</td></tr>"

    parts = ["<h3>Labels</h3><p>Select text, then press the key (or press it with a span selected to relabel).</p><table>"]
    parts += [
        row(label.key.upper(), label.name + (f" — {label.description}" if label.description else ""), label.color)
        for label in scheme.span_labels
        if label.key
    ]
    parts.append(
        "</table><h3>Relations</h3><p>Select the head span, press the key, then click the target span. Esc cancels."
        " Or Ctrl-drag from one span to another.</p><table>"
    )
    parts += [
        row(rule.key.upper(), f"{rule.name}: {', '.join(rule.heads)} → {', '.join(rule.children)}", rule.color)
        for rule in scheme.relation_labels
        if rule.key
    ]
    parts.append("</table><h3>Text</h3><table>")
    parts += [
        row("Mouse drag, Shift+arrows", "Select text (snaps to tokens unless snapping is off)"),
        row("Double-click", "Select a word"),
        row("Drag a span edge", "Resize the span"),
    ]
    parts.append("</table><h3>Commands</h3><table>")
    parts += [row(keys, what) for keys, what in actions if keys]
    parts.append("</table>")
    return "".join(parts)


class CheatSheet(QDialog):
    def __init__(self, scheme: Scheme, actions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard cheat sheet")
        self.resize(620, 720)
        self.browser = QTextBrowser()
        self.browser.setHtml(cheat_sheet_html(scheme, actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

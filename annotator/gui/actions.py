"""The window's actions: menus, toolbar, the scheme's label and relation keys, and the keyboard
cheat sheet built from them. Mixed into :class:`annotator.gui.window.MainWindow`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMessageBox

from annotator.gui.dialogs import CheatSheet
from annotator.model.names import REJECTED, SKIPPED
from annotator.model.scheme import default_scheme


class ActionsMixin:
    """Builds every QAction with its shortcuts, the menu bar and the toolbar; keeps ``_actions``
    (all of them, for the cheat sheet) and ``_label_actions`` (the current scheme's keys)."""

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcuts: tuple[str, ...] = (),
        *,
        tip: str = "",
        checkable: bool = False,
        document_only: bool = False,
    ) -> QAction:
        """An action with its shortcuts. ``document_only`` ones (Enter, Delete, Tab, Escape) work
        only while the focus is in the document area, so that lists and text fields keep those keys."""
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(key) for key in shortcuts])
        if tip:
            action.setToolTip(f"{tip} ({shortcuts[0]})" if shortcuts else tip)
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        if document_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.document_area.addAction(action)
        else:
            self.addAction(action)
        self._actions.append(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_new = a("&New project…", self.new_project, ("Ctrl+Shift+N",), tip="Create a project file")
        self.act_open = a("&Open project…", self.choose_project, ("Ctrl+O",), tip="Open a project file")
        self.act_import = a(
            "&Import documents…", self.import_documents, ("Ctrl+I",), tip="Import .txt, .jsonl, .csv or .html files"
        )
        self.act_export = a("&Export JSONL…", self.export_documents, ("Ctrl+E",), tip="Export your annotations as JSONL")
        self.act_prelabel = a(
            "&Pre-label documents", self.prelabel, ("Ctrl+Shift+P",), tip="Run the spaCy pre-labeller on the project"
        )
        self.act_name = a("Change annotator &name…", self.change_annotator, tip="Work under another name")
        self.act_quit = a("&Quit", self.close, ("Ctrl+Q",))

        self.act_undo = a("&Undo", self.undo, ("Ctrl+Z",), tip="Undo the last edit")
        self.act_redo = a("&Redo", self.redo, ("Ctrl+Shift+Z", "Ctrl+Y"), tip="Redo")
        self.act_accept = a(
            "&Accept suggestion",
            self.accept_selected,
            ("Return", "Enter"),
            tip="Accept the selected suggestion",
            document_only=True,
        )
        self.act_delete = a(
            "&Delete / reject span",
            self.delete_selected,
            ("Delete", "Backspace"),
            tip="Reject the selected suggestion or delete the selected span",
            document_only=True,
        )
        self.act_accept_all = a(
            "Accept a&ll suggestions",
            self.accept_all,
            ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
            tip="Accept every remaining suggestion of this document",
        )
        self.act_next_span = a("Next span", lambda: self.step_span(1), ("Tab",), document_only=True)
        self.act_prev_span = a("Previous span", lambda: self.step_span(-1), ("Shift+Tab", "Shift+Backtab"), document_only=True)
        self.act_escape = a("Cancel", self.escape, ("Escape",), document_only=True)

        self.act_done = a(
            "Mark &accepted and next",
            self.mark_accepted,
            ("Ctrl+Return", "Ctrl+Enter"),
            tip="Mark the document accepted and open the next",
        )
        self.act_reject_doc = a(
            "Mark &rejected…",
            lambda: self.mark_with_comment(REJECTED),
            ("Ctrl+Shift+X",),
            tip="Not usable: mark the document rejected, with a comment",
        )
        self.act_skip_doc = a(
            "Mar&k skipped…",
            lambda: self.mark_with_comment(SKIPPED),
            ("Ctrl+Shift+K",),
            tip="Skip the document for now, with a comment",
        )
        self.act_next_doc = a("&Next document", lambda: self.step_document(1), ("Ctrl+Right", "N"), tip="Open the next document")
        self.act_prev_doc = a(
            "&Previous document", lambda: self.step_document(-1), ("Ctrl+Left",), tip="Open the previous document"
        )

        self.act_zoom_in = a("Zoom &in", lambda: self.zoom(1), ("Ctrl+=", "Ctrl++"))
        self.act_zoom_out = a("Zoom &out", lambda: self.zoom(-1), ("Ctrl+-",))
        self.act_dark = a("&Dark theme", self.set_dark, ("Ctrl+Shift+D",), tip="Switch between light and dark", checkable=True)
        self.act_snap = a(
            "&Snap to tokens", self.set_snap, ("Ctrl+Shift+T",), tip="Snap selections to token boundaries", checkable=True
        )
        self.act_help = a("&Keyboard cheat sheet", self.show_cheat_sheet, ("F1", "?", "Shift+?"), tip="All keys at a glance")
        self.act_about = a("&About", self.about)
        self._label_actions: list[QAction] = []

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu("Recent projects")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.act_import, self.act_export, self.act_prelabel])
        file_menu.addSeparator()
        file_menu.addActions([self.act_name, self.act_quit])
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addActions([self.act_undo, self.act_redo])
        self.annotate_menu = menu.addMenu("&Annotate")
        document_menu = menu.addMenu("&Document")
        document_menu.addActions([self.act_done, self.act_reject_doc, self.act_skip_doc])
        document_menu.addSeparator()
        document_menu.addActions([self.act_next_doc, self.act_prev_doc])
        view_menu = menu.addMenu("&View")
        view_menu.addActions([self.act_zoom_in, self.act_zoom_out])
        view_menu.addSeparator()
        view_menu.addActions([self.act_dark, self.act_snap])
        view_menu.addSeparator()
        self.docks_menu = view_menu.addMenu("Panels")
        for dock in self.findChildren(QDockWidget):
            self.docks_menu.addAction(dock.toggleViewAction())
        help_menu = menu.addMenu("&Help")
        help_menu.addActions([self.act_help, self.act_about])

        bar = self.addToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.act_prev_doc, self.act_next_doc])
        bar.addSeparator()
        bar.addActions([self.act_undo, self.act_redo])
        bar.addSeparator()
        bar.addActions([self.act_accept_all, self.act_done, self.act_reject_doc, self.act_skip_doc])
        bar.addSeparator()
        bar.addActions([self.act_snap, self.act_dark, self.act_help])
        self.act_prev_doc.setIconText("◀ Previous")
        self.act_next_doc.setIconText("Next ▶")
        self.act_accept_all.setIconText("✓ Accept all suggestions")
        self.act_done.setIconText("✔ Accept document")
        self.act_reject_doc.setIconText("✕ Reject")
        self.act_skip_doc.setIconText("↷ Skip")
        self.act_snap.setIconText("Snap")
        self.act_dark.setIconText("Dark")
        self.act_help.setIconText("Keys")
        self._fill_annotate_menu()

    def _fill_annotate_menu(self) -> None:
        """The scheme's label and relation keys become actions (and so cheat-sheet entries)."""
        menu = self.annotate_menu
        menu.clear()
        for action in self._label_actions:
            self.removeAction(action)
            if action in self._actions:
                self._actions.remove(action)
            action.deleteLater()
        self._label_actions = []
        menu.addActions([self.act_accept, self.act_delete, self.act_accept_all])
        menu.addSeparator()
        menu.addActions([self.act_next_span, self.act_prev_span, self.act_escape])
        if self.session is None:
            return
        scheme = self.session.project.scheme
        used = {label.key for label in scheme.span_labels if label.key} | {
            rule.key for rule in scheme.relation_labels if rule.key
        }
        # The window's own one-letter key yields to a scheme that uses the letter.
        self.act_next_doc.setShortcuts([QKeySequence("Ctrl+Right")] + ([] if "n" in used else [QKeySequence("N")]))
        labels_menu = menu.addMenu("Label selection as")
        for label in scheme.span_labels:
            action = self._action(
                f"Label {label.name}",
                lambda name=label.name: self.apply_label(name),
                (label.key.upper(),) if label.key else (),
                tip=f"Label the selection {label.name}",
            )
            labels_menu.addAction(action)
            self._label_actions.append(action)
        links_menu = menu.addMenu("Link selected span")
        for rule in scheme.relation_labels:
            action = self._action(
                f"Link {rule.name}",
                lambda name=rule.name: self.start_link(name),
                (rule.key.upper(),) if rule.key else (),
                tip=f"Link the selected span by {rule.name}",
            )
            links_menu.addAction(action)
            self._label_actions.append(action)

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(keys, what) of the window's actions, for the cheat sheet."""
        rows = []
        for action in self._actions:
            if action in self._label_actions:
                continue
            keys = " / ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts())
            if keys:
                rows.append((keys, action.text().replace("&", "").rstrip("…")))
        return rows

    def show_cheat_sheet(self) -> None:
        scheme = self.session.project.scheme if self.session else default_scheme()
        CheatSheet(scheme, self.shortcut_table(), self).show()

    def about(self) -> None:
        from annotator import __version__

        QMessageBox.about(
            self, "About Annotator", f"<b>Annotator {__version__}</b><p>Entities and quotations in news articles.</p>"
        )

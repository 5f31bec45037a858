"""Actions declared in one table and turned into QActions, menus, a toolbar, the cheat sheet's
rows and the keymap dialog's rows (in the manner of napari's action declarations).

An :class:`ActionSpec` says what an action is (id, text, default shortcuts, menu, toolbar,
handler, when it can apply); :class:`ActionRegistry` makes the QActions, applies the user's
keymap from the settings, and enables each action only while it can apply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from annotator.model.scheme import Scheme

#: When an action can apply: always, with a project open, with a document open, with a span
#: selected, with something to undo, with something to redo.
When = Literal["always", "project", "document", "span", "undo", "redo"]


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    handler: Callable[..., Any]
    shortcuts: tuple[str, ...] = ()
    menu: str | None = None
    #: The toolbar's text for it (None: not on the toolbar).
    toolbar: str | None = None
    when: When = "always"
    tip: str = ""
    checkable: bool = False
    #: Keys that text fields and lists need too (Enter, Delete, Tab, Esc, plain letters): the
    #: shortcut works only while the focus is in the document area.
    document_only: bool = False
    #: A separator before it in its menu.
    separator: bool = False


def normalise_key(key: str) -> str:
    """One spelling per key sequence ("ctrl+z" and "Ctrl+Z" are the same), "" when invalid."""
    sequence = QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.PortableText) if not sequence.isEmpty() else ""


def scheme_keys(scheme: Scheme) -> dict[str, str]:
    """The scheme's label and relation keys: normalised key -> what it does."""
    keys = {normalise_key(label.key.upper()): f"Label {label.name}" for label in scheme.span_labels if label.key}
    keys.update({normalise_key(rule.key.upper()): f"Link {rule.name}" for rule in scheme.relation_labels if rule.key})
    return keys


def find_conflicts(shortcuts: Mapping[str, Iterable[str]], reserved: Mapping[str, str] | None = None) -> list[str]:
    """Every key given to two actions, or to an action and a scheme key: one line each."""
    owners: dict[str, list[str]] = {}
    for key, owner in (reserved or {}).items():
        owners.setdefault(key, []).append(owner)
    for action_id, keys in shortcuts.items():
        for key in {normalise_key(key) for key in keys} - {""}:
            owners.setdefault(key, []).append(action_id)
    return [f"{key}: {' and '.join(names)}" for key, names in sorted(owners.items()) if len(names) > 1]


class ActionRegistry:
    """The window's QActions, made from specs; ``keymap`` overrides default shortcuts by id."""

    def __init__(self, window: QWidget, document_area: QWidget) -> None:
        self.window = window
        self.document_area = document_area
        self.specs: dict[str, ActionSpec] = {}
        self.actions: dict[str, QAction] = {}
        self.keymap: dict[str, list[str]] = {}
        self._reserved: dict[str, str] = {}  # the scheme's keys, which window actions yield to
        self._scheme_ids: list[str] = []

    # --- making actions -----------------------------------------------------------------------

    def add(self, spec: ActionSpec) -> QAction:
        action = QAction(spec.text, self.window)
        action.setObjectName(spec.id)
        if spec.tip:
            action.setStatusTip(spec.tip)
        action.setCheckable(spec.checkable)
        if spec.checkable:
            action.toggled.connect(spec.handler)
        else:
            action.triggered.connect(lambda _checked=False, handler=spec.handler: handler())
        if spec.document_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.document_area.addAction(action)
        else:
            self.window.addAction(action)
        if spec.toolbar:
            action.setIconText(spec.toolbar)
        self.specs[spec.id] = spec
        self.actions[spec.id] = action
        self._apply_shortcuts(spec.id)
        return action

    def remove(self, action_id: str) -> None:
        action = self.actions.pop(action_id, None)
        self.specs.pop(action_id, None)
        if action is not None:
            self.window.removeAction(action)
            self.document_area.removeAction(action)
            action.deleteLater()

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def window_ids(self) -> list[str]:
        """The window's own actions (not the scheme's label and link keys), in table order."""
        return [action_id for action_id in self.specs if action_id not in self._scheme_ids]

    # --- shortcuts ----------------------------------------------------------------------------

    def shortcuts(self, action_id: str) -> list[str]:
        """The keys of an action: the user's from the keymap, else the defaults."""
        if action_id in self.keymap:
            return list(self.keymap[action_id])
        return list(self.specs[action_id].shortcuts)

    def set_keymap(self, keymap: Mapping[str, list[str]]) -> None:
        self.keymap = {key: list(value) for key, value in keymap.items() if key in self.specs}
        for action_id in self.specs:
            self._apply_shortcuts(action_id)

    def _apply_shortcuts(self, action_id: str) -> None:
        keys = self.shortcuts(action_id)
        if action_id not in self._scheme_ids:
            # A window key yields to a scheme key (a scheme may use "n"), so no key is ambiguous.
            keys = [key for key in keys if normalise_key(key) not in self._reserved]
        action = self.actions[action_id]
        action.setShortcuts([QKeySequence(key) for key in keys])
        spec = self.specs[action_id]
        if spec.tip:
            shown = action.shortcuts()
            key = shown[0].toString(QKeySequence.SequenceFormat.NativeText) if shown else ""
            action.setToolTip(f"{spec.tip} ({key})" if key else spec.tip)

    def set_scheme(self, scheme: Scheme | None, specs: list[ActionSpec]) -> None:
        """Replace the scheme's label and link actions; the window's keys yield to the scheme's."""
        for action_id in self._scheme_ids:
            self.remove(action_id)
        self._scheme_ids = [spec.id for spec in specs]
        self._reserved = scheme_keys(scheme) if scheme is not None else {}
        for spec in specs:
            self.add(spec)
        for action_id in self.window_ids():
            self._apply_shortcuts(action_id)

    def conflicts(self, keymap: Mapping[str, list[str]] | None = None) -> list[str]:
        """Conflicts of the window's actions (with ``keymap`` instead of the current keys) among
        themselves and with the scheme's keys."""
        chosen = {action_id: (keymap or {}).get(action_id, self.shortcuts(action_id)) for action_id in self.window_ids()}
        return find_conflicts(chosen, self._reserved)

    # --- menus, toolbar, enabling -------------------------------------------------------------

    def fill_menus(self, bar: QMenuBar, order: list[str]) -> dict[str, QMenu]:
        menus = {name: bar.addMenu(f"&{name}") for name in order}
        for action_id in self.window_ids():
            spec = self.specs[action_id]
            if spec.menu is None:
                continue
            menu = menus[spec.menu]
            if spec.separator and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(self.actions[action_id])
        return menus

    def fill_toolbar(self, bar: QToolBar, layout: list[str | None]) -> None:
        """``layout``: action ids in order, None for a separator."""
        for action_id in layout:
            if action_id is None:
                bar.addSeparator()
            else:
                bar.addAction(self.actions[action_id])

    def update_enabled(self, can: Callable[[str], bool]) -> None:
        """Enable each action whose ``when`` holds (``can(when)``)."""
        answers: dict[str, bool] = {}
        for action_id, spec in self.specs.items():
            if spec.when not in answers:
                answers[spec.when] = spec.when == "always" or can(spec.when)
            self.actions[action_id].setEnabled(answers[spec.when])

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what) of the window's actions that have keys, for the cheat sheet."""
        rows = []
        for action_id in self.window_ids():
            action = self.actions[action_id]
            keys = " / ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts())
            if keys:
                rows.append((keys, action.text().replace("&", "").rstrip("…")))
        return rows

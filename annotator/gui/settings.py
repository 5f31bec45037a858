"""What the application remembers between runs (QSettings): the annotator's name, recent
projects, the last document and scroll position of each project, theme, zoom, snapping and the
keyboard shortcuts the user changed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "annotator"
APPLICATION = "annotator"
MAX_RECENT = 10


def _project_key(location: str) -> str:
    """A QSettings group name for a project (paths contain slashes, which QSettings nests)."""
    return "project-" + hashlib.sha1(location.encode("utf-8")).hexdigest()[:16]


def normalise_location(location: str | Path) -> str:
    text = str(location)
    return text if "://" in text else str(Path(text).expanduser().resolve())


class Settings:
    """Typed access to QSettings; pass a ``QSettings`` (e.g. an INI file) to isolate tests."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANISATION, APPLICATION)

    def _get(self, key: str, default: object, kind: type) -> object:
        value = self.store.value(key, default)
        if value is None:
            return default
        try:
            if kind is bool and isinstance(value, str):
                return value.lower() in ("1", "true", "yes")
            return kind(value)
        except (TypeError, ValueError):
            return default

    def sync(self) -> None:
        self.store.sync()

    # --- the annotator ----------------------------------------------------------------------

    @property
    def annotator(self) -> str:
        return str(self._get("annotator", "", str))

    @annotator.setter
    def annotator(self, name: str) -> None:
        self.store.setValue("annotator", name.strip())

    # --- projects ---------------------------------------------------------------------------

    def recent_projects(self) -> list[str]:
        value = self.store.value("recent_projects", [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in (value or []) if item]

    def add_recent_project(self, location: str | Path) -> None:
        location = normalise_location(location)
        recent = [item for item in self.recent_projects() if item != location]
        self.store.setValue("recent_projects", [location, *recent][:MAX_RECENT])

    def last_project(self) -> str | None:
        recent = self.recent_projects()
        return recent[0] if recent else None

    def last_document(self, location: str | Path) -> tuple[int | None, int]:
        """The document key and first visible offset last seen in a project."""
        group = _project_key(normalise_location(location))
        pk = self._get(f"{group}/document", -1, int)
        offset = self._get(f"{group}/offset", 0, int)
        return (None if pk == -1 else int(pk)), int(offset)  # type: ignore[call-overload]

    def set_last_document(self, location: str | Path, doc_pk: int, offset: int) -> None:
        group = _project_key(normalise_location(location))
        self.store.setValue(f"{group}/document", int(doc_pk))
        self.store.setValue(f"{group}/offset", int(offset))

    # --- view preferences -------------------------------------------------------------------

    @property
    def dark(self) -> bool:
        return bool(self._get("dark", False, bool))

    @dark.setter
    def dark(self, on: bool) -> None:
        self.store.setValue("dark", bool(on))

    @property
    def zoom(self) -> int:
        return int(self._get("zoom", 0, int))  # type: ignore[call-overload]

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self.store.setValue("zoom", int(steps))

    @property
    def snap(self) -> bool:
        return bool(self._get("snap", True, bool))

    @snap.setter
    def snap(self, on: bool) -> None:
        self.store.setValue("snap", bool(on))

    # --- keyboard shortcuts -------------------------------------------------------------------

    def keymap(self) -> dict[str, list[str]]:
        """The user's shortcuts by action id (actions not in it keep their defaults)."""
        text = self.store.value("keymap", "")
        try:
            value = json.loads(str(text)) if text else {}
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {str(key): [str(item) for item in keys] for key, keys in value.items() if isinstance(keys, list)}

    def set_keymap(self, keymap: dict[str, list[str]]) -> None:
        """Store the shortcuts that differ from the defaults (an empty mapping resets them all)."""
        if keymap:
            self.store.setValue("keymap", json.dumps(keymap, sort_keys=True))
        else:
            self.store.remove("keymap")

    def window_state(self) -> tuple[bytes | None, bytes | None]:
        geometry = self.store.value("window/geometry")
        state = self.store.value("window/state")
        return (bytes(geometry) if geometry else None), (bytes(state) if state else None)

    def set_window_state(self, geometry: bytes, state: bytes) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

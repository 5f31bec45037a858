"""View preferences: theme, snapping to tokens and zoom, remembered in the settings.
Mixed into :class:`annotator.gui.window.MainWindow`."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotator.gui.theme import apply_theme


class PreferencesMixin:
    """Applies the saved preferences (and window geometry) at start-up and stores every change."""

    def _apply_preferences(self) -> None:
        dark, snap, zoom = self.settings.dark, self.settings.snap, self.settings.zoom
        self.act_dark.blockSignals(True)
        self.act_dark.setChecked(dark)
        self.act_dark.blockSignals(False)
        self.act_snap.blockSignals(True)
        self.act_snap.setChecked(snap)
        self.act_snap.blockSignals(False)
        self.view.set_dark(dark)
        self.view.set_snap_to_tokens(snap)
        if zoom:
            self.view.set_zoom(zoom)
        geometry, state = self.settings.window_state()
        if geometry:
            self.restoreGeometry(geometry)
        if state:
            self.restoreState(state)

    def zoom(self, steps: int) -> None:
        self.view.zoom(steps)

    def _zoom_changed(self, level: int) -> None:
        self.settings.zoom = level
        self.message(f"Zoom {level:+d}" if level else "Zoom reset")

    def set_dark(self, on: bool) -> None:
        self.settings.dark = on
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, on)
        self.view.set_dark(on)

    def set_snap(self, on: bool) -> None:
        self.settings.snap = on
        self.view.set_snap_to_tokens(on)
        self.message("Selections snap to tokens" if on else "Snapping off: selections keep the exact characters")

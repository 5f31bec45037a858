"""Driving a modal dialog that a window action opens with exec(): the test's steps run once the
dialog is up, inside its own event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_dialog_opens(kind: type[QDialog], steps: Callable[[QDialog], None], *, tries: int = 200) -> list[QDialog]:
    """Run ``steps(dialog)`` as soon as a visible dialog of ``kind`` is shown; returns a list that
    holds the dialog once it was found (empty if it never opened)."""
    found: list[QDialog] = []

    def look(left: int = tries) -> None:
        dialog = next(
            (widget for widget in QApplication.topLevelWidgets() if isinstance(widget, kind) and widget.isVisible()), None
        )
        if dialog is None:
            if left:
                QTimer.singleShot(10, lambda: look(left - 1))
            return
        found.append(dialog)
        try:
            steps(dialog)
        except BaseException:
            dialog.reject()  # a failed step must not leave the test waiting on the dialog
            raise

    QTimer.singleShot(0, look)
    return found

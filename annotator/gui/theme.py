"""Light and dark themes: the Fusion style with our palette and a small style sheet."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from annotator.model.names import ACCEPTED, IN_PROGRESS, REJECTED, SKIPPED, TODO


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    header: str


LIGHT = Colors(
    window="#f3f4f6",
    base="#ffffff",
    alt_base="#f8f9fb",
    text="#1f2328",
    muted="#6b7280",
    border="#d9dce1",
    accent="#2563eb",
    accent_text="#ffffff",
    header="#ffffff",
)
DARK = Colors(
    window="#1e2127",
    base="#24282f",
    alt_base="#2a2f37",
    text="#e6e8eb",
    muted="#9aa3ae",
    border="#3a404a",
    accent="#5b8def",
    accent_text="#ffffff",
    header="#24282f",
)

STATUS_COLORS = {
    TODO: "#9aa3ae",
    IN_PROGRESS: "#d9a400",
    ACCEPTED: "#2f9e44",
    REJECTED: "#e03131",
    SKIPPED: "#7950f2",
}


def colors(dark: bool) -> Colors:
    return DARK if dark else LIGHT


def palette(dark: bool) -> QPalette:
    c = colors(dark)
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Link: c.accent,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return pal


def style_sheet(dark: bool) -> str:
    c = colors(dark)
    return f"""
    QMainWindow::separator {{ background: {c.border}; width: 1px; height: 1px; }}
    QDockWidget {{ font-weight: 600; }}
    QDockWidget::title {{ padding: 6px 8px; background: {c.window}; }}
    QToolBar {{ background: {c.header}; border: none; border-bottom: 1px solid {c.border}; spacing: 2px; padding: 3px; }}
    QToolBar QToolButton {{ padding: 4px 8px; border-radius: 5px; }}
    QToolBar QToolButton:hover {{ background: {c.alt_base}; }}
    QToolBar QToolButton:checked {{ background: {c.border}; }}
    QStatusBar {{ background: {c.header}; border-top: 1px solid {c.border}; color: {c.muted}; }}
    QTableView, QListWidget, QTreeWidget {{ border: 1px solid {c.border}; border-radius: 6px; background: {c.base}; }}
    QHeaderView::section {{ background: {c.alt_base}; color: {c.muted}; border: none;
        border-bottom: 1px solid {c.border}; padding: 4px 6px; font-weight: 600; }}
    QLineEdit, QComboBox {{ border: 1px solid {c.border}; border-radius: 6px; padding: 4px 6px; background: {c.base}; }}
    QLineEdit:focus, QComboBox:focus {{ border-color: {c.accent}; }}
    QPushButton {{ border: 1px solid {c.border}; border-radius: 6px; padding: 4px 10px; background: {c.base}; }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton#attributeValue:checked {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; }}
    QFrame#documentHeader {{ background: {c.header}; border-bottom: 1px solid {c.border}; }}
    QLabel#documentTitle {{ font-size: 17px; font-weight: 700; color: {c.text}; }}
    QLabel#documentMeta {{ color: {c.muted}; }}
    QLabel#muted {{ color: {c.muted}; }}
    QLabel#modeBadge {{ background: {c.accent}; color: {c.accent_text}; border-radius: 8px; padding: 1px 8px; font-weight: 600; }}
    """


def apply_theme(app: QApplication, dark: bool) -> None:
    app.setStyle("Fusion")
    app.setPalette(palette(dark))
    app.setStyleSheet(style_sheet(dark))


@lru_cache(maxsize=64)
def dot_icon(color: str, size: int = 10, *, bar: bool = False) -> QIcon:
    """A small round dot (or a short bar, for relations) in ``color``, for lists and tables."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    if bar:
        painter.drawRoundedRect(QRectF(0, size / 2 - 1.5, size, 3), 1.5, 1.5)
    else:
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)

"""The main window's widgets: the document view under its header, the panels in docks, the
status bar badges. Built once by :class:`MainWindow`, which keeps each as an attribute."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QVBoxLayout, QWidget

from annotator.gui.document_view import DocumentView
from annotator.gui.panels.attributes import AttributesPanel
from annotator.gui.panels.header import DocumentHeader
from annotator.gui.panels.labels import LabelPalette
from annotator.gui.panels.legend import LegendPanel
from annotator.gui.panels.queue import QueuePanel
from annotator.gui.panels.relations import RelationsPanel

if TYPE_CHECKING:
    from annotator.gui.window import MainWindow


DOCUMENT_MIN_WIDTH = 480


def build_widgets(window: MainWindow) -> None:
    """Make the window's widgets and lay them out (docks: queue left; labels, legend, attributes
    and relations right)."""
    window.view = DocumentView()
    window.header = DocumentHeader()
    window.document_area = QWidget()
    window.document_area.setObjectName("documentArea")
    # Room for a readable line of text: the docks give way first (the header asks for no width).
    window.document_area.setMinimumWidth(DOCUMENT_MIN_WIDTH)
    area_layout = QVBoxLayout(window.document_area)
    area_layout.setContentsMargins(0, 0, 0, 0)
    area_layout.setSpacing(0)
    area_layout.addWidget(window.header)
    area_layout.addWidget(window.view, 1)
    window.setCentralWidget(window.document_area)

    window.queue = QueuePanel(window.fetch_queue)
    window.palette_panel = LabelPalette()
    window.relations_panel = RelationsPanel()
    window.legend = LegendPanel()
    window.attributes_panel = AttributesPanel()
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    queue_dock = add_dock(window, "Documents", window.queue, left, "queueDock")
    labels_dock = add_dock(window, "Labels", scrolled(window.palette_panel, across=False), right, "labelsDock")
    legend_dock = add_dock(window, "Legend", scrolled(window.legend), right, "legendDock")
    window.tabifyDockWidget(labels_dock, legend_dock)
    labels_dock.raise_()
    attributes_dock = add_dock(window, "Attributes", window.attributes_panel, right, "attributesDock")
    relations_dock = add_dock(window, "Relations", window.relations_panel, right, "relationsDock")
    window.resizeDocks([queue_dock, relations_dock], [340, 290], Qt.Orientation.Horizontal)
    window.resizeDocks([labels_dock, attributes_dock, relations_dock], [400, 190, 250], Qt.Orientation.Vertical)

    window.mode_badge = QLabel("")
    window.mode_badge.setObjectName("modeBadge")
    window.mode_badge.hide()
    window.who = QLabel("")
    window.who.setObjectName("muted")
    window.saving = QLabel("")
    window.saving.setObjectName("savingBadge")
    window.saving.setToolTip(
        "Edits shown but not yet stored in the project (saved in the background, in order), or a document being opened"
    )
    window.statusBar().addPermanentWidget(window.saving)
    window.statusBar().addPermanentWidget(window.mode_badge)
    window.statusBar().addPermanentWidget(window.who)


def scrolled(widget: QWidget, *, across: bool = True) -> QScrollArea:
    """``widget`` in a scroll area; without ``across``, it never scrolls sideways but fits the width."""
    area = QScrollArea()
    if not across:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def add_dock(window: MainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    window.addDockWidget(area, dock)
    return dock

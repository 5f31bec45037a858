"""The window's actions, in one table: what each does, its default keys, where it shows and
when it applies. Menus, toolbar, cheat sheet and keymap dialog are all built from this table.

Edge moves have a second default because window managers (Openbox, several GNOME setups) take
Shift+Alt+arrows; brackets are free in the document view, which has no text input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from annotator.gui import window_dialogs as dialogs
from annotator.gui.actions import ActionSpec
from annotator.model.scheme import Scheme

if TYPE_CHECKING:
    from annotator.gui.controllers import DocumentController
    from annotator.gui.document_view import DocumentView
    from annotator.gui.window import MainWindow

MENUS = ["File", "Edit", "Annotate", "Document", "View", "Settings", "Help"]

TOOLBAR: list[str | None] = [
    "prev_document",
    "next_document",
    None,
    "undo",
    "redo",
    None,
    "accept_all",
    "mark_accepted",
    "mark_rejected",
    "mark_skipped",
    None,
    "snap",
    "label_names",
    "dark",
    "cheat_sheet",
]


def _open_agreement(w: MainWindow) -> None:
    from annotator.gui.lead.launch import open_agreement  # numpy, scipy and matplotlib: only when asked

    open_agreement(w)


def window_actions(w: MainWindow) -> list[ActionSpec]:
    doc = w.with_document  # runs a handler on the open document's controller
    editing = editing_actions(w)
    return [
        # File
        ActionSpec("new_project", "&New project…", w.new_project, ("Ctrl+Shift+N",), "File", tip="Create a project file"),
        ActionSpec(
            "open_project", "&Open project…", lambda: dialogs.choose_project(w), ("Ctrl+O",), "File", tip="Open a project file"
        ),
        ActionSpec(
            "import", "&Import documents…", lambda: dialogs.import_documents(w), ("Ctrl+I",), "File", when="project",
            tip="Import articles (.txt, .jsonl, .csv, .html) or annotations in any export format", separator=True,
        ),
        ActionSpec(
            "export", "&Export…", lambda: dialogs.export_documents(w), ("Ctrl+E",), "File", when="project",
            tip="Export annotations in any format (JSONL, spaCy, Prodigy, doccano, brat, CoNLL, Hugging Face, citron)",
        ),
        ActionSpec(
            "prelabel", "&Pre-label documents", w.prelabel, ("Ctrl+Shift+P",), "File", when="project",
            tip="Run the spaCy pre-labeller on the project",
        ),
        ActionSpec(
            "train", "&Train a model…", lambda: dialogs.train_model(w), (), "File", when="project",
            tip="Train a spaCy model on the gold or accepted documents; see its scores against the rules",
        ),
        ActionSpec(
            "annotator_name", "Change annotator &name…", lambda: dialogs.change_annotator(w), (), "File",
            tip="Work under another name", separator=True,
        ),
        ActionSpec("quit", "&Quit", w.close, ("Ctrl+Q",), "File"),
        *editing[:4],  # undo, redo, accept, delete
        ActionSpec(
            "accept_all", "Accept a&ll suggestions", doc(lambda d: d.accept_all()), ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
            "Annotate", toolbar="✓ Accept all suggestions", when="document",
            tip="Accept every remaining suggestion of this document",
        ),
        *editing[4:],
        # Document
        ActionSpec(
            "mark_accepted", "Mark &accepted and next", doc(lambda d: d.mark("accepted")), ("Ctrl+Return", "Ctrl+Enter"),
            "Document", toolbar="✔ Accept document", when="document", tip="Mark the document accepted and open the next",
        ),
        ActionSpec(
            "mark_rejected", "Mark &rejected…", lambda: dialogs.mark_with_comment(w, "rejected"), ("Ctrl+Shift+X",), "Document",
            toolbar="✕ Reject", when="document", tip="Not usable: mark the document rejected, with a comment",
        ),
        ActionSpec(
            "mark_skipped", "Mar&k skipped…", lambda: dialogs.mark_with_comment(w, "skipped"), ("Ctrl+Shift+K",), "Document",
            toolbar="↷ Skip", when="document", tip="Skip the document for now, with a comment",
        ),
        ActionSpec(
            "next_document", "&Next document", doc(lambda d: d.step_document(1)), ("Ctrl+Right", "N"), "Document",
            toolbar="Next ▶", when="project", tip="Open the next document", separator=True,
        ),
        ActionSpec(
            "prev_document", "&Previous document", doc(lambda d: d.step_document(-1)), ("Ctrl+Left",), "Document",
            toolbar="◀ Previous", when="project", tip="Open the previous document",
        ),
        ActionSpec(
            "agreement", "A&greement and gold review…", lambda: _open_agreement(w), ("Ctrl+Shift+G",), "Document",
            when="project", tip="Leads: agreement between annotators, documents worst first, gold review", separator=True,
        ),
        # View
        ActionSpec("zoom_in", "Zoom &in", lambda: w.view.zoom(1), ("Ctrl+=", "Ctrl++"), "View"),
        ActionSpec("zoom_out", "Zoom &out", lambda: w.view.zoom(-1), ("Ctrl+-",), "View"),
        ActionSpec(
            "dark", "&Dark theme", w.set_dark, ("Ctrl+Shift+D",), "View", toolbar="Dark",
            tip="Switch between light and dark", checkable=True, separator=True,
        ),
        ActionSpec(
            "snap", "&Snap to tokens", w.set_snap, ("Ctrl+Shift+T",), "View", toolbar="Snap",
            tip="Snap selections to token boundaries", checkable=True,
        ),
        ActionSpec(
            "label_names", "&Label names on bars", w.set_label_names, ("Ctrl+Shift+L",), "View", toolbar="Names",
            tip="Write each span's label (and attribute values) on its bar", checkable=True,
        ),
        # Settings
        ActionSpec(
            "keymap", "&Keyboard shortcuts…", lambda: dialogs.keymap(w), ("Ctrl+Alt+K",), "Settings",
            tip="Change the keys of every action",
        ),
        # Help
        ActionSpec(
            "cheat_sheet", "&Keyboard cheat sheet", lambda: dialogs.cheat_sheet(w), ("F1", "?", "Shift+?"), "Help",
            toolbar="Keys", tip="All keys at a glance",
        ),
        ActionSpec("about", "&About", w.about, (), "Help"),
    ]


class EditingHost(Protocol):
    """What the editing actions need of their owner: the main window, or a lead's gold pane."""

    view: DocumentView

    def with_document(self, handler: Callable[[DocumentController], Any]) -> Callable[[], None]: ...
    def step_span(self, step: int) -> None: ...
    def escape(self) -> None: ...


def editing_actions(w: EditingHost) -> list[ActionSpec]:
    """Undo, redo, accept or delete the selected span, step through spans, move its edges, cancel:
    the keys of editing one document, shared by the main window and the gold review."""
    doc = w.with_document
    return [
        # Edit
        ActionSpec("undo", "&Undo", doc(lambda d: d.undo()), ("Ctrl+Z",), "Edit", when="undo", tip="Undo the last edit"),
        ActionSpec("redo", "&Redo", doc(lambda d: d.redo()), ("Ctrl+Shift+Z", "Ctrl+Y"), "Edit", when="redo", tip="Redo"),
        # Annotate
        ActionSpec(
            "accept", "&Accept suggestion", doc(lambda d: d.accept_selected()), ("Return", "Enter"), "Annotate",
            when="document", tip="Accept the selected suggestion", document_only=True,
        ),
        ActionSpec(
            "delete", "&Delete / reject span", doc(lambda d: d.delete_selected()), ("Delete", "Backspace"), "Annotate",
            when="document", tip="Reject the selected suggestion or delete the selected span", document_only=True,
        ),
        ActionSpec(
            "next_span", "Next span", lambda: w.step_span(1), ("Tab",), "Annotate", when="document",
            document_only=True, separator=True,
        ),
        ActionSpec(
            "prev_span", "Previous span", lambda: w.step_span(-1), ("Shift+Tab", "Shift+Backtab"), "Annotate",
            when="document", document_only=True,
        ),
        ActionSpec(
            "span_start_left", "Move span start left", lambda: w.view.step_selected_span_edge("start", -1),
            ("Alt+Left", "["), "Annotate", when="span", document_only=True, separator=True,
        ),
        ActionSpec(
            "span_start_right", "Move span start right", lambda: w.view.step_selected_span_edge("start", 1),
            ("Alt+Right", "]"), "Annotate", when="span", document_only=True,
        ),
        ActionSpec(
            "span_end_left", "Move span end left", lambda: w.view.step_selected_span_edge("end", -1),
            ("Shift+Alt+Left", "{"), "Annotate", when="span", document_only=True,
        ),
        ActionSpec(
            "span_end_right", "Move span end right", lambda: w.view.step_selected_span_edge("end", 1),
            ("Shift+Alt+Right", "}"), "Annotate", when="span", document_only=True,
        ),
        ActionSpec("cancel", "Cancel", w.escape, ("Escape",), "Annotate", when="document", document_only=True, separator=True),
    ]


class LabelHost(EditingHost, Protocol):
    def apply_label(self, label: str) -> None: ...


def scheme_actions(w: LabelHost, scheme: Scheme) -> list[ActionSpec]:
    """The scheme's label keys (label the selection), relation keys (link the selected span) and
    attribute keys (the selected span's next value)."""
    specs = [
        ActionSpec(
            f"label.{label.name}", f"Label {label.name}", lambda name=label.name: w.apply_label(name),
            (label.key.upper(),) if label.key else (), "Label selection as", when="document",
            tip=f"Label the selection {label.name}",
        )
        for label in scheme.span_labels
    ]
    specs += [
        ActionSpec(
            f"link.{rule.name}", f"Link {rule.name}", lambda name=rule.name: w.with_document(lambda d: d.start_link(name))(),
            (rule.key.upper(),) if rule.key else (), "Link selected span", when="document",
            tip=f"Link the selected span by {rule.name}",
        )
        for rule in scheme.relation_labels
    ]
    # Attribute keys act on the selected span of their label (one key may serve several labels).
    for key, pairs in scheme.attribute_keys().items():
        names = " / ".join(f"{label} {attribute.name}" for label, attribute in pairs)
        specs.append(
            ActionSpec(
                f"attribute.{key}", f"Next {names}", lambda key=key: w.with_document(lambda d: d.cycle_attribute(key))(),
                (key.upper(),), "Set attribute", when="span", tip=f"Give the selected span its next {names}",
            )
        )
    return specs

"""Shortcuts: no key is taken twice, the keymap dialog changes and saves them, the edge moves
have a second default that window managers leave alone, and actions that cannot apply are off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from annotator.gui.action_table import window_actions
from annotator.gui.actions import find_conflicts, normalise_key, scheme_keys
from annotator.gui.keymap import KeymapDialog
from annotator.model.scheme import SpanLabel, default_scheme
from annotator.storage import Project
from annotator.storage.bulk import NewDocument, insert_documents, text_hash
from tests.gui.conftest import open_window
from tests.gui.driving import click_span, press, stored
from tests.gui.modal import when_dialog_opens
from tests.gui.projects import QUOTE_TEXT, find


def test_default_shortcuts_share_no_key_with_each_other_or_the_scheme(window) -> None:
    defaults = {spec.id: spec.shortcuts for spec in window_actions(window)}
    assert find_conflicts(defaults, scheme_keys(default_scheme())) == []
    live: dict[str, str] = {}
    for action_id, action in window.registry.actions.items():  # the window's and the scheme's actions
        for sequence in action.shortcuts():
            key = normalise_key(sequence.toString())
            assert key not in live, f"{key} is taken by {live[key]} and {action_id}"
            live[key] = action_id
    assert live["1"] == "label.PERSON" and live["S"] == "link.SPEAKER" and live["["] == "span_start_left"


def test_the_conflict_check_names_both_owners() -> None:
    clash = {"next_document": ("Ctrl+Right", "N"), "span_end_left": ("Shift+Alt+Left", "n")}
    assert find_conflicts(clash) == ["N: next_document and span_end_left"]
    assert find_conflicts({"label_like": ("Q",)}, scheme_keys(default_scheme())) == ["Q: Label QUOTE and label_like"]


def test_actions_are_disabled_when_they_cannot_apply(qtbot, settings, project_path: Path) -> None:
    from annotator.gui.window import MainWindow

    empty = MainWindow(settings)
    qtbot.addWidget(empty)
    for action_id in ("import", "export", "accept", "accept_all", "undo", "mark_accepted", "next_document", "label.PERSON"):
        if action_id in empty.registry.actions:
            assert not empty.action(action_id).isEnabled(), action_id
    assert empty.action("open_project").isEnabled() and empty.action("keymap").isEnabled()
    empty.close()
    window = open_window(qtbot, settings, project_path)
    assert window.action("accept_all").isEnabled() and window.action("label.PERSON").isEnabled()
    assert not window.action("undo").isEnabled() and not window.action("span_start_left").isEnabled()
    click_span(qtbot, window, "s5")
    assert window.action("span_start_left").isEnabled()
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.action("undo").isEnabled() and not window.action("redo").isEnabled()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.action("span_end_right").isEnabled()
    window.close()


def test_brackets_move_the_selected_span_edges(qtbot, window) -> None:
    window.action("snap").setChecked(False)  # one character per key press
    start, end = find(QUOTE_TEXT, "Sri Mulyani")
    click_span(qtbot, window, "s1")
    press(qtbot, window, "[")  # start one to the left
    press(qtbot, window, "]")  # and back
    press(qtbot, window, "]")  # start one to the right
    press(qtbot, window, "{")  # end one to the left
    span = next(span for span in stored(qtbot, window).spans if span.id == "s1")
    assert (span.start, span.end, span.text) == (start + 1, end - 1, "ri Mulyan")
    press(qtbot, window, "}")
    assert next(span for span in stored(qtbot, window).spans if span.id == "s1").end == end


def _press_into(qtbot, dialog: KeymapDialog, action_id: str, column: int, key, modifiers=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    editor = dialog.editors[action_id][column]
    dialog.table.scrollToItem(dialog.table.item(dialog.ids.index(action_id), 0))
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor, key, modifiers)


def test_keymap_dialog_warns_about_a_taken_key_saves_and_resets(qtbot, window, settings, project_path: Path) -> None:
    seen: dict[str, object] = {}

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, KeymapDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        _press_into(qtbot, dialog, "span_end_left", 1, Qt.Key.Key_N)  # N opens the next document
        seen["warning"], seen["ok_enabled"] = dialog.warning.text(), ok.isEnabled()
        _press_into(qtbot, dialog, "span_end_left", 1, Qt.Key.Key_Comma)
        seen["warning_after"] = dialog.warning.text()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    found = when_dialog_opens(KeymapDialog, edit)
    window.action("keymap").trigger()
    assert found
    assert "N is used by Move span end left and Next document" in str(seen["warning"])
    assert seen["ok_enabled"] is False and seen["warning_after"] == ""
    assert settings.keymap() == {"span_end_left": ["Alt+Shift+Left", ","]}
    assert "Keyboard shortcuts saved" in window.statusBar().currentMessage()

    window.activateWindow()  # the offscreen platform does not give it back after the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.action("snap").setChecked(False)
    click_span(qtbot, window, "s5")  # "Jakarta"
    press(qtbot, window, ",")  # the new key moves the end one to the left
    assert next(span for span in stored(qtbot, window).spans if span.id == "s5").text == "Jakart"
    window.close()

    again = open_window(qtbot, settings, project_path)  # the keymap outlives the window
    assert [s.toString() for s in again.action("span_end_left").shortcuts()] == ["Alt+Shift+Left", ","]

    def reset(dialog: QDialog) -> None:
        assert isinstance(dialog, KeymapDialog)
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert when_dialog_opens(KeymapDialog, reset) is not None
    again.action("keymap").trigger()
    assert settings.keymap() == {}
    assert [s.toString() for s in again.action("span_end_left").shortcuts()] == ["Alt+Shift+Left", "{"]
    again.close()


def test_a_key_of_the_scheme_cannot_be_given_to_an_action(qtbot, window) -> None:
    dialog = KeymapDialog(window.registry, window)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = range(len(dialog.ids), dialog.table.rowCount())
    shown = {dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text() for row in rows}
    assert shown["Label QUOTE (label scheme)"] == "Q" and shown["Link SPEAKER (label scheme)"] == "S"
    _press_into(qtbot, dialog, "about", 0, Qt.Key.Key_Q)
    assert "Q is used by Label QUOTE and About" in dialog.warning.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.warning.text() == "" and dialog.keymap() == {}


def test_a_window_key_yields_to_a_scheme_that_uses_it(qtbot, settings, tmp_path: Path) -> None:
    scheme = default_scheme()
    scheme = scheme.model_copy(update={"span_labels": [*scheme.span_labels, SpanLabel(name="NEWS", color="#00897b", key="n")]})
    path = tmp_path / "n.annotator"
    text = "Kabar dari Jakarta hari ini."
    with Project.create(path, lang="id", scheme=scheme) as project, project.transaction() as connection:
        insert_documents(connection, [NewDocument("a", text, text_hash(text), {})])
    window = open_window(qtbot, settings, path)
    assert [s.toString() for s in window.action("next_document").shortcuts()] == ["Ctrl+Right"]
    assert [s.toString() for s in window.action("label.NEWS").shortcuts()] == ["N"]
    window.view.set_selection(0, 5)
    press(qtbot, window, "n")
    assert ("NEWS", "Kabar", "human") in {(s.label, s.text, s.source) for s in stored(qtbot, window).spans}
    window.close()

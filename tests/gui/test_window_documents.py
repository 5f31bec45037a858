"""Moving through documents: marking, next, time spent, restoring the last position; the queue."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.gui import dialogs
from annotator.storage import AnnotationEditor, Project
from tests.gui.conftest import open_window
from tests.gui.driving import press, settle, stored
from tests.gui.modal import when_dialog_opens
from tests.gui.projects import Doc, build_project

CTRL = Qt.KeyboardModifier.ControlModifier


def statuses(path: Path, annotator: str = "ana") -> dict[str, tuple[str, float, str | None]]:
    with Project.open(path) as project:
        editor = AnnotationEditor(project, annotator)
        result = {}
        for entry in editor.queue():
            record = editor.record(entry.pk)
            seconds = 0.0
            if record is not None:
                from sqlalchemy import select

                from annotator.storage import tables as t

                with project.engine.connect() as connection:
                    seconds = connection.execute(
                        select(t.annotations.c.seconds)
                        .join(t.users, t.users.c.id == t.annotations.c.user_id)
                        .where(t.annotations.c.document_id == entry.pk, t.users.c.name == annotator)
                    ).scalar_one()
            result[entry.doc_id] = (entry.status, seconds, record.comment if record else None)
        return result


def test_ctrl_enter_accepts_the_document_and_opens_the_next(qtbot, window, project_path) -> None:
    qtbot.wait(50)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-2"
    status, seconds, _comment = statuses(project_path)["kompas-1"]
    assert status == "accepted"
    assert seconds > 0
    assert window.queue.model.entry(0).status == "accepted"
    assert window.undo_stack.count() == 0


def test_reject_and_skip_with_a_comment(qtbot, window, project_path, monkeypatch) -> None:
    monkeypatch.setattr("annotator.gui.window_dialogs.ask_comment", lambda *_args: "only a photo caption")
    window.action("mark_rejected").trigger()
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-2"
    monkeypatch.setattr("annotator.gui.window_dialogs.ask_comment", lambda *_args: "")
    window.action("mark_skipped").trigger()
    settle(qtbot, window)
    result = statuses(project_path)
    assert result["kompas-1"][0] == "rejected" and result["kompas-1"][2] == "only a photo caption"
    assert result["kompas-2"][0] == "skipped" and result["kompas-2"][2] is None
    assert window.session.document.doc_id == "kompas-3"


def test_cancelling_the_comment_keeps_the_document(qtbot, window, project_path, monkeypatch) -> None:
    monkeypatch.setattr("annotator.gui.window_dialogs.ask_comment", lambda *_args: None)
    window.action("mark_rejected").trigger()
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-1"
    assert statuses(project_path)["kompas-1"][0] == "todo"


def test_n_opens_the_next_document_and_records_the_time(qtbot, window, project_path) -> None:
    qtbot.wait(50)
    press(qtbot, window, "n")
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-2"
    status, seconds, _ = statuses(project_path)["kompas-1"]
    assert status == "todo" and seconds > 0  # passed through: the time counts, not as started
    press(qtbot, window, "n")
    settle(qtbot, window)
    press(qtbot, window, "n")
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-1"  # wraps round
    window.action("prev_document").trigger()  # (Ctrl+Left moves by word inside the text)
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-3"


def test_the_undo_stack_belongs_to_one_document(qtbot, window) -> None:
    window.action("accept_all").trigger()
    assert window.undo_stack.canUndo()
    press(qtbot, window, "n")
    settle(qtbot, window)
    assert not window.undo_stack.canUndo()
    press(qtbot, window, "z", CTRL)  # nothing to undo here: kompas-1 keeps its accepted suggestions
    window.open_document(window.queue.model.entry(0).pk)
    settle(qtbot, window)
    assert {span.source for span in stored(qtbot, window).spans} == {"human"}


def test_clicking_the_queue_opens_a_document(qtbot, window) -> None:
    table = window.queue.table
    rect = table.visualRect(window.queue.model.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-3"
    assert window.queue.model.current_pk == window.session.doc_pk


def test_reopening_restores_the_document_and_position(qtbot, tmp_path, settings) -> None:
    paragraphs = [f"Paragraf {number}: " + " ".join(f"kata{number}x{i}" for i in range(60)) for number in range(80)]
    long_text = "\n\n".join(paragraphs)
    path = build_project(tmp_path / "long.annotator", [Doc("a", "Pendek."), Doc("b", long_text, "Panjang")])
    first = open_window(qtbot, settings, path)
    press(qtbot, first, "n")
    settle(qtbot, first)
    assert first.session.document.doc_id == "b"
    target = long_text.index("Paragraf 40:")
    first.view.scroll_to_offset(target)
    qtbot.wait(20)
    seen = first.view.first_visible_offset()
    assert seen > 0
    first.close()
    second = open_window(qtbot, settings, path)
    assert second.session.document.doc_id == "b"
    qtbot.waitUntil(lambda: abs(second.view.first_visible_offset() - seen) < 400, timeout=3000)
    second.close()


def test_queue_filters_by_status_and_searches_text(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # kompas-1 accepted
    settle(qtbot, window)
    panel = window.queue
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("accepted"))
    assert panel.model.rowCount() == 1 and panel.model.entry(0).doc_id == "kompas-1"
    panel.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "Surabaya")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    assert panel.model.entry(0).doc_id == "kompas-3"


def test_the_search_box_keeps_its_keys(qtbot, window) -> None:
    window.queue.search.setFocus()
    qtbot.keyClicks(window.queue.search, "1qn")
    assert window.queue.search.text() == "1qn"
    assert window.session.document.doc_id == "kompas-1"
    assert len(stored(qtbot, window).spans) == 5


def test_queue_pages_through_many_documents(qtbot, tmp_path, settings) -> None:
    docs = [Doc(f"d{number}", f"Berita nomor {number} dari Jakarta.", f"Berita {number}") for number in range(450)]
    path = build_project(tmp_path / "many.annotator", docs)
    window = open_window(qtbot, settings, path)
    model = window.queue.model
    assert model.rowCount() == 200
    assert model.canFetchMore()
    window.queue.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200, timeout=3000)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert model.entry(449).doc_id == "d449"
    window.close()


def test_cheat_sheet_lists_scheme_keys_and_commands(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_F1)
    sheets = [child for child in window.children() if isinstance(child, dialogs.CheatSheet)]
    assert sheets
    text = sheets[-1].browser.toPlainText()
    for expected in ("PERSON", "QUOTE", "SPEAKER", "COREF", "Accept all suggestions", "Undo", "Next document"):
        assert expected in text
    sheets[-1].close()


def test_question_mark_opens_the_cheat_sheet(qtbot, window) -> None:
    press(qtbot, window, "?", Qt.KeyboardModifier.ShiftModifier)
    assert any(isinstance(child, dialogs.CheatSheet) and child.isVisible() for child in window.children())


def test_theme_zoom_and_snapping_are_remembered(qtbot, window, settings) -> None:
    press(qtbot, window, Qt.Key.Key_Equal, CTRL)
    press(qtbot, window, Qt.Key.Key_Equal, CTRL)
    press(qtbot, window, Qt.Key.Key_Minus, CTRL)
    assert window.view.zoom_level() == 1 and settings.zoom == 1
    window.action("dark").trigger()
    assert window.view.is_dark() and settings.dark
    window.action("snap").trigger()
    assert settings.snap is False
    window.action("dark").trigger()
    assert not window.view.is_dark() and not settings.dark


def test_comment_dialog_submits_with_ctrl_enter_and_cancels_with_esc(qtbot, window, project_path) -> None:
    def type_and_submit(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(dialog.text.hasFocus, timeout=3000)  # the text box takes the keys at once
        qtbot.keyClicks(dialog.text, "hanya foto")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)

    assert when_dialog_opens(dialogs.CommentDialog, type_and_submit) is not None
    window.action("mark_rejected").trigger()
    settle(qtbot, window)
    assert statuses(project_path)["kompas-1"][0::2] == ("rejected", "hanya foto")
    assert window.session.document.doc_id == "kompas-2"

    def type_and_escape(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.text, "nanti saja")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)

    found = when_dialog_opens(dialogs.CommentDialog, type_and_escape)
    window.action("mark_skipped").trigger()
    settle(qtbot, window)
    assert found
    assert window.session.document.doc_id == "kompas-2"
    assert statuses(project_path)["kompas-2"][0] == "todo"


def test_queue_shows_documents_another_process_imports(qtbot, window, tmp_path, project_path) -> None:
    import subprocess
    import sys

    source = tmp_path / "kiriman.txt"
    source.write_text("Banjir melanda Semarang pada Selasa malam.\n", encoding="utf-8")
    assert window.queue.model.rowCount() == 3
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "import", str(project_path), str(source)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 4, timeout=10000)  # no typing: the poll sees it
    assert window.queue.model.entry(3).title or window.queue.model.entry(3).doc_id
    assert window.session.document.doc_id == "kompas-1"  # the open document stays
    assert window.queue.model.current_pk == window.session.doc_pk

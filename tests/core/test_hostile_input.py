"""Hostile files and a hostile machine: each ends in one line naming the file (and line), a
non-zero exit code and an unchanged project; never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from annotator.cli.main import main
from annotator.storage import database
from annotator.storage.project import Project
from annotator.text.graphemes import first_split, grapheme_ceil, grapheme_floor, inside_grapheme
from tests.core.helpers import write_jsonl
from tests.core.test_cli_errors import fails_with_one_line, folder_state

DEEP = '{"text": "Budi pergi.", "meta": {"x": ' + "[" * 50_000 + "]" * 50_000 + "}}\n"


@pytest.fixture
def made(tmp_path: Path) -> Path:
    project = tmp_path / "news.annotator"
    assert main(["init", str(project)]) == 0
    return project


def documents(project: Path) -> list[str]:
    connection = sqlite3.connect(project)
    try:
        return [row[0] for row in connection.execute("SELECT text FROM documents ORDER BY rowid")]
    finally:
        connection.close()


def import_problem(capsys: pytest.CaptureFixture[str], project: Path, *files: Path) -> str:
    """The one problem line of a refused import (after the `nothing was imported` header)."""
    capsys.readouterr()
    code = main(["import", str(project), *map(str, files)])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert lines[0] == "annotator: nothing was imported: 1 problem", err
    assert len(lines) == 2, err
    assert documents(project) == []
    return lines[1].strip()


def test_an_unknown_encoding_is_one_line(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Budi pergi.", encoding="utf-8")
    line = fails_with_one_line(capsys, ["import", str(made), str(article), "--encoding", "nonsense"])
    assert "--encoding 'nonsense': no such encoding" in line
    assert documents(made) == []


def test_a_utf16_text_file_is_read_by_its_byte_order_mark(made: Path, tmp_path: Path) -> None:
    article = tmp_path / "notepad.txt"
    article.write_bytes("Budi pergi ke Medan.\r\nIa pulang.\r\n".encode("utf-16"))
    assert main(["import", str(made), str(article)]) == 0
    assert documents(made) == ["Budi pergi ke Medan.\nIa pulang.\n"]


def test_a_utf16_jsonl_file_says_how_to_convert_it(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "records.jsonl"
    records.write_bytes('{"text": "Budi pergi."}\n'.encode("utf-16"))
    problem = import_problem(capsys, made, records)
    assert problem.startswith("records.jsonl:1: the file is UTF-16") and "iconv -f UTF-16 -t UTF-8" in problem


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_deeply_nested_json_is_a_problem_not_a_crash(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    path = tmp_path / f"deep{suffix}"
    path.write_text(DEEP, encoding="utf-8")
    problem = import_problem(capsys, made, path)
    assert problem.startswith(f"deep{suffix}") and ("nested too deeply" in problem or "recursion limit" in problem)


@pytest.mark.parametrize("command", [["prelabel", "{path}", "-o", "{out}"], ["evaluate", "{path}", "--prelabel"]])
def test_deeply_nested_json_in_other_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text(DEEP, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    line = fails_with_one_line(capsys, [part.format(path=path, out=out) for part in command])
    assert "line 1" in line and "nested too deeply" in line
    assert not out.exists()


def test_prelabel_of_a_file_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes('{"text": "Café di Medan."}\n'.encode("latin-1"))
    line = fails_with_one_line(capsys, ["prelabel", str(path), "-o", str(tmp_path / "out.jsonl")])
    assert str(path) in line and "not UTF-8" in line


def test_a_field_of_the_wrong_type_is_named(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": "Budi pergi.", "meta": "kemarin"}])
    assert import_problem(capsys, made, path).startswith("a.jsonl:1: meta: ")


CUT = {
    "a letter from its accent": ("René pergi.".replace("é", "e\u0301"), 0, 4, "PERSON", "é".replace("é", "e\u0301")),
    "a family joined by ZWJ": ("Keluarga \U0001f468\u200d\U0001f469\u200d\U0001f467 pergi.", 9, 11, "PERSON", None),
    "a flag": ("Bendera \U0001f1ee\U0001f1e9 naik.", 8, 9, "GPE", "\U0001f1ee\U0001f1e9"),
    "a skin tone": ("Jempol \U0001f44d\U0001f3fd oke.", 7, 8, "PERSON", "\U0001f44d\U0001f3fd"),
}


@pytest.mark.parametrize("case", CUT.values(), ids=CUT.keys())
def test_a_span_that_cuts_a_character_is_refused(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: tuple[str, int, int, str, str | None]
) -> None:
    text, start, end, label, whole = case
    path = write_jsonl(tmp_path / "cut.jsonl", [{"text": text, "spans": [{"start": start, "end": end, "label": label}]}])
    problem = import_problem(capsys, made, path)
    assert problem.startswith(f"cut.jsonl:1: span 's1' ({label}) ") and "may not be cut" in problem
    if whole:
        assert repr(whole) in problem


def test_spans_around_whole_characters_are_kept(made: Path, tmp_path: Path) -> None:
    text = "Bendera \U0001f1ee\U0001f1e9\U0001f1ee\U0001f1e9 dan Rene\u0301 \U0001f44d\U0001f3fd."
    spans = [
        {"start": 8, "end": 10, "label": "GPE"},
        {"start": 10, "end": 12, "label": "GPE"},
        {"start": 17, "end": 22, "label": "PERSON"},
    ]
    path = write_jsonl(tmp_path / "whole.jsonl", [{"text": text, "spans": spans}])
    assert main(["import", str(made), str(path)]) == 0
    assert documents(made) == [text]


def test_flags_pair_up_from_the_start_of_their_run() -> None:
    flags = "x\U0001f1ee\U0001f1e9\U0001f1ee\U0001f1e9\U0001f1ee"
    assert [offset for offset in range(len(flags) + 1) if inside_grapheme(flags, offset)] == [2, 4]
    assert (grapheme_floor(flags, 4), grapheme_ceil(flags, 4)) == (3, 5)
    assert first_split("plain ascii", [1, 3]) is None


def test_a_brat_line_of_no_known_kind_is_refused(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "doc.txt").write_text("Budi pergi.\n", encoding="utf-8")
    (tmp_path / "doc.ann").write_text("T1\tPERSON 0 4\tBudi\ngarbage line\n", encoding="utf-8")
    assert import_problem(capsys, made, tmp_path / "doc.ann") == "doc.ann:2: not a brat standoff line: 'garbage line'"


@pytest.fixture
def tiny_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every project opened from now on lives on a disk of a few pages: SQLite itself reports
    ``database or disk is full`` (its max_page_count), as on a full disk."""
    opened = Project.open

    def open_small(location: str | Path, **options: object) -> Project:
        project = opened(location, **options)  # type: ignore[arg-type]
        event.listen(project.engine, "connect", lambda connection, _record: connection.execute("PRAGMA max_page_count = 40"))
        project.engine.dispose()
        return project

    monkeypatch.setattr(Project, "open", staticmethod(open_small))


def test_a_full_disk_during_import_is_one_line(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], tiny_disk: None
) -> None:
    path = write_jsonl(tmp_path / "many.jsonl", [{"text": f"Dokumen {n}. " + "Budi pergi ke pasar. " * 40} for n in range(300)])
    line = fails_with_one_line(capsys, ["import", str(made), str(path)])
    assert line == (
        f"annotator: {made}: the disk is full; free some space and try again; "
        "nothing was changed by the step under way"
    )
    assert documents(made) == []


def test_a_locked_project_is_one_line(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 100)
    article = tmp_path / "a.txt"
    article.write_text("Budi pergi.", encoding="utf-8")
    other = sqlite3.connect(made, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        line = fails_with_one_line(capsys, ["import", str(made), str(article)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert f"{made}: another program is writing to the project" in line
    assert documents(made) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_read_only_folder_is_named(made: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = folder_state(made.parent)
    made.parent.chmod(0o555)
    try:
        line = fails_with_one_line(capsys, ["stats", str(made)])
    finally:
        made.parent.chmod(0o755)
    assert "its folder is read-only" in line or "the file is read-only" in line
    assert folder_state(made.parent) == before


def test_an_id_of_the_wrong_type_in_json(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"id": ["x"], "text": "Budi pergi."}) + "\n", encoding="utf-8")
    assert import_problem(capsys, made, path).startswith("ids.jsonl:1: id: ")


def test_a_text_over_the_pipelines_limit_stops_prelabelling_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "long.jsonl", [{"text": "Budi pergi ke pasar. " * 60_000}])
    out = tmp_path / "out.jsonl"
    line = fails_with_one_line(capsys, ["prelabel", str(path), "-o", str(out)])
    assert "a document of 1,260,000 characters is over the pipeline's limit" in line and "nothing was written" in line
    assert not out.exists() and list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["evaluate", "{empty}", "--prelabel"], "no records in it"),
        (["merge", "{project}", "--as", " "], "--as needs the name of a lead"),
    ],
)
def test_empty_arguments(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    line = fails_with_one_line(capsys, [part.format(empty=empty, project=made) for part in argv])
    assert words in line


def test_a_device_or_pipe_is_named_as_such(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    assert import_problem(capsys, made, pipe).endswith("feed.txt: not a file or folder (a device or a pipe?)")

"""Command-line mistakes end in one line on stderr, a non-zero exit code, no traceback, and
nothing changed (no project file made or altered, no output written)."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

import pytest

from annotator.cli.main import main
from tests.conftest import POSTGRES_URL
from tests.core.fake_postgres import refusing_server
from tests.core.helpers import write_jsonl


def fails_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    code = main(argv)
    captured = capsys.readouterr()
    assert code != 0, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err and lines[0].startswith("annotator: ")
    return lines[0]


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a digest of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def made(tmp_path: Path) -> Path:
    project = tmp_path / "news.annotator"
    assert main(["init", str(project)]) == 0
    assert main(["import", str(project), str(write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": "Budi di Medan."}]))]) == 0
    return project


def test_export_into_a_missing_folder(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    before = folder_state(tmp_path)
    line = fails_with_one_line(capsys, ["export", str(made), "-o", str(tmp_path / "nowhere" / "out.jsonl")])
    assert "does not exist; create it first" in line
    assert folder_state(tmp_path) == before


def test_export_onto_a_folder(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "exports").mkdir()
    capsys.readouterr()
    before = folder_state(tmp_path)
    line = fails_with_one_line(capsys, ["export", str(made), "-o", str(tmp_path / "exports")])
    assert "is a folder; give a file name" in line and "corpus.jsonl" in line
    assert folder_state(tmp_path) == before


def test_init_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = fails_with_one_line(capsys, ["init", str(tmp_path / "no" / "such" / "news.annotator")])
    assert "does not exist; create it first (mkdir -p" in line
    assert list(tmp_path.iterdir()) == []


def test_init_onto_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = fails_with_one_line(capsys, ["init", str(tmp_path)])
    assert "is a folder" in line
    assert list(tmp_path.iterdir()) == []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_init_on_an_unreachable_server_masks_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://ann:s3cret-pw@127.0.0.1:{_free_port()}/news"
    line = fails_with_one_line(capsys, ["init", url])
    assert "cannot reach the database server" in line
    assert "s3cret-pw" not in line and "postgresql://ann:***@127.0.0.1" in line


def test_init_with_a_wrong_password(capsys: pytest.CaptureFixture[str]) -> None:
    with refusing_server() as port:
        line = fails_with_one_line(capsys, ["init", f"postgresql://ann:wrong-pw@127.0.0.1:{port}/news"])
    assert "refused the user name or password" in line
    assert "wrong-pw" not in line


@pytest.mark.postgres
def test_init_on_a_database_that_does_not_exist(capsys: pytest.CaptureFixture[str]) -> None:
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set ANNOTATOR_TEST_POSTGRES_URL)")
    import psycopg

    url = POSTGRES_URL.rsplit("/", 1)[0] + "/annotator_no_such_database"
    line = fails_with_one_line(capsys, ["init", url])
    assert "the database 'annotator_no_such_database' does not exist" in line and "createdb" in line
    with psycopg.connect(POSTGRES_URL) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = 'annotator_no_such_database'").fetchone()
    assert found is None


def test_stats_on_a_database_url_with_a_password_never_shows_it(capsys: pytest.CaptureFixture[str]) -> None:
    line = fails_with_one_line(capsys, ["stats", f"postgresql://ann:hunter2@127.0.0.1:{_free_port()}/news"])
    assert "hunter2" not in line and "***" in line


# --- things that are not projects ------------------------------------------------------------


def test_an_empty_file_is_not_turned_into_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "news.annotator"
    empty.touch()
    for argv in (["stats", str(empty)], ["import", str(empty), str(empty)], ["export", str(empty), "-o", "-"]):
        line = fails_with_one_line(capsys, argv)
        assert "is an empty file, not an annotator project" in line
    assert empty.read_bytes() == b""
    assert sorted(path.name for path in tmp_path.iterdir()) == ["news.annotator"]  # no -wal or -shm beside it


@pytest.mark.parametrize("name", ["feed.jsonl", "export.csv", "article.txt", "page.html"])
def test_articles_given_as_a_project_get_a_hint_to_import(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    articles = tmp_path / name
    articles.write_text("Budi di Medan.\n", encoding="utf-8")
    line = fails_with_one_line(capsys, ["stats", str(articles)])
    assert "not an annotator project" in line and f"annotator import news.annotator {articles}" in line
    assert articles.read_text(encoding="utf-8") == "Budi di Medan.\n"


def test_another_sqlite_database_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    before = folder_state(tmp_path)
    line = fails_with_one_line(capsys, ["stats", str(other)])
    assert "a SQLite database, but not an annotator project" in line
    assert folder_state(tmp_path) == before


# --- init --lang -----------------------------------------------------------------------------


def test_init_refuses_an_unknown_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = fails_with_one_line(capsys, ["init", str(tmp_path / "a.annotator"), "--lang", "indonesian"])
    assert "not a language code spaCy knows (did you mean --lang id?)" in line
    assert "annotator init --list-languages" in line
    line = fails_with_one_line(capsys, ["init", str(tmp_path / "a.annotator"), "--lang", "qq"])
    assert "did you mean" not in line
    assert list(tmp_path.iterdir()) == []


def test_init_warns_when_the_language_cannot_be_prelabelled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path / "fr.annotator"), "--lang", "fr"]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("warning: no pre-labelling resources for French (fr)")
    assert "created" in captured.out
    assert main(["init", str(tmp_path / "en.annotator"), "--lang", "en"]) == 0
    assert capsys.readouterr().err == ""


def test_list_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--list-languages"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "id   Indonesian  (pre-labelling resources)" in lines
    assert "fr   French" in lines
    assert len(lines) > 50


# --- the window without a display --------------------------------------------------------------


def test_no_display_is_one_line_not_a_qt_abort(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    line = fails_with_one_line(capsys, ["gui"])
    assert "no display to open the window on" in line
    line = fails_with_one_line(capsys, ["news.annotator"])  # `annotator PROJECT` is `annotator gui PROJECT`
    assert "no display to open the window on" in line


def test_missing_xcb_libraries_are_named_with_their_packages(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ctypes.util

    real = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else real(name) or name)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr("sys.platform", "linux")
    line = fails_with_one_line(capsys, ["gui"])
    assert line.endswith("install them with `sudo apt-get install libxcb-cursor0`")


def test_a_path_as_first_argument_opens_the_window() -> None:
    from annotator.cli.main import _project_shortcut

    assert _project_shortcut(["news.annotator"]) == ["gui", "news.annotator"]
    url = "postgresql://u@h/db"
    assert _project_shortcut([url, "--annotator", "ana"]) == ["gui", url, "--annotator", "ana"]
    assert _project_shortcut(["import", "news.annotator", "a.txt"]) == ["import", "news.annotator", "a.txt"]
    assert _project_shortcut(["--version"]) == ["--version"]
    assert _project_shortcut(["nonsense"]) == ["nonsense"]  # argparse names the valid commands


def test_readme_and_ci_install_every_library_qt_needs() -> None:
    from annotator.cli.commands.gui import XCB_LIBRARIES

    root = Path(__file__).resolve().parents[2]
    for text in ((root / "README.md").read_text(encoding="utf-8"), (root / ".ci" / "run").read_text(encoding="utf-8")):
        assert [package for package in XCB_LIBRARIES.values() if package not in text] == []


def test_the_library_list_matches_the_installed_qt_plugin() -> None:
    import shutil
    import subprocess

    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    qpa = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    if not plugin.is_file() or not qpa.is_file() or shutil.which("readelf") is None:
        pytest.skip("no xcb plugin or no readelf")
    from annotator.cli.commands.gui import XCB_LIBRARIES

    output = subprocess.run(["readelf", "-d", str(plugin), str(qpa)], capture_output=True, text=True, check=True).stdout
    needed = {line.split("[lib", 1)[1].split(".so", 1)[0] for line in output.splitlines() if "(NEEDED)" in line}
    xcb_needed = {name for name in needed if "xcb" in name or "xkb" in name}
    assert xcb_needed <= set(XCB_LIBRARIES)


def test_the_window_refuses_articles_before_qt_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"text": "Budi di Medan."}])
    before = folder_state(tmp_path)
    monkeypatch.setenv("DISPLAY", ":0")
    line = fails_with_one_line(capsys, [str(feed)])  # `annotator feed.jsonl`
    assert "not an annotator project" in line and "annotator import news.annotator" in line
    assert folder_state(tmp_path) == before


def test_schemas_make_their_folder_like_a_folder_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schemas", "-o", str(tmp_path / "schemas")]) == 0
    assert (tmp_path / "schemas" / "record.schema.json").is_file()
    assert main(["schemas", "--check", "-o", str(tmp_path / "schemas")]) == 0


def test_schemas_into_a_missing_parent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = fails_with_one_line(capsys, ["schemas", "-o", str(tmp_path / "no" / "such" / "schemas")])
    assert "does not exist; create it first (mkdir -p" in line
    assert list(tmp_path.iterdir()) == []


def test_schemas_onto_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "schemas").write_text("x", encoding="utf-8")
    line = fails_with_one_line(capsys, ["schemas", "-o", str(tmp_path / "schemas")])
    assert "is a file" in line
    assert (tmp_path / "schemas").read_text(encoding="utf-8") == "x"


def test_schemas_check_of_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = fails_with_one_line(capsys, ["schemas", "--check", "-o", str(tmp_path / "nowhere")])
    assert "no such folder" in line
    assert list(tmp_path.iterdir()) == []

"""`annotator gui`: the screenshot mode, the sample project, and a Qt-free `annotator --help`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.gui.projects import build_project, sample_docs

ROOT = Path(__file__).resolve().parents[2]


def run_cli(args: list[str], home: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def project_contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite project (read, not written; no -wal file left behind)."""
    import sqlite3

    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"'))) for table in tables}
    finally:
        connection.close()


def remember_project(home: Path, project: Path) -> Path:
    """Settings as a previous run leaves them: this project opened last, by "ana"; returns the file."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from annotator.gui.settings import Settings; s = Settings(); s.annotator = 'ana'; "
            "s.add_recent_project(sys.argv[1]); s.sync()",
            str(project),
        ],
        cwd=ROOT,
        env={**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (config,) = (home / "config").rglob("*.conf")
    return config


def test_screenshot_of_a_project_changes_neither_project_nor_settings(tmp_path: Path) -> None:
    project = build_project(tmp_path / "news.annotator", sample_docs())
    other = build_project(tmp_path / "other.annotator", sample_docs())
    config = remember_project(tmp_path, other)
    settings_before = config.read_bytes()
    before = project_contents(project)
    shot = tmp_path / "shot.png"
    result = run_cli(["gui", str(project), "--annotator", "ana", "--screenshot", str(shot)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no notices of the off-screen display plugin
    image = QImage(str(shot))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1440, 900)
    # the window showed the first document with its pre-labels (coloured pixels), but nothing was written
    assert len({image.pixel(x, y) for x in range(0, 1440, 7) for y in range(0, 900, 7)}) > 20
    assert project_contents(project) == before
    assert before["events"] == [] and len(before["annotations"]) == 1  # the pre-labels only
    assert config.read_bytes() == settings_before  # the last project is still the other one
    assert sorted(path.name for path in tmp_path.iterdir() if "annotator" in path.name) == ["news.annotator", "other.annotator"]


def test_screenshot_of_the_last_project(tmp_path: Path) -> None:
    project = build_project(tmp_path / "news.annotator", sample_docs())
    config = remember_project(tmp_path, project)
    settings_before, before = config.read_bytes(), project_contents(project)
    result = run_cli(["gui", "--screenshot", str(tmp_path / "shot.png")], tmp_path)
    assert result.returncode == 0, result.stderr
    assert not QImage(str(tmp_path / "shot.png")).isNull()
    assert project_contents(project) == before and config.read_bytes() == settings_before


@pytest.mark.slow
def test_no_project_opens_the_sample_project(tmp_path: Path) -> None:
    shot = tmp_path / "sample.png"
    result = run_cli(["gui", "--annotator", "ana", "--screenshot", str(shot)], tmp_path, timeout=600)
    assert result.returncode == 0, result.stderr
    assert not QImage(str(shot)).isNull()
    assert list((tmp_path / "data").rglob("sample.annotator"))


def test_help_stays_free_of_qt() -> None:
    code = (
        "import sys; from annotator.cli.main import build_parser; build_parser(); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_gui_command_is_registered() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "gui", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0
    assert "--screenshot" in result.stdout and "--annotator" in result.stdout


def test_a_missing_project_is_an_error(tmp_path: Path) -> None:
    result = run_cli(["gui", str(tmp_path / "nowhere.annotator"), "--screenshot", str(tmp_path / "x.png")], tmp_path)
    assert result.returncode == 1
    assert "no such project file" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_annotator_project_opens_the_window_on_it(tmp_path: Path) -> None:
    project = build_project(tmp_path / "news.annotator", sample_docs())
    result = run_cli([str(project), "--annotator", "ana", "--screenshot", str(tmp_path / "shot.png")], tmp_path)
    assert result.returncode == 0, result.stderr
    assert not QImage(str(tmp_path / "shot.png")).isNull()

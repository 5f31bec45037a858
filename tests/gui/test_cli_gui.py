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


def test_screenshot_of_a_project(tmp_path: Path) -> None:
    project = build_project(tmp_path / "news.annotator", sample_docs())
    shot = tmp_path / "shot.png"
    result = run_cli(["gui", str(project), "--annotator", "ana", "--screenshot", str(shot)], tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1440, 900)
    # the document was opened for "ana", the window showed its first document
    from annotator.storage import AnnotationEditor, Project

    with Project.open(project) as opened:
        assert AnnotationEditor(opened, "ana").record(opened.document_by_id("kompas-1").pk) is not None


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

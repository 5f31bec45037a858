"""Models of a project on a PostgreSQL server: kept in the user's data folder, in a folder named
after the project's URL without its password, with no ``-o`` needed."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.storage import Project
from annotator.training.store import server_key, server_models_folder, user_data_folder
from tests.core.helpers import write_jsonl
from tests.formats.test_training import gold_records


def test_the_folder_of_a_server_project_names_it_without_its_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = "postgresql://alice:s3cret@db.example.org:5432/news"
    key = server_key(url)
    assert "s3cret" not in key and key.startswith("postgresql-alice@db.example.org-5432-news-")
    assert server_key("postgres://alice@db.example.org:5432/news") == key  # the password and the scheme's spelling aside
    assert server_key("postgresql://alice@db.example.org:5432/other") != key
    assert server_key("postgresql://bob@db.example.org:5432/news") != key
    if sys.platform not in ("win32", "darwin"):  # elsewhere the folder is the system's, not XDG's
        assert user_data_folder() == tmp_path / "data" / "annotator" / "annotator"
        assert server_models_folder(url) == tmp_path / "data" / "annotator" / "annotator" / "models" / key
    assert server_models_folder(url, tmp_path / "qt") == tmp_path / "qt" / "models" / key


@pytest.mark.slow
@pytest.mark.postgres
def test_train_a_server_project_without_an_output_folder(
    server_project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["import", server_project, str(write_jsonl(tmp_path / "gold.jsonl", gold_records(2)))]) == 0
    capsys.readouterr()
    assert main(["train", server_project, "--max-steps", "2"]) == 0
    folder = tmp_path / "data" / "annotator" / "annotator" / "models" / server_key(server_project) / "v1"
    assert f"model v1 stored in {folder}" in capsys.readouterr().out
    assert json.loads((folder / "training.json").read_text())["version"] == 1
    with Project.open(server_project) as project:
        assert project.settings()["models"][0]["path"] == str(folder.resolve())
    assert main(["prelabel", server_project, "--model", "latest"]) == 0


@pytest.fixture
def server_project() -> Iterator[str]:
    from tests.conftest import POSTGRES_URL, _postgres_database

    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set ANNOTATOR_TEST_POSTGRES_URL)")
    for url in _postgres_database():
        assert main(["init", url, "--lang", "id"]) == 0
        yield url

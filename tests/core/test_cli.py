"""The command line, through its entry point and once as the installed console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli.main import main
from tests.core.helpers import read_jsonl, write_jsonl


def test_init_import_stats_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project, "--lang", "id"]) == 0
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "text": "Budi di Medan.", "spans": [{"start": 8, "end": 13, "label": "GPE"}]},
            {"id": "b", "text": "Ani di Solo."},
        ],
    )
    assert main(["import", project, str(source)]) == 0
    assert "imported 2 documents" in capsys.readouterr().out
    assert main(["stats", project, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 2 and stats["spans_by_label"] == {"GPE": 1}
    out = tmp_path / "out.jsonl"
    assert main(["export", project, "-o", str(out), "--only-annotated"]) == 0
    assert [record["id"] for record in read_jsonl(out)] == ["a"]


def test_errors_exit_non_zero_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = str(tmp_path / "news.annotator")
    assert main(["import", project, "x.jsonl"]) == 2
    assert "no such project file" in capsys.readouterr().err
    main(["init", project])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"text": 5}\n', encoding="utf-8")
    assert main(["import", project, str(bad)]) == 2
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "bad.jsonl:2: text: Input should be a valid string" in err
    assert main(["init", project]) == 2
    assert "exists already" in capsys.readouterr().err


def test_init_with_a_bad_scheme_names_the_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scheme = tmp_path / "scheme.toml"
    scheme.write_text('[[span_labels]]\nname = "lower"\ncolor = "#000000"\n', encoding="utf-8")
    assert main(["init", str(tmp_path / "p.annotator"), "--scheme", str(scheme)]) == 2
    assert "span_labels[0] ('lower').name" in capsys.readouterr().err
    assert not (tmp_path / "p.annotator").exists()


def test_console_script_is_installed(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "init", str(tmp_path / "p.annotator"), "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "language en" in result.stdout


def test_schemas_are_up_to_date() -> None:
    from annotator.model.json_schemas import stale_schemas

    schemas = Path(__file__).resolve().parents[2] / "schemas"
    assert stale_schemas(schemas) == [], "run `annotator schemas` and commit schemas/"


def test_stale_schemas_are_detected(tmp_path: Path) -> None:
    from annotator.model.json_schemas import stale_schemas, write_schemas

    write_schemas(tmp_path)
    assert stale_schemas(tmp_path) == []
    (tmp_path / "record.schema.json").write_text("{}", encoding="utf-8")
    assert stale_schemas(tmp_path) == ["record.schema.json"]
    assert main(["schemas", "--check", "-o", str(tmp_path)]) == 1

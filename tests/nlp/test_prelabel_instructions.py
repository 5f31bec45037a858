"""benchmarks/prelabel_instructions.py: its client request is harmless outside valgrind, and under
valgrind it counts the instructions of one pass (skipped where valgrind is not installed)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("prelabel_instructions", ROOT / "benchmarks" / "prelabel_instructions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform != "linux", reason="the client request is written for x86-64 Linux")
def test_client_requests_do_nothing_outside_valgrind() -> None:
    script = _script()
    request = script.client_request()
    assert request(script.RUNNING_ON_VALGRIND) == 0
    assert request(script.START_INSTRUMENTATION) == 0 and request(script.STOP_INSTRUMENTATION) == 0


def test_profile_prints_the_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["--profile", "5", "--lang", "en", "--docs", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("English: 2 texts,") and "tottime" in out


@pytest.mark.slow  # about 30 s under valgrind on a quiet machine
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_instructions_of_one_pass_are_counted(capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["--lang", "en", "--docs", "1"]) == 0
    out = capsys.readouterr().out
    count = float(out.split(" words: ")[1].split(" million")[0].replace(",", ""))
    assert out.startswith("English: 1 texts of data/real/dev/en.jsonl") and 1 < count < 1000, out


@pytest.mark.slow  # about a minute under valgrind on a quiet machine
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_pattern_instructions_name_the_tokenizer_pattern() -> None:
    """benchmarks/pattern_instructions.py (run apart: it wraps re.compile for the whole process)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "pattern_instructions.py"), "--lang", "en", "--docs", "1", "--top", "40"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "million instructions in all replayed pattern calls" in lines[0]
    assert any("tokenizer.py:" in line and ".findall" in line for line in lines[1:]), done.stdout

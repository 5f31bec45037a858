"""Help screens: no raw markup, a help line for every argument, and counts that agree with their noun."""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

from annotator.cli.main import build_parser, main
from annotator.wording import noun, plural
from tests.core.helpers import write_jsonl

ROOT = Path(__file__).resolve().parents[2]


def subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (action,) = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    return {"": parser, **action.choices}


@pytest.mark.parametrize("command", list(subparsers()))
def test_every_help_screen_is_clean_and_complete(command: str) -> None:
    parser = subparsers()[command]
    text = parser.format_help()
    assert "``" not in text and ":func:" not in text and ":class:" not in text
    undocumented = [
        action.dest
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction | argparse._VersionAction) and not (action.help or "").strip()
    ]
    assert undocumented == [], f"`annotator {command} --help`: no help for {undocumented}"
    if command:
        assert parser.description, f"`annotator {command} --help` has no description"


def test_help_runs_as_a_program() -> None:
    result = subprocess.run([sys.executable, "-m", "annotator", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "annotator PROJECT" in result.stdout


def test_plurals() -> None:
    assert [plural(n, "document") for n in (0, 1, 2)] == ["0 documents", "1 document", "2 documents"]
    assert plural(1, "entry") == "1 entry" and plural(3, "entry") == "3 entries"
    assert (noun(1, "has", "have"), noun(2, "has", "have")) == ("has", "have")
    assert plural(12000, "span") == "12,000 spans"


def test_counts_are_worded_by_one_helper() -> None:
    """Messages of the command line and the window agree (plurals, thousands) when they share wording.plural."""
    # annotator/nlp/ (the pre-labeller's rules) is worked on apart; its one message is left to its owners
    sources = [path for path in (ROOT / "annotator").rglob("*.py") if path.name != "wording.py" and "nlp" not in path.parts]
    own = [path.name for path in sources if re.search(r"def _?plural\(count", path.read_text(encoding="utf-8"))]
    hand_made = [
        f"{path.name}: {match}"
        for path in sources
        for match in re.findall(r"\{'s' if [^}]*\}|\{'' if [^}]* else 's'\}", path.read_text(encoding="utf-8"))
    ]
    assert own == [] and hand_made == []


MAYBE_PLURAL = re.compile(r"\w+\(s\)")
TEXT_TOKENS = {tokenize.STRING} | ({tokenize.FSTRING_MIDDLE} if hasattr(tokenize, "FSTRING_MIDDLE") else set())


def maybe_plurals(source: str) -> list[str]:
    """Hedged plurals such as `file(s)` in the string literals of a module (its code is not read: `f(s)` is a call)."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [match for token in tokens if token.type in TEXT_TOKENS for match in MAYBE_PLURAL.findall(token.string)]


def test_maybe_plurals_are_found_in_strings_and_not_in_calls() -> None:
    source = 'def f(s):\n    return len(s)\n\nMESSAGE = f"{len(x)} file(s) read"\nOTHER = "name(s)"\n'
    assert maybe_plurals(source) == ["file(s)", "name(s)"]


def test_no_maybe_plural_is_left_in_the_command_line_or_the_window() -> None:
    sources = list((ROOT / "annotator").rglob("*.py"))
    offenders = [f"{path.name}: {match}" for path in sources for match in maybe_plurals(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_one_document_is_singular_in_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project]) == 0
    record = {"id": "a", "text": "Budi di Medan.", "spans": [{"start": 8, "end": 13, "label": "GPE"}]}
    assert main(["import", project, str(write_jsonl(tmp_path / "a.jsonl", [record]))]) == 0
    assert main(["export", project, "-o", str(tmp_path / "out.jsonl")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2] == "imported 1 document from 1 file; 0 duplicates skipped; 1 annotation with 1 span and 0 relations"
    assert out[-1] == f"exported 1 record of 1 document as jsonl to {tmp_path / 'out.jsonl'}"

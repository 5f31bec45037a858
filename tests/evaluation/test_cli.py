"""``annotator evaluate`` end to end: files in, scores and error messages out."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.model import Relation, Span
from tests.evaluation.helpers import GOLD_RELATIONS, GOLD_SPANS, gold_record, make


def write(path: Path, *records) -> Path:
    path.write_text("".join(record.model_dump_json(exclude_none=True) + "\n" for record in records), "utf-8")
    return path


def test_text_and_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write(tmp_path / "gold.jsonl", gold_record())
    spans = [span for span in GOLD_SPANS if span[0] != "q2"]
    pred = write(tmp_path / "pred.jsonl", make(spans, [rel for rel in GOLD_RELATIONS if rel[0] != "q2"]))
    assert main(["evaluate", str(gold), str(pred)]) == 0
    out = capsys.readouterr().out
    assert "Direct quotes:     P 1.000  R 0.500  F1 0.667  (gold 2, predicted 1, correct 1)" in out
    assert main(["evaluate", str(gold), str(pred), "--json", "--labels", "PERSON,ORG"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quotes"]["detection"]["recall"] == 0.5
    assert list(data["entities"]) == ["PERSON", "ORG"]
    assert data["entity_micro"]["gold"] == 5
    assert "problems" not in data


def test_errors_lists_disagreements(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write(tmp_path / "gold.jsonl", gold_record())
    pred = write(tmp_path / "pred.jsonl", make([s for s in GOLD_SPANS if s[0] != "q2"], GOLD_RELATIONS[:3]))
    assert main(["evaluate", str(gold), str(pred), "--errors"]) == 0
    assert "doc1: missed quote: gold 'Harga akan turun', predicted None" in capsys.readouterr().out


def test_malformed_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write(tmp_path / "gold.jsonl", gold_record())
    pred = tmp_path / "pred.jsonl"
    pred.write_text(gold_record().model_dump_json() + "\n\n{not json\n", "utf-8")
    assert main(["evaluate", str(gold), str(pred)]) == 2
    assert f"{pred} line 3: not valid JSON" in capsys.readouterr().err


def test_missing_file_and_unpaired_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write(tmp_path / "gold.jsonl", gold_record())
    assert main(["evaluate", str(gold), str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: no such file" in capsys.readouterr().err
    pred = write(tmp_path / "pred.jsonl", make([], text="Lain sama sekali.", record_id="x"))
    assert main(["evaluate", str(gold), str(pred)]) == 2
    assert f"{gold} line 1: no predicted record with id 'doc1'" in capsys.readouterr().err


def test_needs_exactly_one_prediction_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write(tmp_path / "gold.jsonl", gold_record())
    assert main(["evaluate", str(gold)]) == 2
    assert "exactly one" in capsys.readouterr().err


def test_prelabel_runs_the_prelabeller_on_gold_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stand-in ``annotator.nlp`` module that finds the first quote only, to check the wiring."""
    calls: list[tuple[str, str | None]] = []

    def prelabel(text: str, lang: str = "id", *, model: str | None = None) -> tuple[list[Span], list[Relation]]:
        calls.append((lang, model))
        start = text.index("Stok")
        return [Span(start=start, end=start + 15, label="QUOTE")], []

    fake = types.ModuleType("annotator.nlp")
    fake.prelabel = prelabel  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "annotator.nlp", fake)
    record = gold_record()
    record.meta.lang = "id"
    gold = write(tmp_path / "gold.jsonl", record)
    assert main(["evaluate", str(gold), "--prelabel", "--model", "m1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert calls == [("id", "m1")]
    assert data["quotes"]["detection"] == {"gold": 2, "predicted": 1, "correct": 1, "precision": 1.0, "recall": 0.5, "f1": 2 / 3}
    assert data["quotes"]["speaker_named"] == {"correct": 0, "total": 1, "accuracy": 0.0}

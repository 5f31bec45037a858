"""``annotator train`` with a few steps on a few documents, then pre-labelling with the result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.storage import Project
from tests.core.helpers import read_jsonl, write_jsonl
from tests.formats.corpus import records

pytestmark = pytest.mark.slow


def gold_records(count: int) -> list[dict]:
    lines = []
    for number in range(count):
        for record in records():
            text = f"{record['text']} (Berita {number}.)"
            lines.append(record | {"id": f"{record['id']}-{number}", "text": text, "annotator": "lead", "layer": "gold"})
    return lines


def test_train_then_prelabel_with_the_latest_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project, "--lang", "id"]) == 0
    assert main(["import", project, str(write_jsonl(tmp_path / "gold.jsonl", gold_records(6)))]) == 0
    capsys.readouterr()
    assert main(["train", project, "--max-steps", "4", "--use"]) == 0
    out = capsys.readouterr().out
    assert "held-out scores on 1 test document (documents: dev 1, test 1, train 10)" in out
    for label in ("PERSON", "GPE", "QUOTE", "CUE", "SPEAKER"):
        assert any(line.startswith(label) for line in out.splitlines()), label
    folder = tmp_path / "news.models" / "v1"
    info = json.loads((folder / "training.json").read_text())
    assert info["version"] == 1 and info["layer"] == "gold" and info["documents"]["train"] == 10
    assert sorted(ident for ids in info["document_ids"].values() for ident in ids) == sorted(
        record["id"] for record in gold_records(6)
    )
    assert set(info["scores"]["QUOTE"]) == {"model", "rules", "better"}
    assert set(info["better"]) >= {"PERSON", "GPE", "QUOTE"} and set(info["better"].values()) <= {"model", "rules"}
    config = (folder / "config.cfg").read_text()
    assert "annotator_label_choice" in config  # the per-label choice travels with the model
    assert "the model's spans are used for:" in out
    with Project.open(project) as opened:
        assert [entry["version"] for entry in opened.settings()["models"]] == [1]

    new = [{"id": "baru", "text": "JAKARTA, Kompas.id – “Harga beras naik lagi,” kata Rina Hartono di Medan."}]
    assert main(["import", project, str(write_jsonl(tmp_path / "new.jsonl", new))]) == 0
    import annotator.nlp.pipeline as pipeline

    loaded: list[str] = []
    real_load = pipeline.load_model
    monkeypatch.setattr(pipeline, "load_model", lambda model: loaded.append(model) or real_load(model))
    pipeline.clear_cache()
    assert main(["prelabel", project]) == 0  # the project's setting names its latest model
    assert loaded == [str(folder.resolve())]
    assert "pre-labelled 13 documents" in capsys.readouterr().out  # the gold documents had no pre-label yet
    assert main(["export", project, "-o", str(tmp_path / "out.jsonl"), "--layer", "prelabel"]) == 0
    prelabelled = [line for line in read_jsonl(tmp_path / "out.jsonl") if line["id"] == "baru"]
    assert len(prelabelled) == 1 and prelabelled[0]["annotator"] == "prelabel"
    assert {"QUOTE", "CUE", "SPEAKER"} <= {span["label"] for span in prelabelled[0]["spans"]}  # the rules link quotes
    source = write_jsonl(tmp_path / "texts.jsonl", new)
    assert main(["prelabel", str(source), "-o", str(tmp_path / "pre.jsonl"), "--model", str(folder)]) == 0  # no project
    assert read_jsonl(tmp_path / "pre.jsonl")[0]["spans"]
    assert main(["prelabel", str(source), "-o", str(tmp_path / "pre.jsonl"), "--model", "latest"]) == 2
    assert "names a model stored with a project" in capsys.readouterr().err


def test_too_few_documents_and_unknown_versions_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project]) == 0
    assert main(["train", project]) == 2
    assert "0 documents in the gold layer: at least 3 are needed" in capsys.readouterr().err
    assert main(["prelabel", project, "--model", "v2"]) == 2
    assert "no trained model yet" in capsys.readouterr().err


SUBJECTS = ["Harga cabai", "Stok beras", "Jumlah pengungsi", "Debit sungai", "Angka inflasi", "Harga tiket"]
PREDICATES = ["turun", "naik lagi", "masih tinggi", "sudah aman", "terus bertambah"]
NAMES = ["Siti Rahma", "Budi Santoso", "Agus Salim", "Rina Hartono"]


def unmarked_quote(number: int) -> dict:
    """`Harga cabai turun minggu ini, ujar Siti Rahma.`: a quote without quotation marks, which
    the rules do not take for a quote (they do find its cue and speaker)."""
    quote = f"{SUBJECTS[number % 6]} {PREDICATES[number % 5]} minggu ini,"
    name = NAMES[number % 4]
    text = f"{quote} ujar {name}."
    cue, speaker = len(quote) + 1, len(quote) + 6
    spans = [
        {"id": "s1", "start": 0, "end": len(quote), "label": "QUOTE"},
        {"id": "s2", "start": cue, "end": cue + 4, "label": "CUE"},
        {"id": "s3", "start": speaker, "end": speaker + len(name), "label": "SPEAKER"},
        {"id": "s4", "start": speaker, "end": speaker + len(name), "label": "PERSON"},
    ]
    relations = [
        {"id": "r1", "head": "s1", "child": "s2", "label": "CUE"},
        {"id": "r2", "head": "s1", "child": "s3", "label": "SPEAKER"},
    ]
    return {"id": f"q{number}", "text": text, "spans": spans, "relations": relations, "annotator": "lead", "layer": "gold"}


def test_a_model_that_wins_quote_pre_labels_quotes_linked_to_cue_and_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project, "--lang", "id"]) == 0
    assert main(["import", project, str(write_jsonl(tmp_path / "gold.jsonl", [unmarked_quote(n) for n in range(20)]))]) == 0
    capsys.readouterr()
    assert main(["train", project, "--max-steps", "100", "--use"]) == 0
    out = capsys.readouterr().out
    assert "the model's spans are used for: QUOTE (better than the rules on the dev split)" in out
    assert any(line.startswith("QUOTE") and line.endswith("model") for line in out.splitlines())

    new = [{"id": "baru", "text": "Harga beras masih tinggi minggu ini, ujar Rina Hartono."}]
    assert main(["import", project, str(write_jsonl(tmp_path / "new.jsonl", new))]) == 0
    import annotator.nlp.pipeline as pipeline

    pipeline.clear_cache()
    assert main(["prelabel", project]) == 0
    assert main(["export", project, "-o", str(tmp_path / "out.jsonl"), "--layer", "prelabel"]) == 0
    (record,) = [line for line in read_jsonl(tmp_path / "out.jsonl") if line["id"] == "baru"]
    spans = {span["id"]: span for span in record["spans"]}
    (quote,) = [span for span in spans.values() if span["label"] == "QUOTE"]
    assert (quote["text"], quote["source"], quote["attrs"]["model"]) == ("Harga beras masih tinggi minggu ini,", "model", "v1")
    links = {
        relation["label"]: spans[relation["child"]]["text"] for relation in record["relations"] if relation["head"] == quote["id"]
    }
    assert links == {"CUE": "ujar", "SPEAKER": "Rina Hartono"}

"""``annotator export --format`` / ``annotator import --format``, detection, splits, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.exporters import export_corpus, list_formats
from annotator.importers.formats import jsonl_format_of
from annotator.storage import Project
from tests.core.helpers import read_jsonl, write_jsonl
from tests.formats.corpus import make_project


def test_list_formats_for_the_gui() -> None:
    formats = {info.name: info for info in list_formats()}
    assert list(formats) == ["jsonl", "spacy", "prodigy", "doccano", "brat", "conll", "hf", "citron"]
    assert formats["spacy"].extension == ".spacy" and not formats["spacy"].lossy
    assert formats["conll"].lossy and formats["brat"].folder
    assert all(info.description and info.can_import for info in formats.values())


def test_export_prints_what_it_dropped_and_import_detects_the_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_project(tmp_path / "news.annotator").close()
    project = str(tmp_path / "news.annotator")
    assert main(["export", project, "-o", str(tmp_path / "out.conll"), "--only-annotated"]) == 0  # format from the extension
    out = capsys.readouterr().out
    assert "exported 2 records of 2 documents as conll" in out
    assert "dropped: 8 relations" in out and "dropped: 3 QUOTE spans (entities only)" in out
    for name in ("prodigy", "doccano", "hf", "brat"):
        target = tmp_path / name
        if name in ("prodigy", "doccano"):
            target.mkdir()  # a file export goes into a folder that exists
        assert main(["export", project, "-o", str(target / "x.jsonl" if name in ("prodigy", "doccano") else target),
                     "--format", name, "--only-annotated"]) == 0  # fmt: skip
    capsys.readouterr()
    for name, source in (("prodigy", "prodigy/x.jsonl"), ("doccano", "doccano/x.jsonl"), ("hf", "hf"), ("brat", "brat")):
        fresh = str(tmp_path / f"{name}.annotator")
        assert main(["init", fresh]) == 0
        assert main(["import", fresh, str(tmp_path / source)]) == 0, name  # detected, no --format
        assert "imported 2 documents" in capsys.readouterr().out, name


def test_detection_of_jsonl_formats() -> None:
    assert jsonl_format_of({"text": "x", "tokens": [], "spans": [], "_input_hash": 1}) == "prodigy"
    assert jsonl_format_of({"text": "x", "entities": [{"start_offset": 0, "end_offset": 1, "label": "A"}]}) == "doccano"
    assert jsonl_format_of({"tokens": ["x"], "ner_tags": [0]}) == "hf"
    assert jsonl_format_of({"text": "x", "spans": [{"start": 0, "end": 1, "label": "GPE"}]}) == "jsonl"


def test_split_writes_train_dev_test_without_sharing_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project]) == 0
    records = [{"id": f"d{i}", "text": f"Budi ke Medan hari ke-{i}.", "spans": [{"start": 8, "end": 13, "label": "GPE"}]}
               for i in range(20)]  # fmt: skip
    assert main(["import", project, str(write_jsonl(tmp_path / "in.jsonl", records))]) == 0
    for run in ("a", "b"):
        assert main(["export", project, "-o", str(tmp_path / run), "--format", "jsonl", "--split", "0.8,0.1,0.1",
                     "--seed", "7"]) == 0  # fmt: skip
    assert "(train 16, dev 2, test 2)" in capsys.readouterr().out
    parts = {part: [line["id"] for line in read_jsonl(tmp_path / "a" / f"{part}.jsonl")] for part in ("train", "dev", "test")}
    assert sorted(ident for ids in parts.values() for ident in ids) == sorted(record["id"] for record in records)
    assert (tmp_path / "a" / "dev.jsonl").read_text() == (tmp_path / "b" / "dev.jsonl").read_text()  # same seed, same split
    assert main(["export", project, "-o", str(tmp_path / "spacy"), "--format", "spacy", "--split", "0.8,0.1,0.1"]) == 0
    assert sorted(path.name for path in (tmp_path / "spacy").iterdir()) == ["dev.spacy", "test.spacy", "train.spacy"]


def test_sharded_docbin_reads_back(tmp_path: Path) -> None:
    project = make_project(tmp_path / "news.annotator")
    report = export_corpus(project, tmp_path / "shards", "spacy", only_annotated=True, shard_size=1)
    project.close()
    assert report.records == 2
    assert sorted(path.name for path in (tmp_path / "shards").iterdir()) == ["000001.spacy", "000002.spacy"]
    fresh = Project.create(tmp_path / "back.annotator", lang="id")
    from annotator.importers import import_paths

    assert import_paths(fresh, [tmp_path / "shards"]).documents == 2
    fresh.close()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.jsonl", '{"text": "Budi.", "tokens": [], "spans": [], "_input_hash": 1}\n{"text": ', "bad.jsonl:2: invalid JSON"),
        ("bad.jsonl", '{"text": "Budi 😀 di Medan.", "entities": [{"id": 1, "label": "GPE", "start_offset": 8, '
         '"end_offset": 40}]}\n', "bad.jsonl:1: entity 1 ends at 40, beyond the text's 17 UTF-16 units"),
        ("bad.conll", "-DOCSTART- -X- -X- O\n\nBudi\n", "bad.conll:3: a CoNLL line needs a token and a tag"),
        ("bad.json", '{"text": "x"', "bad.json: invalid JSON"),
        ("bad.spacy", "not a docbin", "bad.spacy: not a spaCy DocBin file"),
    ],
)  # fmt: skip
def test_bad_files_are_refused_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, message: str
) -> None:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project]) == 0
    (tmp_path / name).write_text(content, encoding="utf-8")
    assert main(["import", project, str(tmp_path / name)]) == 2
    assert message in capsys.readouterr().err
    with Project.open(project) as opened:
        assert opened.document_count() == 0


def test_brat_with_an_unknown_reference_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project]) == 0
    (tmp_path / "a.txt").write_text("Budi di Medan.", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tGPE 8 13\tMedan\nR1\tCOREF Arg1:T1 Arg2:T9\n", encoding="utf-8")
    assert main(["import", project, str(tmp_path / "a.txt")]) == 2
    assert "a.ann:2: refers to T9, which is not defined above it" in capsys.readouterr().err


def test_foreign_files_without_our_extras(tmp_path: Path) -> None:
    """Files written by the other tools themselves, not by us."""
    from annotator.importers import import_paths

    project = Project.create(tmp_path / "news.annotator", lang="id")
    prodigy = {"text": "Budi di Medan.", "tokens": [{"text": "Budi", "start": 0, "end": 4, "id": 0, "ws": True}],
               "spans": [{"start": 8, "end": 13, "token_start": 2, "token_end": 2, "label": "GPE"}],
               "answer": "accept", "_input_hash": 1, "_task_hash": 2, "_annotator_id": "news-alice"}  # fmt: skip
    doccano = {"id": 7, "text": "Ani 😀 di Solo.", "entities": [{"id": 1, "label": "GPE", "start_offset": 10, "end_offset": 14}],
               "relations": [], "Comments": []}  # fmt: skip
    citron = {"text": "“Ya,” kata dia.", "quotes": [{"cue": {"start": 6, "end": 10, "text": "kata"},
              "sources": [{"start": 11, "end": 14, "text": "dia"}],
              "contents": [{"start": 1, "end": 4, "text": "Ya,"}]}]}  # fmt: skip
    write_jsonl(tmp_path / "p.jsonl", [prodigy])
    write_jsonl(tmp_path / "d.jsonl", [doccano])
    (tmp_path / "c.json").write_text(json.dumps(citron), encoding="utf-8")
    report = import_paths(project, [tmp_path / "p.jsonl", tmp_path / "d.jsonl", tmp_path / "c.json"])
    assert (report.documents, report.spans, report.relations) == (3, 5, 2)
    exported = tmp_path / "out.jsonl"
    export_corpus(project, exported, only_annotated=True)
    lines = {line["text"]: line for line in read_jsonl(exported)}
    assert lines["Budi di Medan."]["annotator"] == "news-alice" and lines["Budi di Medan."]["status"] == "accepted"
    assert [span["text"] for span in lines["Ani 😀 di Solo."]["spans"]] == ["Solo"]
    assert sorted(relation["label"] for relation in lines["“Ya,” kata dia."]["relations"]) == ["CUE", "SPEAKER"]
    project.close()

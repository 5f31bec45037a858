"""Ours -> format -> ours, for every format, on a corpus with emoji, combining marks,
overlapping spans and a quote across a line break."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.exporters import export_corpus
from annotator.importers import import_paths
from annotator.storage import Project
from tests.formats.corpus import FIRST, make_project, ours, spans_and_links


@pytest.fixture
def corpus(project_location: str, tmp_path: Path) -> tuple[Project, list[dict[str, Any]]]:
    project = make_project(project_location, tmp_path)
    yield project, ours(project, tmp_path)
    project.close()


def round_trip(project: Project, tmp_path: Path, format: str, output: str) -> tuple[Any, list[dict[str, Any]]]:
    report = export_corpus(project, tmp_path / output, format, only_annotated=True)
    target = Project.create(tmp_path / f"{format}.annotator", lang="id")
    try:
        import_paths(target, [tmp_path / output])
        return report, ours(target, tmp_path)
    finally:
        target.close()


@pytest.mark.parametrize(("format", "output"), [("jsonl", "out.jsonl"), ("spacy", "out.spacy"), ("prodigy", "prodigy.jsonl")])
def test_lossless_formats_come_back_identical(corpus, tmp_path: Path, format: str, output: str) -> None:
    project, original = corpus
    report, back = round_trip(project, tmp_path, format, output)
    assert report.records == 2 and not report.dropped
    assert back == original  # ids, sources, scores, attributes, annotator, layer, status, meta


def test_doccano_counts_utf16_units_and_keeps_spans_and_relations(corpus, tmp_path: Path) -> None:
    project, original = corpus
    report, back = round_trip(project, tmp_path, "doccano", "doccano.jsonl")
    first = json.loads((tmp_path / "doccano.jsonl").read_text(encoding="utf-8").splitlines()[0])
    cue = next(entity for entity in first["entities"] if entity["id"] == 3)  # "kata", after 😀
    assert FIRST.index("kata") + 1 == cue["start_offset"]  # one more: 😀 is two UTF-16 units
    assert first["text"].encode("utf-16-le")[cue["start_offset"] * 2 : cue["end_offset"] * 2].decode("utf-16-le") == "kata"
    assert {"from_id": 2, "to_id": 3, "type": "CUE"}.items() <= first["relations"][0].items()
    assert [spans_and_links(record) for record in back] == [spans_and_links(record) for record in original]
    assert [[span["id"] for span in record["spans"]] for record in back] == [
        [span["id"] for span in record["spans"]] for record in original
    ]
    assert back[0]["meta"] == original[0]["meta"] and back[0]["status"] == "accepted"
    assert report.dropped == {
        "span attributes (doccano has none)": 1,
        "span scores": 1,
        "span sources rule/model (they import as human)": 1,
    }


def test_brat_round_trip_with_fragments_attributes_and_notes(corpus, tmp_path: Path) -> None:
    project, original = corpus
    report, back = round_trip(project, tmp_path, "brat", "brat")
    folder = tmp_path / "brat"
    assert sorted(path.name for path in folder.iterdir()) == [
        "annotation.conf", "doc-1@alice@annotation.ann", "doc-1@alice@annotation.txt",
        "doc-2@alice@annotation.ann", "doc-2@alice@annotation.txt", "visual.conf",
    ]  # fmt: skip
    second = (folder / "doc-2@alice@annotation.ann").read_text(encoding="utf-8")
    assert "T1\tQUOTE 1 15;16 29\tParagraf satu. Paragraf dua," in second
    assert "R2\tSPEAKER Arg1:T1 Arg2:T3" in second
    first = (folder / "doc-1@alice@annotation.ann").read_text(encoding="utf-8")
    assert "\ttype T9 indirect" in first and "AnnotatorNotes T1\tsource=rule score=0.75" in first
    conf = (folder / "annotation.conf").read_text(encoding="utf-8")
    assert "CUE\tArg1:QUOTE, Arg2:CUE" in conf and "type\tArg:QUOTE, Value:indirect" in conf
    assert [spans_and_links(record) for record in back] == [spans_and_links(record) for record in original]
    for got, expected in zip(back, original, strict=True):
        assert got["spans"] == expected["spans"] and got["relations"] == expected["relations"]
        assert (got["id"], got["annotator"], got["layer"]) == (expected["id"], expected["annotator"], expected["layer"])
    assert report.dropped == {"annotation statuses": 2, "document meta (title, url...; brat keeps only the text)": 1}


def test_citron_keeps_quotes_cues_sources_and_coreference(corpus, tmp_path: Path) -> None:
    project, original = corpus
    report, back = round_trip(project, tmp_path, "citron", "citron")
    document = json.loads((tmp_path / "citron" / "doc-1@alice@annotation.json").read_text(encoding="utf-8"))
    first_quote = document["quotes"][0]
    assert first_quote["cue"] == {"start": 42, "end": 46, "text": "kata"}
    assert first_quote["contents"] == [{"start": 22, "end": 40, "text": "Harga naik 😀 lagi,"}]
    assert first_quote["sources"] == [{"start": 47, "end": 59, "text": "Budi Santoso"}]
    assert first_quote["coreferences"] == [{"start": 47, "end": 59, "text": "Budi Santoso"}]
    assert document["coreference_groups"] == [
        [{"start": 61, "end": 64, "text": "Dia", "label": "SPEAKER"},
         {"start": 47, "end": 59, "text": "Budi Santoso", "label": "SPEAKER"},
         {"start": 47, "end": 59, "text": "Budi Santoso"}]
    ]  # fmt: skip
    for got, expected in zip(back, original, strict=True):
        text, _spans, links = spans_and_links(expected)
        kept = {end for link in links for end in link[1:]}
        assert spans_and_links(got) == (text, sorted(kept), links)  # every relation, and the spans they join
    assert report.dropped["GPE spans outside quotes and coreference"] == 3
    assert report.dropped["span attributes (citron has none)"] == 1


@pytest.mark.parametrize(("format", "output"), [("conll", "out.conll"), ("hf", "hf")])
def test_entity_only_formats_keep_entities_and_say_what_they_dropped(corpus, tmp_path: Path, format: str, output: str) -> None:
    project, original = corpus
    report, back = round_trip(project, tmp_path, format, output)

    def entities(record: dict[str, Any]) -> list[tuple[str, str]]:
        found = [(span["label"], span["text"]) for span in record["spans"] if span["label"] in ("PERSON", "GPE", "ORG")]
        return sorted(found)

    assert [entities(record) for record in back] == [entities(record) for record in original]
    assert report.dropped == {
        "relations": 8,
        "SPEAKER spans (entities only)": 4,
        "QUOTE spans (entities only)": 3,
        "CUE spans (entities only)": 3,
    }


def test_conll_layout(corpus, tmp_path: Path) -> None:
    project, _ = corpus
    export_corpus(project, tmp_path / "out.conll", "conll", only_annotated=True)
    lines = (tmp_path / "out.conll").read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["-DOCSTART- -X- -X- O", "", "JAKARTA _ _ B-GPE"]
    assert lines.count("-DOCSTART- -X- -X- O") == 2
    assert "Budi _ _ B-PERSON" in lines and "Santoso _ _ I-PERSON" in lines
    assert "Nguye\u0302\u0303n _ _ B-PERSON" in lines  # combining marks stay with their letter
    assert "Metro _ _ B-ORG" in lines


def test_hugging_face_layout(corpus, tmp_path: Path) -> None:
    project, _ = corpus
    export_corpus(project, tmp_path / "hf", "hf", only_annotated=True)
    labels = json.loads((tmp_path / "hf" / "labels.json").read_text())["ner_tags"]
    assert labels[:3] == ["O", "B-PERSON", "I-PERSON"]
    line = json.loads((tmp_path / "hf" / "data.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert line["tokens"][:3] == ["JAKARTA", ",", "Kompas.id"]
    assert [labels[tag] for tag in line["ner_tags"][:2]] == ["B-GPE", "O"]
    assert "😀" in line["tokens"]

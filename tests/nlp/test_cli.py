"""`annotator prelabel` on JSONL files and on projects."""

from __future__ import annotations

import json

from annotator.cli.main import main
from annotator.model import Record
from annotator.storage import Project
from annotator.storage.bulk import NewDocument, insert_documents, text_hash


def test_jsonl_in_and_out(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    records = [
        {"id": "a", "text": "“Kami siap membantu warga,” kata Rina Hartono.", "meta": {"lang": "id"}},
        {"id": "b", "text": '"We will rebuild," said Mayor Lina Park.', "meta": {"lang": "en"}},
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["prelabel", str(source), "-o", str(out)]) == 0
    written = [Record.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r.id for r in written] == ["a", "b"]
    assert all(r.layer == "prelabel" and r.annotator == "prelabel" for r in written)
    assert "Rina Hartono" in [s.text for s in written[0].spans if s.label == "SPEAKER"]
    assert "Lina Park" in [s.text for s in written[1].spans if s.label == "SPEAKER"]


def test_malformed_line_names_file_and_line_and_writes_nothing(tmp_path, capsys):
    source = tmp_path / "bad.jsonl"
    source.write_text('{"text": "Satu."}\n{"text": 5}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["prelabel", str(source), "-o", str(out), "--lang", "id"]) == 2
    error = capsys.readouterr().err
    assert f"{source}, line 2" in error
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [source]


def test_unknown_language_is_a_user_error(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "Bonjour."}\n', encoding="utf-8")
    assert main(["prelabel", str(source), "-o", str(tmp_path / "out.jsonl"), "--lang", "fr"]) == 2
    assert "no pre-labelling resources for language 'fr'" in capsys.readouterr().err


def test_project(tmp_path, capsys):
    location = tmp_path / "news.annotator"
    project = Project.create(location, lang="id")
    texts = ["“Kami siap membantu warga,” kata Rina Hartono.", "Harga cabai naik di Bekasi."]
    with project.transaction() as connection:
        insert_documents(connection, [NewDocument(f"d{n}", text, text_hash(text), {}) for n, text in enumerate(texts)])
    project.close()
    assert main(["prelabel", str(location)]) == 0
    assert "pre-labelled 2 documents" in capsys.readouterr().out
    assert main(["prelabel", str(location)]) == 0
    assert "pre-labelled 0 documents" in capsys.readouterr().out


SENTIMENT_SCHEME = """
name = "sentiment"
exclusive_groups = ["entity"]

[[span_labels]]
name = "POSITIVE"
color = "#00aa00"
key = "p"

[[span_labels]]
name = "NEGATIVE"
color = "#aa0000"
key = "n"
"""

PEOPLE_AND_QUOTES_SCHEME = """
name = "people-and-quotes"
exclusive_groups = ["entity"]

[[span_labels]]
name = "PERSON"
color = "#e6194b"
key = "1"

[[span_labels]]
name = "QUOTE"
color = "#ffe119"
key = "q"
group = "quote"

[[span_labels]]
name = "SPEAKER"
color = "#46f0f0"
key = "e"
group = "quote"

[[relation_labels]]
name = "SPEAKER"
key = "s"
heads = ["QUOTE"]
children = ["SPEAKER"]
"""

SCHEME_TEXTS = [
    "“Kami siap membantu warga,” kata Menteri Sosial Rina Hartono di Jakarta pada Senin (3/3/2025).",
    "Harga cabai naik di Bekasi, ujar Budi Santoso.",
]


def _project_with_scheme(tmp_path, scheme_text: str) -> tuple[str, str]:
    scheme = tmp_path / "scheme.toml"
    scheme.write_text(scheme_text, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"d{n}", "text": text}, ensure_ascii=False) for n, text in enumerate(SCHEME_TEXTS)]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    location = str(tmp_path / "project.annotator")
    assert main(["init", location, "--lang", "id", "--scheme", str(scheme)]) == 0
    assert main(["import", location, str(feed)]) == 0
    return location, str(tmp_path / "out.jsonl")


def _exported(location: str, out: str) -> list[Record]:
    assert main(["export", location, "-o", out, "--layer", "prelabel"]) == 0
    with open(out, encoding="utf-8") as handle:
        return [Record.model_validate_json(line) for line in handle]


def test_project_prelabels_only_labels_of_its_scheme(tmp_path, capsys):
    location, out = _project_with_scheme(tmp_path, SENTIMENT_SCHEME)
    assert main(["prelabel", location]) == 0
    assert "pre-labelled 2 documents" in capsys.readouterr().out
    records = _exported(location, out)
    assert [r.layer for r in records] == ["prelabel", "prelabel"]
    assert all(r.spans == [] and r.relations == [] for r in records)  # no GPE, QUOTE... the export would refuse


def test_project_gets_the_labels_and_relations_its_scheme_shares(tmp_path, capsys):
    location, out = _project_with_scheme(tmp_path, PEOPLE_AND_QUOTES_SCHEME)
    assert main(["prelabel", location]) == 0
    first = _exported(location, out)[0]
    labels = {s.label for s in first.spans}
    assert labels == {"PERSON", "QUOTE", "SPEAKER"}  # no GPE, DATE, CUE, FURNITURE
    by_id = {s.id: s for s in first.spans}
    links = [(by_id[r.head].label, r.label, by_id[r.child].text) for r in first.relations]
    assert links == [("QUOTE", "SPEAKER", "Rina Hartono")]

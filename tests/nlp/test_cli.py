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

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.importers import ImportFailed, import_paths
from annotator.storage import AnnotationEditor, Project
from annotator.storage.statistics import project_statistics
from tests.core.helpers import write_jsonl

HTML = """<html><head><title>Banjir melanda Medan</title>
<meta name="author" content="Rina Hartono"><meta property="article:published_time" content="2024-10-11"></head>
<body><nav>Beranda | Nasional | Daerah</nav><article><h1>Banjir melanda Medan</h1>
<p>MEDAN, KOMPAS.com - Banjir melanda sebagian Kota Medan pada Jumat (11/10/2024) sehingga ribuan warga mengungsi.</p>
<p>“Kami siap membantu semua warga yang terdampak banjir,” kata Budi Santoso, Kepala BPBD Medan, kepada wartawan.</p>
<p>Hujan deras turun sejak Kamis malam dan sungai Deli meluap ke permukiman warga di tiga kecamatan.</p>
</article><footer>Hak cipta dilindungi</footer></body></html>"""


def test_txt_title_and_crlf(sqlite_project: Project, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Judul\r\n\r\nBaris satu 😀\r\nBaris dua\r".encode())
    (tmp_path / "b.txt").write_text("No title here\nsecond line", encoding="utf-8")
    report = import_paths(sqlite_project, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert (report.documents, report.files) == (2, 2)
    first, second = (sqlite_project.document(pk) for pk in sqlite_project.document_keys())
    assert first.text == "Baris satu 😀\nBaris dua\n" and first.title == "Judul"  # the title is not in the text
    assert second.title is None


def test_folders_are_walked_and_duplicates_counted(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text("Artikel pertama.", encoding="utf-8")
    (folder / "sub" / "two.txt").write_text("Artikel kedua.", encoding="utf-8")
    (folder / "sub" / "copy.txt").write_text("Artikel pertama.", encoding="utf-8")
    (folder / "notes.md").write_text("ignored: not an article format", encoding="utf-8")
    report = import_paths(project, [folder])
    assert (report.documents, report.duplicates) == (2, 1)
    again = import_paths(project, [folder])
    assert (again.documents, again.duplicates) == (0, 3)
    assert project.document_count() == 2


def test_csv_columns_go_to_meta(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text('id,text,title,url\n7,"Teks, dengan koma",Judul,https://x.id/7\n,"Baris\nkedua",,\n', encoding="utf-8")
    import_paths(project, [path])
    first, second = (project.document(pk) for pk in project.document_keys())
    assert (first.doc_id, first.text, first.meta) == ("7", "Teks, dengan koma", {"title": "Judul", "url": "https://x.id/7"})
    assert second.text == "Baris\nkedua" and second.doc_id == "news-2"


def test_html_main_text_and_metadata(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "banjir.html"
    path.write_text(HTML, encoding="utf-8")
    import_paths(project, [path])
    document = project.document(project.document_keys()[0])
    assert "Kami siap membantu" in document.text and "Beranda" not in document.text and "Hak cipta" not in document.text
    assert document.meta["title"] == "Banjir melanda Medan"
    assert document.meta["published"] == "2024-10-11"


def test_jsonl_spans_land_in_prelabel_or_the_named_layer(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "text": "Ali di Medan.", "spans": [{"start": 7, "end": 12, "label": "GPE", "source": "model"}]},
            {
                "id": "b",
                "text": "Ani di Solo.",
                "annotator": "alice",
                "status": "accepted",
                "spans": [{"start": 0, "end": 3, "label": "PERSON"}],
            },
        ],
    )
    report = import_paths(project, [path])
    assert (report.documents, report.annotations, report.spans) == (2, 2, 2)
    stats = project_statistics(project)
    assert stats.annotations_by_annotator == {"alice (annotation)": {"accepted": 1}, "import (prelabel)": {"todo": 1}}
    a = project.document_by_id("a")
    assert a is not None
    prelabel = AnnotationEditor(project, "x").prelabel(a.pk)
    assert prelabel is not None and prelabel.spans[0].source == "model"


def test_crlf_in_jsonl_keeps_span_offsets_valid(project: Project, tmp_path: Path) -> None:
    text = "Baris satu\r\nRina di Medan\r\n"
    start = text.index("Medan")
    path = write_jsonl(
        tmp_path / "in.jsonl", [{"id": "a", "text": text, "spans": [{"start": start, "end": start + 5, "label": "GPE"}]}]
    )
    import_paths(project, [path])
    document = project.document_by_id("a")
    assert document is not None
    span = AnnotationEditor(project, "x").prelabel(document.pk).spans[0]  # type: ignore[union-attr]
    assert document.text[span.start : span.end] == "Medan"


BAD_LINES = [
    ('{"id": "x1", "text": "abc"', "in.jsonl:1: invalid JSON"),
    ('{"id": "x2"}', "in.jsonl:1: text: Field required"),
    ('{"text": "abc", "spans": [{"start": 0, "end": 9, "label": "GPE"}]}', "ends at 9, beyond the text's 3 characters"),
    ('{"text": "abc", "spans": [{"start": 0, "end": 2, "label": "GPE", "text": "ac"}]}', "says text 'ac' but text[0:2] is 'ab'"),
    (
        '{"text": "abc d", "spans": [{"id": "a", "start": 0, "end": 3, "label": "QUOTE"}], '
        '"relations": [{"head": "a", "child": "z", "label": "CUE"}]}',
        "child 'z', which is no span id",
    ),
    ('{"text": "  \\n "}', "the document is empty"),
    ('{"text": ""}', "the document is empty"),
    (
        '{"text": "abc def", "spans": [{"start": 0, "end": 3, "label": "GPE"}, {"start": 2, "end": 5, "label": "ORG"}]}',
        "GPE span “abc” (0-3) overlaps ORG span “c d” (2-5)",
    ),
    ('{"text": "abc", "spans": [{"start": 0, "end": 3, "label": "FOO"}]}', "span label 'FOO' is not in the project's scheme"),
    ('{"text": "abc", "spans": [{"start": 2, "end": 1, "label": "GPE"}]}', "must be greater than start"),
    ('{"text": "abc", "layer": "draft"}', "layer"),
    ("[1, 2]", "a record must be a JSON object"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_bad_jsonl_is_refused_with_file_and_line(project: Project, tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as error:
        import_paths(project, [path])
    assert message in str(error.value)
    assert str(error.value).count("in.jsonl:1:") == 1


def test_one_bad_line_changes_nothing(project: Project, tmp_path: Path) -> None:
    good = [{"id": f"d{i}", "text": f"Artikel nomor {i}."} for i in range(2500)]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in good) + "not json\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"in.jsonl:2501: invalid JSON"):
        import_paths(project, [path])
    assert project.document_count() == 0
    assert project_statistics(project).annotations_by_status == {}


def test_all_problems_are_listed(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "ok"}\n{"id": 1}\n{"text": "ok 2"}\n{broken\n', encoding="utf-8")
    with pytest.raises(ImportFailed) as error:
        import_paths(project, [path])
    assert error.value.problems[0].startswith("in.jsonl:2:") and error.value.problems[1].startswith("in.jsonl:4:")


def test_wrong_encoding_names_the_encoding_and_the_way_out(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Judul\n\nKafé di Médan".encode("cp1252"))
    with pytest.raises(ImportFailed) as error:
        import_paths(project, [path])
    assert "latin.txt:3: byte 0xe9 at column 4 is not valid UTF-8" in str(error.value)
    assert "--encoding" in str(error.value)
    import_paths(project, [path], encoding="cp1252")
    assert project.document(project.document_keys()[0]).text.endswith("Kafé di Médan")


def test_a_50_mb_line_is_refused_without_reading_it_whole(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"text": "')
        for _ in range(50):
            handle.write("a" * 1_000_000)
        handle.write('"}\n{"text": "small"}\n')
    with pytest.raises(ImportFailed, match=r"big.jsonl:1: the line is 50.0 MB, over the limit of 10 MB"):
        import_paths(project, [path])
    assert project.document_count() == 0


def test_explicit_id_clash_is_refused(project: Project, tmp_path: Path) -> None:
    import_paths(project, [write_jsonl(tmp_path / "a.jsonl", [{"id": "same", "text": "Satu."}])])
    with pytest.raises(ImportFailed, match="id 'same' is already used"):
        import_paths(project, [write_jsonl(tmp_path / "b.jsonl", [{"id": "same", "text": "Dua."}])])
    with pytest.raises(ImportFailed, match="names two different texts"):
        import_paths(project, [write_jsonl(tmp_path / "c.jsonl", [{"id": "n", "text": "A."}, {"id": "n", "text": "B."}])])


def test_generated_ids_stay_unique(project: Project, tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
    (tmp_path / "x" / "story.txt").write_text("Cerita satu.", encoding="utf-8")
    (tmp_path / "y" / "story.txt").write_text("Cerita dua.", encoding="utf-8")
    import_paths(project, [tmp_path / "x" / "story.txt"])
    import_paths(project, [tmp_path / "y" / "story.txt"])
    assert sorted(project.document(pk).doc_id for pk in project.document_keys()) == ["story", "story-2"]


def test_missing_path_and_unknown_type(project: Project, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="no such file or folder"):
        import_paths(project, [tmp_path / "nothing.jsonl"])
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"notes\.md: cannot be imported: Markdown is not read; rename it to \.txt"):
        import_paths(project, [tmp_path / "notes.md"])


def test_lang_goes_to_records_that_name_none(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": "Hello there."}, {"text": "Apa kabar?", "meta": {"lang": "id"}}])
    import_paths(project, [path], lang="en")
    assert [project.document(pk).meta.get("lang") for pk in project.document_keys()] == ["en", "id"]


def test_generated_ids_that_clash_with_the_project_get_free_suffixes(project: Project, tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    import_paths(project, [write_jsonl(tmp_path / "x" / "news.jsonl", [{"text": "Satu."}, {"text": "Dua."}])])
    import_paths(
        project, [write_jsonl(tmp_path / "y" / "news.jsonl", [{"text": "Tiga."}, {"text": "Empat."}, {"text": "Lima."}])]
    )
    ids = [project.document(pk).doc_id for pk in project.document_keys()]
    assert ids == ["news-1", "news-2", "news-1-2", "news-2-2", "news-3"]

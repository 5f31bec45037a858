"""Import: files we cannot read are listed with the reason, empty files of every format are
skipped alike, the title is metadata in every format, CSV columns are named and delimiters sniffed."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.importers import NothingToImport, import_paths
from annotator.storage import Project
from tests.core.helpers import write_jsonl
from tests.core.test_cli_errors import folder_state
from tests.core.test_import import HTML

EMPTY = [
    ("empty.txt", "empty file: no documents in it"),
    ("empty.jsonl", "empty file: no documents in it"),
    ("header.csv", "empty file: no documents in it (a header, no rows)"),
    ("empty.csv", "empty file: no documents in it"),
    ("empty.html", "empty file: no documents in it"),
]


@pytest.fixture
def made(tmp_path: Path) -> str:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project]) == 0
    return project


def test_a_folder_of_other_files_lists_what_was_skipped(made: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("laporan.docx", "rilis.pdf", "data.xlsx", "catatan.rtf"):
        (folder / name).write_bytes(b"PK\x03\x04 not text")
    (folder / ".hidden.txt").write_text("Teks tersembunyi.", encoding="utf-8")
    capsys.readouterr()
    before = folder_state(tmp_path)
    code = main(["import", made, str(folder)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.splitlines() == [
        "skipped articles/catatan.rtf: a word-processor document; save it as .txt or .html",
        "skipped articles/data.xlsx: a spreadsheet; save it as .csv",
        "skipped articles/laporan.docx: a word-processor document; save it as .txt or .html",
        "skipped articles/rilis.pdf: PDF is not read; save its text as .txt",
        f"annotator: nothing to import: no .conll, .csv, .htm, .html, .json, .jsonl, .ndjson, .spacy, .txt file in {folder}",
    ]
    assert folder_state(tmp_path) == before


def test_with_readable_files_the_skipped_ones_are_listed_too(
    made: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Budi di Medan.", encoding="utf-8")
    (folder / "b.pdf").write_bytes(b"%PDF-1.7")
    assert main(["import", made, str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "skipped articles/b.pdf: PDF is not read; save its text as .txt"
    assert out[1].startswith("imported 1 document from 1 file; 0 duplicates skipped; 0 annotations with 0 spans")


def test_many_skipped_files_are_counted_per_reason(made: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Budi di Medan.", encoding="utf-8")
    for number in range(12):
        (folder / f"scan-{number:02}.pdf").write_bytes(b"%PDF")
    (folder / "x.docx").write_bytes(b"PK")
    assert main(["import", made, str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        "skipped 12 files (articles/scan-00.pdf, articles/scan-01.pdf, ...): PDF is not read; save its text as .txt",
        "skipped 1 file (articles/x.docx): a word-processor document; save it as .txt or .html",
    ]


def test_empty_files_of_every_format_are_skipped_alike(made: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "header.csv").write_text("id,text,title\n", encoding="utf-8")
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "empty.html").write_bytes(b"")
    names = [name for name, _ in EMPTY]
    capsys.readouterr()
    before = folder_state(tmp_path)
    assert main(["import", made, *(str(tmp_path / name) for name in names)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"skipped {name}: {reason}" for name, reason in EMPTY] + [
        "annotator: nothing to import: every file was skipped"
    ]
    assert folder_state(tmp_path) == before
    (tmp_path / "real.txt").write_text("Budi di Medan.", encoding="utf-8")
    assert main(["import", made, *(str(tmp_path / name) for name in [*names, "real.txt"])]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:5] == [f"skipped {name}: {reason}" for name, reason in EMPTY]
    assert out[5].startswith("imported 1 document from 1 file;")


def test_the_title_is_metadata_in_every_format(sqlite_project: Project, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Banjir melanda Medan\n\nMEDAN - Banjir melanda kota.\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("judul;isi\nBanjir di Solo;SOLO - Banjir melanda kota.\n", encoding="utf-8")
    (tmp_path / "c.html").write_text(HTML, encoding="utf-8")
    report = import_paths(sqlite_project, [tmp_path / "a.txt"])
    report = import_paths(sqlite_project, [tmp_path / "b.csv"], text_column="isi", title_column="judul")
    report = import_paths(sqlite_project, [tmp_path / "c.html"])
    assert report.documents == 1
    txt, csv_row, html = (sqlite_project.document(pk) for pk in sqlite_project.document_keys())
    assert (txt.title, txt.text) == ("Banjir melanda Medan", "MEDAN - Banjir melanda kota.\n")
    assert (csv_row.title, csv_row.text, csv_row.meta) == (
        "Banjir di Solo",
        "SOLO - Banjir melanda kota.",
        {"title": "Banjir di Solo"},
    )
    assert html.title == "Banjir melanda Medan" and not html.text.startswith("Banjir melanda Medan")


def test_a_first_paragraph_is_not_taken_for_a_title(sqlite_project: Project, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("JAKARTA - Harga beras naik lagi.\n\nPedagang mengeluh.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Satu baris saja\n\n", encoding="utf-8")
    import_paths(sqlite_project, [tmp_path / "a.txt", tmp_path / "b.txt"])
    first, second = (sqlite_project.document(pk) for pk in sqlite_project.document_keys())
    assert (first.title, first.text) == (None, "JAKARTA - Harga beras naik lagi.\n\nPedagang mengeluh.\n")
    assert (second.title, second.text) == (None, "Satu baris saja\n\n")


@pytest.mark.parametrize("delimiter", [";", "\t", "|", ","])
def test_csv_delimiters_are_sniffed(sqlite_project: Project, tmp_path: Path, delimiter: str) -> None:
    rows = [["id", "title", "text", "url"], ["7", "Judul", "Teks, dengan koma; dan titik koma", "https://x.id/7"]]
    lines = [delimiter.join(f'"{cell}"' if ("," in cell or ";" in cell) else cell for cell in row) for row in rows]
    (tmp_path / "news.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_paths(sqlite_project, [tmp_path / "news.csv"])
    document = sqlite_project.document(sqlite_project.document_keys()[0])
    assert (document.doc_id, document.text, document.title) == ("7", "Teks, dengan koma; dan titik koma", "Judul")
    assert document.meta["url"] == "https://x.id/7"


def test_a_semicolon_csv_from_a_spreadsheet_through_the_command_line(
    made: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeffJudul;Isi berita;Sumber\r\nHujan;Hujan turun di Bogor, kata BMKG.;Antara\r\n".encode())
    assert main(["import", made, str(path), "--text-column", "Isi berita", "--title-column", "Judul"]) == 0
    assert "imported 1 document from 1 file" in capsys.readouterr().out
    with Project.open(made) as project:
        document = project.document(project.document_keys()[0])
    assert (document.title, document.text, document.meta["Sumber"]) == ("Hujan", "Hujan turun di Bogor, kata BMKG.", "Antara")


def test_a_missing_text_column_names_the_columns_and_the_option(
    made: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Judul;Isi\nHujan;Hujan turun.\n", encoding="utf-8")
    capsys.readouterr()
    code = main(["import", made, str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "export.csv:1: no 'text' column (name the text column with --text-column); the header has: Judul, Isi" in err
    assert main(["import", made, str(path), "--text-column", "Isi", "--title-column", "Kepala"]) == 2
    assert "no 'Kepala' column for --title-column" in capsys.readouterr().err
    with Project.open(made) as project:
        assert project.document_count() == 0


def test_nothing_to_import_leaves_the_project_unchanged(sqlite_project: Project, tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(NothingToImport):
        import_paths(sqlite_project, [tmp_path / "empty.jsonl"])
    with sqlite_project.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM events").scalar() == 0
    write_jsonl(tmp_path / "one.jsonl", [{"text": "Ada."}])
    assert import_paths(sqlite_project, [tmp_path / "one.jsonl"]).documents == 1

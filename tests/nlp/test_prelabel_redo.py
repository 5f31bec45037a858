"""Imported spans and the pre-labeller: the rule (spans without a source are human work, and a
document with an imported pre-label layer is skipped, saying so), `import --as-suggestions`, and
`prelabel --redo`, which replaces the pre-label layer and never touches annotators' work."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.cli.main import main
from annotator.storage import AnnotationEditor, Project
from annotator.storage import tables as t
from tests.core.helpers import write_jsonl

QUOTE = "“Kami siap membantu warga,” kata Menteri Sosial Rina Hartono di Jakarta."
PLAIN = "Harga cabai naik di Bekasi pada Senin."
OTHER_TOOL = {
    "id": "q",
    "text": QUOTE,
    "spans": [
        {"id": "a", "start": 1, "end": 25, "label": "QUOTE"},
        {"id": "b", "start": 28, "end": 32, "label": "CUE"},
        {"id": "c", "start": 48, "end": 60, "label": "SPEAKER"},
    ],
    "relations": [{"head": "a", "child": "c", "label": "SPEAKER"}],
}


@pytest.fixture
def made(tmp_path: Path) -> str:
    project = str(tmp_path / "news.annotator")
    assert main(["init", project]) == 0
    return project


def prelabel_layers(location: str) -> list[tuple[str, str, int]]:
    """(document id, user, span count) of every prelabel-layer annotation."""
    with Project.open(location) as project, project.engine.connect() as connection:
        rows = connection.execute(
            select(t.documents.c.doc_id, t.users.c.name, t.annotations.c.id)
            .join(t.annotations, t.annotations.c.document_id == t.documents.c.id)
            .join(t.users, t.users.c.id == t.annotations.c.user_id)
            .where(t.annotations.c.layer == "prelabel")
            .order_by(t.documents.c.doc_id)
        ).all()
        counts = {
            annotation: len(connection.execute(select(t.spans.c.id).where(t.spans.c.annotation_id == annotation)).all())
            for *_, annotation in rows
        }
    return [(doc_id, user, counts[annotation]) for doc_id, user, annotation in rows]


def started(location: str, annotator: str, doc_id: str):  # type: ignore[no-untyped-def]
    with Project.open(location) as project:
        document = project.document_by_id(doc_id)
        assert document is not None
        return AnnotationEditor(project, annotator).start(document.pk)


def test_imported_spans_without_source_are_confirmed_and_prelabel_says_it_skipped_them(
    made: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "tool.jsonl", [OTHER_TOOL, {"id": "p", "text": PLAIN}])
    assert main(["import", made, str(source)]) == 0
    capsys.readouterr()
    assert main(["prelabel", made]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"pre-labelled 1 document of {made}",
        "skipped 1 document that already has pre-labels (1 with imported spans in the pre-label layer); "
        "`annotator prelabel --redo` replaces them, annotators' own work is kept",
    ]
    record = started(made, "ana", "q")
    assert {span.source for span in record.spans} == {"human"}  # confirmed work, not suggestions
    assert main(["prelabel", made]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"pre-labelled 0 documents of {made}"


def test_import_as_suggestions(made: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    named = {**OTHER_TOOL, "id": "r", "text": QUOTE + " Lagi.", "annotator": "alice", "layer": "annotation", "status": "accepted"}
    named["spans"] = [*OTHER_TOOL["spans"][:2], {**OTHER_TOOL["spans"][2], "source": "rule"}]
    source = write_jsonl(tmp_path / "tool.jsonl", [OTHER_TOOL, named])
    assert main(["import", made, str(source), "--as-suggestions"]) == 0
    assert "2 suggestions with 6 spans and 2 relations" in capsys.readouterr().out
    assert prelabel_layers(made) == [("q", "import", 3), ("r", "alice", 3)]
    record = started(made, "ana", "q")
    assert {span.source for span in record.spans} == {"model"}
    assert {relation.source for relation in record.relations} == {"model"}
    assert [span.source for span in started(made, "ana", "r").spans] == ["model", "model", "rule"]
    with Project.open(made) as project:
        editor = AnnotationEditor(project, "ana")
        accepted, _ = editor.accept_suggestions(project.document_by_id("q").pk)  # type: ignore[union-attr]
        assert len(accepted) == 3


def test_prelabel_redo_replaces_the_layer_and_keeps_annotators_work(
    made: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "tool.jsonl", [OTHER_TOOL, {"id": "p", "text": PLAIN}])
    assert main(["import", made, str(source), "--as-suggestions"]) == 0
    assert main(["prelabel", made]) == 0
    before_redo = prelabel_layers(made)
    assert [(doc, user) for doc, user, _ in before_redo] == [("p", "prelabel"), ("q", "import")]
    ana = started(made, "ana", "q")  # ana starts q and confirms one suggestion, adds a span of her own
    with Project.open(made) as project:
        editor = AnnotationEditor(project, "ana")
        pk = project.document_by_id("q").pk  # type: ignore[union-attr]
        editor.accept_suggestions(pk, [ana.spans[0].id])  # type: ignore[list-item]
        editor.add_span(pk, 64, 71, "GPE")
        kept = editor.record(pk)
    capsys.readouterr()
    assert main(["prelabel", made, "--redo"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"pre-labelled 2 documents of {made}",
        "1 document already started by annotators keep their own annotations; "
        "the new pre-labels reach whoever starts a document from now on",
    ]
    after = prelabel_layers(made)
    assert [(doc, user) for doc, user, _ in after] == [("p", "prelabel"), ("q", "prelabel")]
    assert dict((doc, n) for doc, _, n in after)["q"] >= 3  # the pipeline finds the quote, cue and speaker
    with Project.open(made) as project:
        assert AnnotationEditor(project, "ana").record(project.document_by_id("q").pk) == kept  # type: ignore[union-attr]
    assert main(["prelabel", made, "--redo"]) == 0  # again: still one pre-label layer per document
    assert [(doc, user) for doc, user, _ in prelabel_layers(made)] == [("p", "prelabel"), ("q", "prelabel")]
    # a newcomer gets the new pre-labels as suggestions
    assert {span.source for span in started(made, "budi", "q").spans} <= {"rule", "model"}


def test_redo_is_for_projects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": PLAIN}])
    assert main(["prelabel", str(source), "-o", str(tmp_path / "out.jsonl"), "--redo"]) == 2
    assert "--redo applies to a project" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()

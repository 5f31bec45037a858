"""The session (no widgets): next/previous document to do, span order, allowed relations."""

from __future__ import annotations

from pathlib import Path

from annotator.gui.session import Session
from annotator.storage import Project
from tests.gui.projects import Doc, build_project, sample_docs


def test_next_document_skips_done_ones_and_wraps(tmp_path: Path) -> None:
    docs = [Doc(f"d{number}", f"Teks nomor {number}.") for number in range(7)]
    with Project.open(build_project(tmp_path / "p.annotator", docs)) as project:
        session = Session(project, "ana")
        keys = project.document_keys()
        session.editor.set_status(keys[1], "accepted")
        session.editor.set_status(keys[2], "skipped")
        session.editor.start(keys[5])  # in progress
        assert session.next_document(page=2) == keys[0]
        session.open(keys[0])
        assert session.next_document(page=2) == keys[3]
        assert session.next_document(step=-1, page=2) == keys[6]  # wraps round backwards
        session.open(keys[4])
        assert session.next_document(page=2) == keys[5]  # in progress counts as still to do
        assert session.next_document(step=-1, page=2) == keys[3]
        session.open(keys[6])
        assert session.next_document(page=2) == keys[0]
        for key in keys:
            session.editor.set_status(key, "accepted")
        assert session.next_document(page=2) is None


def test_neighbour_span_and_relation_labels(tmp_path: Path) -> None:
    with Project.open(build_project(tmp_path / "p.annotator", sample_docs())) as project:
        session = Session(project, "ana")
        session.open(project.document_keys()[0])
        assert session.neighbour_span(None, 1) == "s1"
        assert session.neighbour_span("s5", 1) == "s1"
        assert session.neighbour_span("s1", -1) == "s5"
        assert session.relation_labels_between("s2", "s4") == ["SPEAKER"]
        assert session.relation_labels_between("s2", "s3") == ["CUE"]
        assert session.relation_labels_between("s4", "s1") == ["COREF"]
        assert session.relation_labels_between("s5", "s1") == []



def test_take_seconds_counts_from_the_opening_and_restarts(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock = iter([100.0, 107.5, 109.0])
    monkeypatch.setattr("annotator.gui.session.time.monotonic", lambda: next(clock))
    with Project.open(build_project(tmp_path / "p.annotator", sample_docs())) as project:
        session = Session(project, "ana")
        assert session.take_seconds() == 0.0  # no document open: nothing counted
        session.open(project.document_keys()[0])  # at 100.0
        assert session.take_seconds() == 7.5  # at 107.5
        assert session.take_seconds() == 1.5  # counted again from 107.5

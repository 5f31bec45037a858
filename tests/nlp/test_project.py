"""Pre-labelling a project: batches, the prelabel layer, progress and cancel."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from annotator.nlp import prelabel_project
from annotator.progress import Cancelled
from annotator.storage import AnnotationEditor, Project
from annotator.storage import tables as t
from annotator.storage.bulk import NewDocument, insert_documents, text_hash

TEXTS = [
    "“Kami siap membantu warga,” kata Menteri Sosial Rina Hartono di Jakarta.",
    "Kepala BPBD Hendra Sitompul mengatakan bahwa 300 warga mengungsi ke masjid terdekat.",
    "“Stok beras cukup untuk tiga bulan,” ujar Budi Santoso.",
    "Harga cabai naik di Bekasi pada Senin.",
    "“Jalan itu akan diperbaiki tahun depan,” tutur Bupati Bogor Ade Yasin.",
]


@pytest.fixture
def project(tmp_path):
    project = Project.create(tmp_path / "news.annotator", lang="id")
    with project.transaction() as connection:
        insert_documents(connection, [NewDocument(f"d{n}", text, text_hash(text), {}) for n, text in enumerate(TEXTS)])
    yield project
    project.close()


def _prelabelled(project: Project) -> list[int]:
    with project.engine.connect() as connection:
        return sorted(
            connection.execute(select(t.annotations.c.document_id).where(t.annotations.c.layer == "prelabel")).scalars()
        )


def test_prelabels_every_document_once(project):
    calls = []
    assert prelabel_project(project, batch_size=2, progress=lambda done, total: calls.append((done, total))) == len(TEXTS)
    assert calls[0] == (0, len(TEXTS)) and calls[-1] == (len(TEXTS), len(TEXTS))
    assert len(_prelabelled(project)) == len(TEXTS)
    assert ("prelabel", "machine") in project.users()
    record = AnnotationEditor(project, "ana").prelabel(project.document_keys()[0])
    assert record is not None
    assert "Rina Hartono" in [s.text for s in record.spans if s.label == "SPEAKER"]
    assert prelabel_project(project) == 0  # nothing left to do


def test_cancel_keeps_the_batches_written(project):
    with pytest.raises(Cancelled):
        prelabel_project(project, batch_size=2, cancel=lambda: True)
    assert len(_prelabelled(project)) == 2
    assert prelabel_project(project, batch_size=2) == len(TEXTS) - 2


def _layer(project: Project) -> list[tuple[str, list, list]]:
    editor = AnnotationEditor(project, "ana")
    records = [editor.prelabel(key) for key in project.document_keys()]
    return [(r.id, [s.model_dump() for s in r.spans], [x.model_dump() for x in r.relations]) for r in records if r is not None]


def test_worker_processes_write_what_one_process_writes(project, tmp_path):
    other = Project.create(tmp_path / "other.annotator", lang="id")
    with other.transaction() as connection:
        insert_documents(connection, [NewDocument(f"d{n}", text, text_hash(text), {}) for n, text in enumerate(TEXTS)])
    calls = []
    # Two processes and batches of two: each batch is started before the one before it is written.
    assert prelabel_project(other, batch_size=2, processes=2, progress=lambda done, total: calls.append(done)) == len(TEXTS)
    assert calls == [0, 2, 4, 5]
    assert prelabel_project(project, batch_size=2) == len(TEXTS)
    assert _layer(other) == _layer(project) and len(_layer(project)) == len(TEXTS)
    other.close()


def test_cancel_with_worker_processes_keeps_only_the_batches_written(project):
    with pytest.raises(Cancelled):
        prelabel_project(project, batch_size=2, processes=2, cancel=lambda: True)
    assert len(_prelabelled(project)) == 2  # the next batch, started on the workers, is dropped
    assert prelabel_project(project, batch_size=2, processes=2) == len(TEXTS) - 2

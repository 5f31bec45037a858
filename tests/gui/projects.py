"""Real SQLite projects for the GUI tests, built through the core's tables and editor."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from annotator.storage import Project
from annotator.storage import tables as t
from annotator.storage.project import now


@dataclass
class Doc:
    doc_id: str
    text: str
    title: str | None = None
    # Pre-labels: (start, end, label) and relations (head index, child index, label) between them.
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    relations: list[tuple[int, int, str]] = field(default_factory=list)


def build_project(path: Path, docs: list[Doc], *, lang: str = "id") -> Path:
    """A project file with the documents and their pre-labels (source "model"), in one transaction."""
    project = Project.create(path, lang=lang)
    try:
        with project.transaction() as connection:
            machine = project.user_id(connection, "prelabel", role="machine")
            for doc in docs:
                pk = connection.execute(
                    t.documents.insert()
                    .values(
                        doc_id=doc.doc_id,
                        text=doc.text,
                        text_hash=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
                        title=doc.title,
                        meta={"title": doc.title, "source": "Test Daily"},
                        created_at=now(),
                    )
                    .returning(t.documents.c.id)
                ).scalar_one()
                if not doc.spans:
                    continue
                annotation = connection.execute(
                    t.annotations.insert()
                    .values(document_id=pk, user_id=machine, layer="prelabel", status="accepted", seconds=0.0, updated_at=now())
                    .returning(t.annotations.c.id)
                ).scalar_one()
                span_ids = []
                for number, (start, end, label) in enumerate(doc.spans, 1):
                    span_ids.append(
                        connection.execute(
                            t.spans.insert()
                            .values(
                                annotation_id=annotation,
                                key=f"s{number}",
                                start=start,
                                end=end,
                                label=label,
                                source="model",
                                attrs={},
                            )
                            .returning(t.spans.c.id)
                        ).scalar_one()
                    )
                for number, (head, child, label) in enumerate(doc.relations, 1):
                    connection.execute(
                        t.relations.insert().values(
                            annotation_id=annotation,
                            key=f"r{number}",
                            head_id=span_ids[head],
                            child_id=span_ids[child],
                            label=label,
                            source="model",
                            attrs={},
                        )
                    )
    finally:
        project.close()
    return path


def find(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Code-point offsets of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


QUOTE_TEXT = (
    "JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani mengatakan anggaran aman. "
    "“Kami siap menghadapi tahun depan,” kata Sri Mulyani di Jakarta, Senin (3/7/2025).\n\n"
    "Menurut dia, pemerintah akan menjaga defisit. “Tidak ada yang perlu dikhawatirkan,” ujarnya."
)


def sample_docs() -> list[Doc]:
    """Three short Indonesian articles; the first has pre-labels with a quote, its cue and speaker."""
    text = QUOTE_TEXT
    spans = [
        (*find(text, "Sri Mulyani"), "PERSON"),  # s1
        (*find(text, "Kami siap menghadapi tahun depan,"), "QUOTE"),  # s2
        (*find(text, "kata"), "CUE"),  # s3
        (*find(text, "Sri Mulyani", 1), "SPEAKER"),  # s4
        (*find(text, "Jakarta"), "GPE"),  # s5
    ]
    return [
        Doc("kompas-1", text, "Sri Mulyani: anggaran aman", spans, [(1, 2, "CUE"), (1, 3, "SPEAKER")]),
        Doc("kompas-2", "BANDUNG - Wali Kota Bandung meresmikan taman baru pada Kamis pagi.", "Taman baru di Bandung"),
        Doc("kompas-3", "SURABAYA - Hujan deras mengguyur Surabaya sejak Selasa malam.", "Hujan di Surabaya"),
    ]

"""Real SQLite projects for the GUI tests, written by the core's bulk writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.model import Record, Relation, Span
from annotator.storage import Project
from annotator.storage.bulk import NewDocument, insert_annotations, insert_documents, text_hash


@dataclass
class Doc:
    doc_id: str
    text: str
    title: str | None = None
    # Pre-labels: (start, end, label) and relations (head index, child index, label) between them.
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    relations: list[tuple[int, int, str]] = field(default_factory=list)


def prelabel_record(text: str, spans: list[tuple[int, int, str]], relations: list[tuple[int, int, str]]) -> Record:
    """Pre-labels (source "model") as a record; relations name spans by their index in ``spans``."""
    return Record(
        text=text,
        spans=[
            Span(id=f"s{n}", start=start, end=end, label=label, source="model") for n, (start, end, label) in enumerate(spans, 1)
        ],
        relations=[
            Relation(id=f"r{n}", head=f"s{head + 1}", child=f"s{child + 1}", label=label, source="model")
            for n, (head, child, label) in enumerate(relations, 1)
        ],
    )


def build_project(path: Path, docs: list[Doc], *, lang: str = "id") -> Path:
    """A project file with the documents and their pre-labels (source "model"), in one transaction."""
    project = Project.create(path, lang=lang)
    try:
        with project.transaction() as connection:
            keys = insert_documents(
                connection,
                [
                    NewDocument(doc.doc_id, doc.text, text_hash(doc.text), {"title": doc.title, "source": "Test Daily"})
                    for doc in docs
                ],
            )
            insert_annotations(
                connection,
                project,
                [
                    (pk, prelabel_record(doc.text, doc.spans, doc.relations))
                    for pk, doc in zip(keys, docs, strict=True)
                    if doc.spans
                ],
                annotator="prelabel",
                layer="prelabel",
                status="accepted",
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

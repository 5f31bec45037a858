"""Small hand-made records for evaluation tests: spans are placed by the substring they cover."""

from __future__ import annotations

from annotator.model import Record, Relation, Span

TEXT = (
    "JAKARTA -- Menteri Perdagangan Rina Hartono menolak impor beras. "
    "“Stok kita cukup,” kata Rina. Ia menambahkan, “Harga akan turun.” "
    "Rina mengatakan bahwa gudang Bulog penuh. Pada Senin, Presiden Budi Santoso setuju."
)


def at(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def make(
    spans: list[tuple[str, str, str] | tuple[str, str, str, int] | tuple[str, str, str, int, dict]],
    relations: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    *,
    text: str = TEXT,
    record_id: str | None = "doc1",
) -> Record:
    """``spans``: (id, label, covered text[, occurrence[, attrs]]); ``relations``: (head id, child id, label)."""
    built = []
    for item in spans:
        span_id, label, needle = item[:3]
        nth = item[3] if len(item) > 3 else 1  # type: ignore[misc]
        attrs = item[4] if len(item) > 4 else {}  # type: ignore[misc]
        start, end = at(text, needle, nth)
        built.append(Span(id=span_id, start=start, end=end, label=label, attrs=attrs))
    rels = [Relation(id=f"r{i}", head=head, child=child, label=label) for i, (head, child, label) in enumerate(relations, 1)]
    return Record(id=record_id, text=text, spans=built, relations=rels)


GOLD_SPANS = [
    ("p1", "PERSON", "Rina Hartono"),
    ("q1", "QUOTE", "Stok kita cukup,"),
    ("c1", "CUE", "kata"),
    ("k1", "SPEAKER", "Rina", 2),
    ("p2", "PERSON", "Rina", 2),
    ("k2", "SPEAKER", "Ia"),
    ("c2", "CUE", "menambahkan"),
    ("q2", "QUOTE", "Harga akan turun."),
    ("k3", "SPEAKER", "Rina", 3),
    ("p3", "PERSON", "Rina", 3),
    ("c3", "CUE", "mengatakan"),
    ("q3", "QUOTE", "gudang Bulog penuh", 1, {"type": "indirect"}),
    ("o1", "ORG", "Bulog"),
    ("d1", "DATE", "Senin"),
    ("p4", "PERSON", "Budi Santoso"),
    ("g1", "GPE", "JAKARTA"),
]
GOLD_RELATIONS = [
    ("q1", "k1", "SPEAKER"),
    ("q1", "c1", "CUE"),
    ("k1", "p1", "COREF"),
    ("q2", "k2", "SPEAKER"),
    ("q2", "c2", "CUE"),
    ("k2", "p1", "COREF"),
    ("q3", "k3", "SPEAKER"),
    ("q3", "c3", "CUE"),
    ("k3", "p1", "COREF"),
]


def gold_record() -> Record:
    return make(GOLD_SPANS, GOLD_RELATIONS)

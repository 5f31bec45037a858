"""Edit effort (``--effort``) on hand-made predictions, with counts worked out by hand.

The gold record of ``helpers`` has 16 counted spans (7 entities: 4 PERSON, ORG, DATE, GPE; 3
quotes, 3 cues, 3 speakers) and 6 SPEAKER/CUE links, so annotating it from scratch costs 22.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.evaluation import evaluate
from tests.evaluation.helpers import GOLD_RELATIONS, GOLD_SPANS, gold_record, make

SCRATCH = 22


def effort_of(spans, relations=GOLD_RELATIONS):  # type: ignore[no-untyped-def]
    report = evaluate([gold_record()], [make(spans, relations)], effort=True)
    assert report.effort is not None
    (document,) = report.effort.documents
    return document


def replace(span_id: str, *new: tuple) -> list[tuple]:
    return [item for item in GOLD_SPANS if item[0] != span_id] + list(new)


def test_perfect_prediction_needs_no_edit() -> None:
    document = effort_of(GOLD_SPANS)
    assert (document.edits, document.scratch) == (0, SCRATCH)


def test_empty_prediction_costs_as_much_as_scratch() -> None:
    report = evaluate([gold_record()], [make([], [])], effort=True)
    assert report.effort is not None
    document = report.effort.documents[0]
    assert (document.missing, document.missing_links, document.edits) == (16, 6, 22)
    assert report.effort.saving == 0.0


@pytest.mark.parametrize(
    ("spans", "relations", "expected"),
    [
        # A missing quote: the span and its SPEAKER and CUE links.
        (
            replace("q2"),
            [rel for rel in GOLD_RELATIONS if rel[0] != "q2"],
            {"missing": 1, "missing_links": 2},
        ),
        # A spurious span; a spurious quote's own links go with it.
        (
            [*GOLD_SPANS, ("x1", "ORG", "Menteri Perdagangan"), ("x2", "QUOTE", "Pada Senin")],
            [*GOLD_RELATIONS, ("x2", "k1", "SPEAKER"), ("x2", "c1", "CUE")],
            {"spurious": 2},
        ),
        # Same offsets, another label: PERSON as ORG; an indirect quote predicted as a direct one.
        (replace("p4", ("p4", "ORG", "Budi Santoso")), GOLD_RELATIONS, {"relabelled": 1}),
        (replace("q3", ("q3", "QUOTE", "gudang Bulog penuh")), GOLD_RELATIONS, {"relabelled": 1}),
        # Same label, other bounds: one edit per edge moved; the moved speaker keeps its links.
        (replace("p4", ("p4", "PERSON", "Presiden Budi Santoso")), GOLD_RELATIONS, {"edges_moved": 1}),
        (replace("p1", ("p1", "PERSON", "Perdagangan Rina Hartono menolak")), GOLD_RELATIONS, {"edges_moved": 2}),
        (replace("k3", ("k3", "SPEAKER", "Rina mengatakan")), GOLD_RELATIONS, {"edges_moved": 1}),
        # Quotation marks and edge punctuation are not edges to move (quote matching ignores them).
        (replace("q1", ("q1", "QUOTE", "“Stok kita cukup")), GOLD_RELATIONS, {}),
        # A quote linked to the wrong speaker: one link to delete, one to create.
        (
            GOLD_SPANS,
            [rel for rel in GOLD_RELATIONS if rel[:2] != ("q1", "k1")] + [("q1", "k2", "SPEAKER")],
            {"missing_links": 1, "spurious_links": 1},
        ),
        # Another label and other bounds: delete and create.
        (replace("g1", ("g1", "ORG", "JAKARTA --")), GOLD_RELATIONS, {"missing": 1, "spurious": 1}),
    ],
)
def test_each_kind_of_edit(spans: list[tuple], relations: list[tuple], expected: dict[str, int]) -> None:
    document = effort_of(spans, relations)
    kinds = ("missing", "spurious", "relabelled", "edges_moved", "missing_links", "spurious_links")
    assert {kind: getattr(document, kind) for kind in kinds if getattr(document, kind)} == expected
    assert document.edits == sum(expected.values())
    assert document.scratch == SCRATCH


def test_labels_outside_the_micro_average_are_not_counted() -> None:
    spans = [*GOLD_SPANS, ("n1", "NORP", "Presiden"), ("f1", "FURNITURE", "JAKARTA --")]
    assert effort_of(spans).edits == 0
    report = evaluate([gold_record()], [make(GOLD_SPANS, GOLD_RELATIONS)], labels=["PERSON"], effort=True)
    assert report.effort is not None
    assert report.effort.documents[0].scratch == 4 + 9 + 6  # PERSON spans, quote spans, links


def test_report_sums_documents_and_saving(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    second_gold = gold_record().model_copy(update={"id": "doc2"})
    predicted = [
        make(replace("q2"), [rel for rel in GOLD_RELATIONS if rel[0] != "q2"]),  # 3 edits
        make(replace("p4", ("p4", "PERSON", "Presiden Budi Santoso")), GOLD_RELATIONS, record_id="doc2"),  # 1 edit
    ]
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text("".join(r.model_dump_json() + "\n" for r in (gold_record(), second_gold)), "utf-8")
    pred_path.write_text("".join(r.model_dump_json() + "\n" for r in predicted), "utf-8")

    assert main(["evaluate", str(gold_path), str(pred_path), "--effort"]) == 0
    out = capsys.readouterr().out
    assert "Edit effort: 4 edits, 2.0 per document; from scratch 44 (22.0 per document); saving 90.9%" in out
    assert "  doc1: 3 edits (from scratch 22): missing 1, missing links 2" in out
    assert "  doc2: 1 edits (from scratch 22): edges moved 1" in out

    assert main(["evaluate", str(gold_path), str(pred_path), "--effort", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["effort"]["edits"] == 4
    assert data["effort"]["edits_per_document"] == 2.0
    assert data["effort"]["saving"] == pytest.approx(1 - 4 / 44)
    assert [doc["edits"] for doc in data["effort"]["documents"]] == [3, 1]

    assert main(["evaluate", str(gold_path), str(pred_path), "--json"]) == 0
    assert "effort" not in json.loads(capsys.readouterr().out)

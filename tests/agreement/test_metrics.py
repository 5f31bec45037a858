"""Agreement metrics on hand-computed examples, and against scikit-learn and krippendorff."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.agreement import Annotation, DocumentAnnotations, RelationUnit, SpanUnit, compute_agreement
from annotator.agreement.compare import compare, confusion_counts
from annotator.agreement.matching import partial_matching
from annotator.agreement.tokens import cohen_kappa, krippendorff_alpha

ENTITIES = {"PERSON", "ORG", "GPE"}


def spans(*items: tuple[int, int, str]) -> list[SpanUnit]:
    return [SpanUnit(f"s{n}", start, end, label) for n, (start, end, label) in enumerate(items, 1)]


def accepted(*items: tuple[int, int, str], relations: list[RelationUnit] | None = None) -> Annotation:
    return Annotation(status="accepted", spans=spans(*items), relations=relations or [])


def test_exact_and_partial_f1_per_label_and_micro() -> None:
    text = "x" * 60
    a = accepted((0, 5, "PERSON"), (10, 15, "PERSON"), (20, 30, "ORG"))
    b = accepted((0, 5, "PERSON"), (11, 15, "PERSON"), (40, 45, "ORG"))
    report = compute_agreement([DocumentAnnotations("d1", text, {"alice": a, "bob": b})], lang="id", entity_labels=ENTITIES)
    pair = report.pairs[0]
    assert (pair.a, pair.b, pair.documents) == ("alice", "bob", 1)
    person = pair.labels["PERSON"]
    assert (person.f1_exact, person.f1_partial, person.support_a, person.support_b) == (0.5, 1.0, 2, 2)
    assert pair.labels["ORG"].f1_exact == 0.0 and pair.labels["ORG"].f1_partial == 0.0
    assert pair.f1_exact == pytest.approx(2 * 1 / 6)
    assert pair.f1_partial == pytest.approx(2 * 2 / 6)
    assert report.by_document[0].id == "d1" and report.by_document[0].f1_partial == pytest.approx(2 / 3)


def test_partial_matching_prefers_more_pairs_then_larger_overlap() -> None:
    # Greedy by overlap would pair A0-B0 (5 code points) and leave A1 alone; two pairs are possible.
    a = spans((0, 10, "ORG"), (12, 14, "ORG"))
    b = sorted(spans((5, 13, "ORG"), (0, 2, "ORG")), key=lambda s: s.start)  # (0,2), (5,13)
    assert sorted(partial_matching(a, b)) == [(0, 0), (1, 1)]
    # One pair only: the larger overlap wins (`the ministry` against `ministry` and `the`).
    a = spans((0, 12, "ORG"))
    b = spans((0, 3, "ORG"), (4, 12, "ORG"))
    assert partial_matching(a, b) == [(0, 1)]
    # Touching spans share no code point.
    assert partial_matching(spans((0, 4, "ORG")), spans((4, 8, "ORG"))) == []


def test_confusion_matrix_has_missing_row_and_column() -> None:
    a = spans((0, 5, "PERSON"), (10, 15, "ORG"), (20, 25, "GPE"))
    b = spans((0, 5, "PERSON"), (10, 15, "PERSON"), (30, 35, "GPE"))
    counts = confusion_counts(Annotation("accepted", a).places, Annotation("accepted", b).places)
    assert counts == {("PERSON", "PERSON"): 1, ("ORG", "PERSON"): 1, ("GPE", "MISSING"): 1, ("MISSING", "GPE"): 1}
    report = compute_agreement(
        [DocumentAnnotations("d", "x" * 40, {"a": Annotation("accepted", a), "b": Annotation("accepted", b)})],
        lang="id",
        entity_labels=ENTITIES,
    )
    confusion = report.pairs[0].confusion
    assert confusion.labels == ["GPE", "ORG", "PERSON", "MISSING"]
    assert confusion.matrix[confusion.labels.index("ORG")][confusion.labels.index("PERSON")] == 1
    assert confusion.matrix[3][0] == 1 and confusion.matrix[0][3] == 1


def test_indirect_quote_is_its_own_label() -> None:
    from annotator.agreement.units import annotation_from_record

    record = {
        "status": "accepted",
        "spans": [
            {"id": "s1", "start": 0, "end": 4, "label": "QUOTE", "attrs": {"type": "indirect"}},
            {"id": "s2", "start": 5, "end": 9, "label": "QUOTE", "attrs": {}},
        ],
        "relations": [],
    }
    assert [span.label for span in annotation_from_record(record).spans] == ["QUOTE:indirect", "QUOTE"]


def test_quote_attribution_through_overlap_and_coref() -> None:
    text = 'Rina Hartono tiba di Medan. "Kami siap," kata dia. "Besok mulai," ujar Budi. Rina Hartono pergi.'

    def at(fragment: str, occurrence: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(fragment, start + 1)
        return start, start + len(fragment)

    q1, q2 = at("Kami siap,"), at("Besok mulai,")
    # alice: quote 1 said by `dia`, which she resolves to the first `Rina Hartono`; quote 2 by Budi.
    alice = Annotation(
        "accepted",
        [
            SpanUnit("q1", *q1, "QUOTE"),
            SpanUnit("c1", *at("kata"), "CUE"),
            SpanUnit("p1", *at("dia"), "SPEAKER"),
            SpanUnit("n1", *at("Rina Hartono"), "PERSON"),
            SpanUnit("q2", *q2, "QUOTE"),
            SpanUnit("c2", *at("ujar"), "CUE"),
            SpanUnit("p2", *at("Budi"), "SPEAKER"),
        ],
        [
            RelationUnit("q1", "p1", "SPEAKER"),
            RelationUnit("q1", "c1", "CUE"),
            RelationUnit("p1", "n1", "COREF"),
            RelationUnit("q2", "p2", "SPEAKER"),
            RelationUnit("q2", "c2", "CUE"),
        ],
    )
    # bob: quote 1 (without its comma) said by the second `Rina Hartono`; quote 2 by `dia` (wrong).
    bob = Annotation(
        "accepted",
        [
            SpanUnit("a", q1[0], q1[1] - 1, "QUOTE"),
            SpanUnit("b", *at("kata"), "CUE"),
            SpanUnit("c", *at("Rina Hartono", 1), "SPEAKER"),
            SpanUnit("d", *q2, "QUOTE"),
            SpanUnit("e", *at("dia"), "SPEAKER"),
            SpanUnit("f", *at("ujar"), "CUE"),
        ],
        [
            RelationUnit("a", "c", "SPEAKER"),
            RelationUnit("a", "b", "CUE"),
            RelationUnit("d", "e", "SPEAKER"),
            RelationUnit("d", "f", "CUE"),
        ],
    )
    comparison = compare(alice, bob, text)
    assert comparison.quotes_matched == 2
    assert (comparison.speaker.compared, comparison.speaker.agreed) == (2, 1)
    assert (comparison.cue.compared, comparison.cue.agreed) == (2, 2)
    # Exact relations: only quote 2's CUE has the same head and child offsets on both sides (bob's quote 1 is shorter).
    assert (comparison.relations.a, comparison.relations.b, comparison.relations.exact) == (5, 4, 1)
    report = compute_agreement([DocumentAnnotations("d", text, {"alice": alice, "bob": bob})], lang="id", entity_labels=ENTITIES)
    pair = report.pairs[0]
    assert pair.speaker_agreement == 0.5 and pair.cue_agreement == 1.0
    assert pair.relations_f1_exact == pytest.approx(2 * 1 / 9)


def test_two_unresolved_pronouns_far_apart_are_not_the_same_speaker() -> None:
    text = '"A," kata dia. "B," kata dia.'
    first, second = text.index("dia"), text.rindex("dia")
    one = Annotation(
        "accepted",
        [SpanUnit("q", 1, 3, "QUOTE"), SpanUnit("s", first, first + 3, "SPEAKER")],
        [RelationUnit("q", "s", "SPEAKER")],
    )
    two = Annotation(
        "accepted",
        [SpanUnit("q", 1, 3, "QUOTE"), SpanUnit("s", second, second + 3, "SPEAKER")],
        [RelationUnit("q", "s", "SPEAKER")],
    )
    assert compare(one, two, text).speaker.agreed == 0


def test_kappa_hand_computed() -> None:
    # p_o = 3/4; p_e = 1/2·1/4 + 1/2·3/4 = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2) = 1/2
    assert cohen_kappa(np.array([0, 0, 1, 1]), np.array([0, 1, 1, 1])) == pytest.approx(0.5, abs=1e-12)
    assert cohen_kappa(np.array([0, 0]), np.array([0, 0])) is None  # one label only: undefined


def test_alpha_published_example_with_missing_values() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", nominal example: alpha = 0.743.
    m = -1
    data = np.array(
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3],
            [m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m],
        ]
    )
    assert krippendorff_alpha(data) == pytest.approx(0.743, abs=5e-4)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_alpha_and_kappa_equal_the_reference_packages_on_random_data(seed: int) -> None:
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, 4, size=400)
    matrix = np.stack([np.where(rng.random(400) < 0.7, truth, rng.integers(0, 4, size=400)) for _ in range(3)])
    missing = rng.random(matrix.shape) < 0.2
    coded = np.where(missing, -1, matrix)
    expected_alpha = krippendorff.alpha(
        reliability_data=np.where(missing, np.nan, matrix.astype(float)), level_of_measurement="nominal"
    )
    assert krippendorff_alpha(coded) == pytest.approx(expected_alpha, abs=1e-9)
    both = ~missing[0] & ~missing[1]
    expected_kappa = cohen_kappa_score(matrix[0][both], matrix[1][both])
    assert cohen_kappa(coded[0], coded[1]) == pytest.approx(expected_kappa, abs=1e-9)


@pytest.mark.parametrize("seed", [4, 5])
def test_alpha_from_distinct_rows_equals_the_package(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Large inputs take the distinct-rows path; it must give the package's figure."""
    from annotator.agreement import tokens

    rng = np.random.default_rng(seed)
    truth = rng.choice(5, size=3000, p=[0.8, 0.05, 0.05, 0.05, 0.05])
    matrix = np.stack([np.where(rng.random(3000) < 0.8, truth, rng.integers(0, 5, size=3000)) for _ in range(4)])
    coded = np.where(rng.random(matrix.shape) < 0.3, -1, matrix)
    expected = krippendorff.alpha(
        reliability_data=np.where(coded < 0, np.nan, coded.astype(float)), level_of_measurement="nominal"
    )
    monkeypatch.setattr(tokens, "PACKAGE_LIMIT", 10)
    assert krippendorff_alpha(coded) == pytest.approx(expected, abs=1e-9)


def test_token_labels_give_kappa_and_alpha_over_documents() -> None:
    text = "Budi Santoso tiba di Medan kemarin."
    # tokens: Budi Santoso tiba di Medan kemarin .
    a = accepted((0, 12, "PERSON"), (21, 26, "GPE"))
    b = accepted((0, 4, "PERSON"), (21, 26, "ORG"))
    c = Annotation("in_progress", spans((0, 12, "PERSON")))
    report = compute_agreement([DocumentAnnotations("d", text, {"a": a, "b": b, "c": c})], lang="id", entity_labels=ENTITIES)
    assert report.annotators == ["a", "b"]  # c has not finished
    assert report.tokens == 7
    labels_a = [1, 1, 0, 0, 2, 0, 0]
    labels_b = [1, 0, 0, 0, 3, 0, 0]
    assert report.pairs[0].kappa_token == pytest.approx(cohen_kappa_score(labels_a, labels_b), abs=1e-12)
    assert report.alpha_token == pytest.approx(
        krippendorff.alpha(reliability_data=[labels_a, labels_b], level_of_measurement="nominal"), abs=1e-12
    )


def test_references_gold_and_prelabels() -> None:
    text = "x" * 30
    gold = accepted((0, 5, "PERSON"), (10, 15, "ORG"))
    prelabel = Annotation("accepted", spans((0, 5, "PERSON")))
    document = DocumentAnnotations("d", text, {"alice": accepted((0, 5, "PERSON"))}, prelabel=prelabel, gold=gold)
    report = compute_agreement([document], lang="id", entity_labels=ENTITIES)
    assert report.documents == 0 and report.pairs == []
    assert report.against_gold[0].annotator == "alice" and report.against_gold[0].f1_exact == pytest.approx(2 / 3)
    assert report.prelabels[0].f1_exact == 1.0
    assert any("finished by two annotators" in note for note in report.diagnostics)


def test_diagnostics_in_plain_words() -> None:
    text = "x" * 400
    docs = []
    for n in range(6):
        a = accepted(*[(i * 10, i * 10 + 5, "PERSON") for i in range(10)], (300, 305, "ORG"))
        b = accepted(*[(i * 10 + 1, i * 10 + 5, "PERSON") for i in range(10)])
        docs.append(DocumentAnnotations(f"d{n}", text, {"a": a, "b": b}))
    notes = compute_agreement(docs, lang="id", entity_labels=ENTITIES).diagnostics
    assert any("PERSON makes up 95% of the spans" in note for note in notes)
    assert any(note.startswith("95% of the disagreements are boundaries") for note in notes)
    assert not any("too few items" in note for note in notes)  # 6 documents, 126 spans
    docs[0].annotators["lazy"] = Annotation("accepted")
    notes = compute_agreement(docs, lang="id", entity_labels=ENTITIES).diagnostics
    assert "lazy finished 1 document without marking a single span." in notes
    assert any(note.startswith("a and lazy share only 1 document") for note in notes)


def test_progress_and_cancel() -> None:
    from annotator.progress import Cancelled

    docs = [
        DocumentAnnotations(f"d{n}", "Budi di Medan.", {"a": accepted((0, 4, "PERSON")), "b": accepted((8, 13, "GPE"))})
        for n in range(250)
    ]
    heard: list[tuple[int, int | None]] = []
    compute_agreement(
        docs, lang="id", entity_labels=ENTITIES, progress=lambda done, total: heard.append((done, total)), total=250
    )
    assert heard == [(100, 250), (200, 250)]
    with pytest.raises(Cancelled):
        compute_agreement(iter(docs), lang="id", entity_labels=ENTITIES, cancel=lambda: True)

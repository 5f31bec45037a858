"""Counting on columns gives what counting one comparison at a time gives (``compare``, the
definition), on random annotations with every awkward case: nested and repeated spans, several
labels at one place, quotes with several or far-apart speakers, COREF chains."""

from __future__ import annotations

import random
from itertools import combinations

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.agreement import Annotation, DocumentAnnotations, RelationUnit, SpanUnit
from annotator.agreement.columns import columns_of_documents
from annotator.agreement.compare import Comparison, compare
from annotator.agreement.compute import compute_agreement
from annotator.agreement.corpus import gather_columns
from annotator.agreement.tokens import LabelCodes, token_labels, token_offsets

ENTITIES = {"PERSON", "ORG", "GPE"}
LABELS = ["PERSON", "ORG", "GPE", "QUOTE", "QUOTE:indirect", "CUE", "SPEAKER"]
WORDS = ["Budi", "kata", "dia", "Medan", "ujar", "Kementerian", "pergi", "ke", "“Kami", "siap,”", "K.H.", "Ma'ruf", "-"]


def random_annotation(rng: random.Random, text: str, base: list[SpanUnit], status: str = "accepted") -> Annotation:
    spans: list[SpanUnit] = []
    for span in base:
        roll = rng.random()
        if roll < 0.15:
            continue
        start, end, label = span.start, span.end, span.label
        if roll < 0.35:
            start = max(0, min(end - 1, start + rng.randint(-3, 3)))
            end = min(len(text), max(start + 1, end + rng.randint(-3, 3)))
        elif roll < 0.45:
            label = rng.choice(LABELS)
        spans.append(SpanUnit(f"k{len(spans)}", start, end, label))
        if rng.random() < 0.03:
            spans.append(SpanUnit(f"k{len(spans)}", start, end, label))  # the same span twice
    rng.shuffle(spans)
    relations = []
    for head in spans:
        if head.label.startswith("QUOTE"):
            for label in ("SPEAKER", "CUE"):
                for _ in range(rng.choice([0, 1, 1, 1, 2])):
                    relations.append(RelationUnit(head.key, rng.choice(spans).key, label))
        if rng.random() < 0.1:
            relations.append(RelationUnit(head.key, rng.choice(spans).key, "COREF"))
    return Annotation(status=status, spans=spans, relations=relations)


def random_documents(seed: int, count: int = 40) -> list[DocumentAnnotations]:
    rng = random.Random(seed)
    documents = []
    for number in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60)))
        base = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randrange(len(text))
            base.append(SpanUnit("", start, min(len(text), start + rng.randint(1, 15)), rng.choice(LABELS)))
        names = rng.sample(["ani", "budi", "citra", "dewi"], rng.randint(1, 4))
        annotators = {name: random_annotation(rng, text, base, rng.choice(["accepted"] * 5 + ["in_progress"])) for name in names}
        documents.append(
            DocumentAnnotations(
                f"d{number}",
                text,
                annotators,
                prelabel=random_annotation(rng, text, base) if rng.random() < 0.5 else None,
                gold=random_annotation(rng, text, base) if rng.random() < 0.5 else None,
            )
        )
    return documents


def assert_same(left: Comparison, right: Comparison) -> None:
    assert left.labels == right.labels
    assert +left.confusion == +right.confusion
    assert (left.speaker, left.cue, left.relations) == (right.speaker, right.cue, right.relations)
    assert (left.quotes_matched, left.units, left.matched) == (right.quotes_matched, right.units, right.matched)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_columns_count_what_compare_counts(seed: int) -> None:
    documents = random_documents(seed)
    state = gather_columns(columns_of_documents(documents), entity_labels=ENTITIES, statuses=("accepted",))
    pairs: dict[tuple[str, str], Comparison] = {}
    gold: dict[str, Comparison] = {}
    prelabel: dict[str, Comparison] = {}
    scores = []
    for document in documents:
        finished = document.finished(["accepted"])
        for name in finished:
            mine = document.annotators[name]
            if document.gold is not None and document.gold.status == "accepted":
                compare(document.gold, mine, document.text, attribution=False, into=gold.setdefault(name, Comparison()))
            if document.prelabel is not None:
                compare(document.prelabel, mine, document.text, attribution=False, into=prelabel.setdefault(name, Comparison()))
        if len(finished) < 2:
            continue
        here = Comparison()
        for a, b in combinations(finished, 2):
            one = compare(document.annotators[a], document.annotators[b], document.text)
            pairs.setdefault((a, b), Comparison()).add(one)
            here.add(one)
        scores.append((document.doc_id, here.units, here.matched))
    assert pairs.keys() == state.pairs.keys() and gold.keys() == state.gold.keys()
    for key, comparison in pairs.items():
        assert_same(state.pairs[key], comparison)
    for name, comparison in gold.items():
        assert_same(state.gold[name], comparison)
    for name, comparison in prelabel.items():
        assert_same(state.prelabel[name], comparison)
    assert [(doc.id, doc.units) for doc in state.by_document] == [(doc_id, units) for doc_id, units, _ in scores]
    for doc, (_, units, matched) in zip(state.by_document, scores, strict=True):
        assert doc.f1_partial == (None if units == 0 else pytest.approx(2 * matched / units, abs=1e-12))


@pytest.mark.parametrize("seed", [6, 7])
def test_token_kappa_and_alpha_equal_the_packages_on_per_document_labels(seed: int) -> None:
    documents = random_documents(seed)
    report = compute_agreement(documents, lang="id", entity_labels=ENTITIES)
    codes = LabelCodes(ENTITIES)
    per_pair: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    columns: list[list[int]] = []
    names = report.annotators
    for document in documents:
        finished = document.finished(["accepted"])
        if len(finished) < 2:
            continue
        starts, ends = token_offsets(document.text, "id")
        labels = {name: token_labels(document.annotators[name], starts, ends, ENTITIES, codes).tolist() for name in finished}
        for a, b in combinations(finished, 2):
            left, right = per_pair.setdefault((a, b), ([], []))
            left.extend(labels[a])
            right.extend(labels[b])
        for token in range(len(starts)):
            columns.append([labels[name][token] if name in labels else -1 for name in names])
    for pair in report.pairs:
        left, right = per_pair[pair.a, pair.b]
        assert pair.kappa_token == pytest.approx(cohen_kappa_score(left, right), abs=1e-9)
    data = np.array(columns, dtype=float).T
    data[data < 0] = np.nan
    assert report.tokens == data.shape[1]
    assert report.alpha_token == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-9
    )


def records_with_an_indirect_quote() -> list[dict[str, object]]:
    from tests.agreement.helpers import TEXT_1, record, sample_records, span

    indirect = [
        span(TEXT_1, "Budi Santoso", "PERSON", "p"),
        span(TEXT_1, "Kami siap,", "QUOTE", "q", type="indirect"),
        span(TEXT_1, "kata", "CUE", "c"),
        span(TEXT_1, "dia", "SPEAKER", "s"),
    ]
    links = [
        {"head": "q", "child": "s", "label": "SPEAKER"},
        {"head": "q", "child": "c", "label": "CUE"},
        {"head": "s", "child": "p", "label": "COREF"},
    ]
    return [*sample_records(), record("d1", TEXT_1, "carol", indirect, relations=links)]


def test_reading_a_project_gives_the_report_of_its_records(tmp_path, project_location: str) -> None:  # type: ignore[no-untyped-def]
    """The project reader (numbers packed by the database) against the same records in memory,
    with an indirect quote, a COREF chain and two annotators' layers, on SQLite and PostgreSQL."""
    import json

    from annotator.agreement.load import entity_labels, project_agreement
    from annotator.agreement.units import annotation_from_record
    from annotator.cli.main import main
    from annotator.storage import Project

    records = records_with_an_indirect_quote()
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert main(["init", project_location, "--lang", "id"]) == 0
    assert main(["import", project_location, str(source)]) == 0
    documents: dict[str, DocumentAnnotations] = {}
    for item in records:
        document = documents.setdefault(str(item["id"]), DocumentAnnotations(str(item["id"]), str(item["text"])))
        annotation = annotation_from_record(item)
        if item.get("layer") == "gold":
            document.gold = annotation
        else:
            document.annotators[str(item["annotator"])] = annotation
    with Project.open(project_location) as project:
        read = project_agreement(project).model_dump()
        entities = entity_labels(project)
    expected = compute_agreement(list(documents.values()), lang="id", entity_labels=entities).model_dump()
    assert "QUOTE:indirect" in read["pairs"][1]["labels"]
    assert read.pop("alpha_token") == pytest.approx(expected.pop("alpha_token"), abs=1e-12)
    assert read == expected


def test_labels_the_database_does_not_code_are_looked_up(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from annotator.agreement import read_columns
    from annotator.agreement.load import project_agreement
    from annotator.storage import Project
    from tests.agreement.helpers import make_project

    location = make_project(tmp_path, records_with_an_indirect_quote())
    with Project.open(location) as project:
        expected = project_agreement(project)
    assert "QUOTE:indirect" in expected.pairs[1].labels
    coded = read_columns._label_case

    def without_places_and_quotes(dialect: str, labels: list[str], parameters: dict[str, object]) -> str:
        return coded(dialect, [label if label not in ("GPE", "QUOTE") else "-" for label in labels], parameters)

    monkeypatch.setattr(read_columns, "_label_case", without_places_and_quotes)
    with Project.open(location) as project:
        assert project_agreement(project) == expected

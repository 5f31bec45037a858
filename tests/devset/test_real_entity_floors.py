"""Entity score floors on the real published articles (data/real): the pre-labeller's entity micro
F1 over PERSON, ORG, GPE, LOC and DATE (the labels the real gold annotates) must stay close to
the figures in docs/prelabelling.md. The held-out part is only measured here, never tuned on."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.evaluation import evaluate_pairs, pair_records, read_jsonl
from annotator.evaluation.prelabelled import prelabel_gold

REAL = Path(__file__).resolve().parents[2] / "data" / "real"
LABELS = ("PERSON", "ORG", "GPE", "LOC", "DATE")

#: (part, language): floor of entity micro F1, about a point under the figures of 7 Dec 2026
#: (twelfth session), after its rounds, on the set of 442 articles: dev id 0.929, dev en 0.936,
#: held-out id 0.897, held-out en 0.882 (docs/prelabelling.md).
#: Both parts grow with batches nobody has tuned on, so a floor sits under what the newest batch
#: brought its part to, not under the best figure it ever had (the nineteenth batch, untuned, took
#: dev id from 0.921 to 0.918 and held-out id from 0.894 to 0.891).
FLOORS = {
    ("dev", "id"): 0.92,
    ("dev", "en"): 0.925,
    ("heldout", "id"): 0.885,
    ("heldout", "en"): 0.87,
}


@pytest.mark.slow
@pytest.mark.parametrize(("part", "lang"), list(FLOORS), ids=[f"real-{p}-{lang}" for p, lang in FLOORS])
def test_real_entity_scores_stay_above_the_floors(part: str, lang: str) -> None:
    gold = list(read_jsonl(REAL / part / f"{lang}.jsonl"))
    report = evaluate_pairs(pair_records(gold, prelabel_gold(gold, lang=lang)), labels=LABELS)
    score = report.entity_micro.f1
    assert score >= FLOORS[part, lang], f"real {part}/{lang}: entity micro F1 {score:.3f} < {FLOORS[part, lang]}"

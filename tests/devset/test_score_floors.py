"""Score floors: the real pre-labeller on the development and held-out sets must not fall below
figures close to the published ones (README's table). A rule change that costs more than about a
point anywhere fails here, not only where an example test happens to look."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.evaluation import evaluate_pairs, pair_records, read_jsonl
from annotator.evaluation.prelabelled import prelabel_gold

DATA = Path(__file__).resolve().parents[2] / "data"

#: (set, language): floors for direct quote F1, cue accuracy, speaker resolved to a name,
#: indirect quote F1 and entity micro F1. Published figures on 5 Dec 2026, minus about 0.01:
#: dev id 1.000 / 1.000 / 0.992 / 0.991 / 0.940; dev en 1.000 / 1.000 / 0.951 / 0.937 / 0.916;
#: held-out id 1.000 / 1.000 / 0.913 / 0.921 / 0.861; held-out en 1.000 / 1.000 / 0.947 / 0.844 / 0.833.
#: After the rounds of 5 Dec 2026 (afternoon) held-out speaker resolved is 0.978 (id) and 1.000 (en),
#: held-out en indirect F1 0.889. After the eighth rounds (5 Dec 2026, late night) entity micro F1
#: is 0.950 / 0.926 / 0.902 / 0.885 (dev id, dev en, held-out id, held-out en); after the rounds of
#: 6 Dec 2026 0.950 / 0.926 / 0.906 / 0.885.
FLOORS = {
    ("dev", "id"): (0.99, 0.99, 0.98, 0.98, 0.94),
    ("dev", "en"): (0.99, 0.99, 0.94, 0.92, 0.91),
    ("heldout", "id"): (0.99, 0.99, 0.96, 0.91, 0.895),
    ("heldout", "en"): (0.99, 0.99, 0.98, 0.87, 0.87),
}


@pytest.mark.slow
@pytest.mark.parametrize(("set_name", "lang"), list(FLOORS), ids=[f"{s}-{lang}" for s, lang in FLOORS])
def test_prelabeller_scores_stay_above_the_floors(set_name: str, lang: str) -> None:
    gold = list(read_jsonl(DATA / set_name / f"{lang}.jsonl"))
    report = evaluate_pairs(pair_records(gold, prelabel_gold(gold, lang=lang)))
    scores = (
        report.quotes.detection.f1,
        report.quotes.cue.accuracy,
        report.quotes.speaker_resolved.accuracy,
        report.indirect_quotes.detection.f1,
        report.entity_micro.f1,
    )
    names = ("direct quote F1", "cue accuracy", "speaker resolved", "indirect quote F1", "entity micro F1")
    floors = FLOORS[set_name, lang]
    below = [f"{name} {score:.3f} < {floor}" for name, score, floor in zip(names, scores, floors, strict=True) if score < floor]
    assert not below, f"{set_name}/{lang}: " + "; ".join(below)


#: Quote measures on the real published articles (`data/real/`, 239 articles): direct quote F1,
#: cue accuracy, speaker (named), speaker resolved to a name, indirect quote F1, about 0.01-0.02
#: under the figures of 6 Dec 2026 (morning), after the rounds on the ninth batch
#: (docs/prelabelling.md): dev id 0.993 / 0.994 / 0.991 / 0.964 / 0.937; dev en 0.993 / 0.986 /
#: 0.960 / 0.960 / 0.931; held-out id 0.986 / 0.986 / 0.901 / 0.901 / 0.847; held-out en 1.000 /
#: 1.000 / 0.958 / 0.958 / 0.840. Both parts grow with batches nobody has tuned on, so a floor sits
#: under what the newest batch brought its part to, not under the best figure it ever had.
REAL_QUOTE_FLOORS = {
    # About a point under the figures of 7 Dec 2026 (twelfth session), after its rounds, on the set
    # of 442 articles (direct F1 / cue / speaker named / resolved / indirect F1): dev id 0.996 /
    # 0.995 / 0.980 / 0.957 / 0.958, dev en 0.993 / 0.984 / 0.971 / 0.962 / 0.926, held-out id
    # 0.985 / 1.000 / 0.977 / 0.938 / 0.868, held-out en 0.987 / 0.972 / 0.935 / 0.818 / 0.843.
    # The eleventh session's figures were the same but for dev id resolved 0.954 and dev en cue
    # 0.978, speakers 0.965 / 0.959 and indirect 0.919 (an unlisted verb after a closing mark,
    # close_verbs1; en_indirect20 and en_indirect21). The twentieth batch (sixteenth session)
    # added three untuned held-out Indonesian pages: held-out id resolved fell to 0.920. The
    # twenty-second batch's untuned pages moved four floors under them: its three held-out English
    # pages (142-144) brought held-out en cue to 0.949 and speaker named to 0.917, its three held-out
    # Indonesian pages (156-158) brought held-out id resolved to 0.904, and its seven English
    # development pages (162-168) brought dev en resolved to 0.947 (374 of 395) and indirect F1 to
    # 0.9146.
    ("dev", "id"): (0.985, 0.985, 0.97, 0.945, 0.945),
    ("dev", "en"): (0.98, 0.975, 0.96, 0.94, 0.905),
    ("heldout", "id"): (0.975, 0.985, 0.965, 0.90, 0.855),
    ("heldout", "en"): (0.975, 0.94, 0.91, 0.805, 0.83),
}


@pytest.mark.slow
@pytest.mark.parametrize(("set_name", "lang"), list(REAL_QUOTE_FLOORS), ids=[f"real-{s}-{lang}" for s, lang in REAL_QUOTE_FLOORS])
def test_quote_scores_on_real_articles_stay_above_the_floors(set_name: str, lang: str) -> None:
    gold = list(read_jsonl(DATA / "real" / set_name / f"{lang}.jsonl"))
    report = evaluate_pairs(pair_records(gold, prelabel_gold(gold, lang=lang)))
    scores = (
        report.quotes.detection.f1,
        report.quotes.cue.accuracy,
        report.quotes.speaker_named.accuracy,
        report.quotes.speaker_resolved.accuracy,
        report.indirect_quotes.detection.f1,
    )
    names = ("direct quote F1", "cue accuracy", "speaker named", "speaker resolved", "indirect quote F1")
    floors = REAL_QUOTE_FLOORS[set_name, lang]
    below = [f"{name} {score:.3f} < {floor}" for name, score, floor in zip(names, scores, floors, strict=True) if score < floor]
    assert not below, f"real {set_name}/{lang}: " + "; ".join(below)

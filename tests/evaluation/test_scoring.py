"""Scores of hand-made predictions against a hand-made gold record, with the exact expected counts."""

from __future__ import annotations

import pytest

from annotator.evaluation import EvaluationError, evaluate
from tests.evaluation.helpers import GOLD_RELATIONS, GOLD_SPANS, TEXT, gold_record, make


def test_perfect_prediction_scores_one_everywhere() -> None:
    report = evaluate([gold_record()], [gold_record()])
    assert report.documents == 1
    assert (report.quotes.detection.gold, report.quotes.detection.correct) == (2, 2)
    assert report.quotes.detection.f1 == 1.0
    assert report.quotes.cue.accuracy == 1.0
    assert report.quotes.speaker_named.accuracy == 1.0
    assert report.quotes.speaker_resolved.accuracy == 1.0
    assert report.indirect_quotes.detection.f1 == 1.0
    assert report.entity_micro.f1 == 1.0
    assert report.entity_micro.gold == 7
    assert report.problems == []


def test_missing_quote_lowers_recall_only() -> None:
    spans = [span for span in GOLD_SPANS if span[0] != "q2"]
    relations = [rel for rel in GOLD_RELATIONS if rel[0] != "q2"]
    report = evaluate([gold_record()], [make(spans, relations)])
    detection = report.quotes.detection
    assert (detection.gold, detection.predicted, detection.correct) == (2, 1, 1)
    assert detection.precision == 1.0
    assert detection.recall == 0.5
    assert detection.f1 == pytest.approx(2 / 3)
    assert (report.quotes.cue.correct, report.quotes.cue.total) == (1, 1)
    assert [problem.kind for problem in report.problems] == ["missed quote"]


def test_quote_match_ignores_marks_whitespace_and_edge_punctuation() -> None:
    spans = [span for span in GOLD_SPANS if span[0] not in ("q1", "q2")]
    spans += [("q1", "QUOTE", "“Stok kita cukup"), ("q2", "QUOTE", " “Harga akan turun.”")]
    report = evaluate([gold_record()], [make(spans, GOLD_RELATIONS)])
    assert report.quotes.detection.correct == 2
    assert report.quotes.detection.f1 == 1.0


def test_quote_missing_a_word_does_not_match() -> None:
    spans = [span for span in GOLD_SPANS if span[0] != "q1"] + [("q1", "QUOTE", "Stok kita")]
    report = evaluate([gold_record()], [make(spans, GOLD_RELATIONS)])
    detection = report.quotes.detection
    assert (detection.gold, detection.predicted, detection.correct) == (2, 2, 1)
    assert detection.f1 == 0.5
    kinds = sorted(problem.kind for problem in report.problems)
    assert kinds == ["missed quote", "spurious quote"]


def test_wrong_speaker_counts_against_named_and_resolved() -> None:
    spans = [*GOLD_SPANS, ("k9", "SPEAKER", "Budi Santoso")]
    relations = [rel for rel in GOLD_RELATIONS if rel[:2] != ("q1", "k1")] + [("q1", "k9", "SPEAKER")]
    report = evaluate([gold_record()], [make(spans, relations)])
    assert (report.quotes.speaker_named.correct, report.quotes.speaker_named.total) == (1, 2)
    assert (report.quotes.speaker_resolved.correct, report.quotes.speaker_resolved.total) == (1, 2)
    assert report.quotes.cue.accuracy == 1.0


def test_different_mention_resolving_to_the_same_name_is_right_when_resolved() -> None:
    # The prediction attributes the second quote to the full name itself instead of the pronoun "Ia".
    relations = [rel for rel in GOLD_RELATIONS if rel[:2] != ("q2", "k2")] + [("q2", "p1", "SPEAKER")]
    report = evaluate([gold_record()], [make(GOLD_SPANS, relations)])
    assert (report.quotes.speaker_named.correct, report.quotes.speaker_resolved.correct) == (1, 2)


def test_pronoun_without_coref_resolves_to_itself_and_misses() -> None:
    relations = [rel for rel in GOLD_RELATIONS if rel[:2] != ("k2", "p1")]
    report = evaluate([gold_record()], [make(GOLD_SPANS, relations)])
    assert report.quotes.speaker_named.correct == 2
    assert report.quotes.speaker_resolved.correct == 1
    problem = next(problem for problem in report.problems if problem.kind == "quote speaker (resolved)")
    assert (problem.gold, problem.predicted) == ("Rina Hartono", "Ia")


def test_coref_from_entity_at_the_speaker_offsets_and_case_insensitive_names() -> None:
    text = "BUDI SANTOSO, alias Budi Santoso, tiba. “Kami siap,” kata Budi."
    speaker = ("k", "SPEAKER", "Budi", 2)
    gold = make(
        [("p1", "PERSON", "BUDI SANTOSO"), ("q", "QUOTE", "Kami siap,"), speaker, ("p2", "PERSON", "Budi", 2)],
        [("q", "k", "SPEAKER"), ("k", "p1", "COREF")],
        text=text,
    )
    # The prediction links the PERSON span at the speaker's offsets to the other spelling of the name.
    pred = make(
        [("x", "PERSON", "Budi Santoso"), ("q", "QUOTE", "Kami siap"), speaker, ("n", "PERSON", "Budi", 2)],
        [("q", "k", "SPEAKER"), ("n", "x", "COREF")],
        text=text,
    )
    report = evaluate([gold], [pred])
    assert report.quotes.speaker_named.correct == 1
    assert report.quotes.speaker_resolved.correct == 1
    assert report.quotes.cue.total == 0
    unlinked = make([("x", "PERSON", "Budi Santoso"), ("q", "QUOTE", "Kami siap"), speaker], [("q", "k", "SPEAKER")], text=text)
    assert evaluate([gold], [unlinked]).quotes.speaker_resolved.correct == 0


def test_cue_must_match_the_gold_cue_span() -> None:
    spans = [*GOLD_SPANS, ("c9", "CUE", "menolak")]
    relations = [rel for rel in GOLD_RELATIONS if rel[:2] != ("q2", "c2")] + [("q2", "c9", "CUE")]
    report = evaluate([gold_record()], [make(spans, relations)])
    assert (report.quotes.cue.correct, report.quotes.cue.total) == (1, 2)


def test_indirect_quotes_are_scored_apart_from_direct_ones() -> None:
    spans = [span for span in GOLD_SPANS if span[0] != "q3"] + [("q3", "QUOTE", "gudang Bulog penuh")]
    report = evaluate([gold_record()], [make(spans, GOLD_RELATIONS)])
    assert (report.quotes.detection.gold, report.quotes.detection.predicted, report.quotes.detection.correct) == (2, 3, 2)
    assert (report.indirect_quotes.detection.gold, report.indirect_quotes.detection.predicted) == (1, 0)
    assert report.indirect_quotes.detection.recall == 0.0


def test_entities_per_label_and_micro_without_norp() -> None:
    spans = [span for span in GOLD_SPANS if span[0] not in ("d1", "p4")]
    spans += [("d9", "DATE", "Pada Senin"), ("n1", "NORP", "Presiden"), ("p9", "PERSON", "Budi")]
    report = evaluate([gold_record()], [make(spans, GOLD_RELATIONS)])
    person, date = report.entities["PERSON"], report.entities["DATE"]
    assert (person.gold, person.predicted, person.correct) == (4, 4, 3)
    assert (date.gold, date.predicted, date.correct) == (1, 1, 0)
    assert report.entities["NORP"].predicted == 1
    assert "NORP" not in report.micro_labels
    micro = report.entity_micro
    assert (micro.gold, micro.predicted, micro.correct) == (7, 7, 5)
    assert micro.f1 == pytest.approx(5 / 7)


def test_labels_restrict_the_entities() -> None:
    report = evaluate([gold_record()], [gold_record()], labels=["ORG", "NORP"])
    assert list(report.entities) == ["ORG", "NORP"]
    assert report.micro_labels == ["ORG", "NORP"]
    assert report.entity_micro.gold == 1


def test_records_pair_by_text_when_ids_differ() -> None:
    pred = make(GOLD_SPANS, GOLD_RELATIONS, record_id="other")
    assert evaluate([gold_record()], [pred]).quotes.detection.f1 == 1.0


def test_record_without_partner_is_an_error() -> None:
    other = make([], text=TEXT + " Selesai.", record_id="doc2")
    with pytest.raises(EvaluationError, match="gold record 2: no predicted record with id 'doc2'"):
        evaluate([gold_record(), other], [gold_record()])
    with pytest.raises(EvaluationError, match="predicted record 2: predicted record 'doc2' has no gold record"):
        evaluate([gold_record()], [gold_record(), other])


def test_same_id_different_text_is_an_error() -> None:
    with pytest.raises(EvaluationError, match="different texts"):
        evaluate([gold_record()], [make([], text=TEXT + "!")])


def test_format_text_names_every_section() -> None:
    text = evaluate([gold_record()], [gold_record()]).format_text()
    for part in ("Direct quotes:", "Indirect quotes:", "speaker (resolved)", "PERSON", "micro", "(not in micro)"):
        assert part in text

"""Scoring paired gold and predicted records into an :class:`EvaluationReport`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

from annotator.evaluation.effort import document_effort
from annotator.evaluation.matching import QuoteView, RecordView
from annotator.evaluation.pairing import Located, locate, pair_records
from annotator.evaluation.report import PRF, EffortReport, EvaluationReport, Problem, QuoteScores
from annotator.model import Record, default_scheme
from annotator.model.names import GOLD

#: Reported but left out of the micro average unless asked for by name (the guidelines leave NORP untagged).
NOT_IN_MICRO = frozenset({"NORP"})


def evaluate(
    gold: Iterable[Record], predicted: Iterable[Record], *, labels: Collection[str] | None = None, effort: bool = False
) -> EvaluationReport:
    """Compare predicted records with gold ones (paired by id, else by identical text)."""
    return evaluate_pairs(pair_records(locate(gold, GOLD), locate(predicted, "predicted")), labels=labels, effort=effort)


def evaluate_pairs(
    pairs: list[tuple[Located, Located]], *, labels: Collection[str] | None = None, effort: bool = False
) -> EvaluationReport:
    """Score already paired records; ``labels`` restricts the entity labels (and forms the micro average).

    With ``effort``, the report also counts the edits that turn each prediction into its gold record,
    over the micro-averaged entity labels and the quote labels.
    """
    scheme = default_scheme()
    non_entity = set(scheme.labels_in_group("quote")) | set(scheme.labels_in_group("furniture"))
    if labels is not None:
        entity_labels = list(dict.fromkeys(labels))
    else:
        seen = {span.label for gold, pred in pairs for span in [*gold.record.spans, *pred.record.spans]}
        entity_labels = scheme.labels_in_group("entity") + sorted(seen - non_entity - set(scheme.labels_in_group("entity")))
    report = EvaluationReport(
        documents=len(pairs),
        entities={label: PRF() for label in entity_labels},
        micro_labels=[label for label in entity_labels if labels is not None or label not in NOT_IN_MICRO],
        effort=EffortReport() if effort else None,
    )
    for gold, pred in pairs:
        name = gold.record.id or gold.where
        gold_view, pred_view = RecordView(gold.record), RecordView(pred.record)
        _score_quotes(report.quotes, gold_view, pred_view, indirect=False, problems=report.problems, name=name)
        _score_quotes(report.indirect_quotes, gold_view, pred_view, indirect=True, problems=report.problems, name=name)
        _score_entities(report, gold.record, pred.record, name)
        if report.effort is not None:
            report.effort.documents.append(document_effort(gold.record, pred.record, report.micro_labels, name))
    for label in report.micro_labels:
        report.entity_micro.add(report.entities[label])
    return report


def _score_quotes(
    scores: QuoteScores, gold: RecordView, pred: RecordView, *, indirect: bool, problems: list[Problem], name: str
) -> None:
    kind = "indirect quote" if indirect else "quote"
    text = gold.record.text
    gold_quotes = gold.quotes(indirect=indirect)
    available: dict[tuple[int, int], list[QuoteView]] = {}
    for quote in pred.quotes(indirect=indirect):
        available.setdefault(quote.core, []).append(quote)
    predicted_count = sum(len(quotes) for quotes in available.values())
    scores.detection.add(PRF(gold=len(gold_quotes), predicted=predicted_count))
    for quote in gold_quotes:
        candidates = available.get(quote.core)
        if not candidates:
            problems.append(Problem(document=name, kind=f"missed {kind}", gold=_cut(text, quote.core)))
            continue
        match = candidates.pop(0)
        scores.detection.correct += 1
        if quote.cues:
            scores.cue.total += 1
            if set(quote.cues) & set(match.cues):
                scores.cue.correct += 1
            else:
                got = ", ".join(_cut(text, cue) for cue in match.cues) or None
                problems.append(Problem(document=name, kind=f"{kind} cue", gold=_cut(text, quote.cues[0]), predicted=got))
        if quote.speakers:
            _score_speaker(scores, quote, match, gold, pred, problems, name, kind)
    for quotes in available.values():
        for quote in quotes:
            problems.append(Problem(document=name, kind=f"spurious {kind}", predicted=_cut(text, quote.core)))


def _score_speaker(
    scores: QuoteScores,
    quote: QuoteView,
    match: QuoteView,
    gold: RecordView,
    pred: RecordView,
    problems: list[Problem],
    name: str,
    kind: str,
) -> None:
    text = gold.record.text
    gold_mentions = {gold.core(span) for span in quote.speakers}
    pred_mentions = {pred.core(span) for span in match.speakers}
    scores.speaker_named.total += 1
    if gold_mentions & pred_mentions:
        scores.speaker_named.correct += 1
    else:
        problems.append(
            Problem(
                document=name,
                kind=f"{kind} speaker (named)",
                gold=_cut(text, next(iter(gold_mentions))),
                predicted=", ".join(_cut(text, mention) for mention in pred_mentions) or None,
            )
        )
    gold_names = {gold.resolve(span).casefold(): gold.resolve(span) for span in quote.speakers}
    pred_names = {pred.resolve(span).casefold(): pred.resolve(span) for span in match.speakers}
    scores.speaker_resolved.total += 1
    if set(gold_names) & set(pred_names):
        scores.speaker_resolved.correct += 1
    else:
        problems.append(
            Problem(
                document=name,
                kind=f"{kind} speaker (resolved)",
                gold=next(iter(gold_names.values())),
                predicted=", ".join(pred_names.values()) or None,
            )
        )


def _score_entities(report: EvaluationReport, gold: Record, pred: Record, name: str) -> None:
    wanted = report.entities
    gold_set = Counter((span.start, span.end, span.label) for span in gold.spans if span.label in wanted)
    pred_set = Counter((span.start, span.end, span.label) for span in pred.spans if span.label in wanted)
    common = gold_set & pred_set
    for label, prf in wanted.items():
        prf.gold += sum(count for (_, _, lab), count in gold_set.items() if lab == label)
        prf.predicted += sum(count for (_, _, lab), count in pred_set.items() if lab == label)
        prf.correct += sum(count for (_, _, lab), count in common.items() if lab == label)
    for start, end, label in sorted((gold_set - pred_set).elements()):
        report.problems.append(Problem(document=name, kind=f"missed {label}", gold=gold.text[start:end]))
    for start, end, label in sorted((pred_set - gold_set).elements()):
        report.problems.append(Problem(document=name, kind=f"spurious {label}", predicted=gold.text[start:end]))


def _cut(text: str, offsets: tuple[int, int]) -> str:
    return text[offsets[0] : offsets[1]]

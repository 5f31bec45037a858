"""`annotator evaluate GOLD.jsonl PRED.jsonl` (or `--prelabel`): quote, cue, speaker and entity scores."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from annotator.cli.main import CommandError
from annotator.evaluation import EvaluationError, evaluate_pairs, pair_records, read_jsonl


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score predicted records (or the pre-labeller) against gold records",
        description="Compare predicted records with gold ones, paired by id (else by identical text): quote "
        "precision, recall and F1 (direct and indirect), cue accuracy, speaker attribution (named and resolved "
        "through COREF) and entity precision, recall and F1 per label.",
    )
    parser.add_argument("gold", type=Path, metavar="GOLD.jsonl", help="gold records in our JSONL schema")
    parser.add_argument("predicted", type=Path, nargs="?", metavar="PRED.jsonl", help="predicted records (not with --prelabel)")
    parser.add_argument("--prelabel", action="store_true", help="run the project's pre-labeller on the gold texts")
    parser.add_argument("--lang", help="language for --prelabel (default: each record's meta.lang)")
    parser.add_argument("--model", help="spaCy pipeline name or folder for --prelabel")
    parser.add_argument(
        "--labels",
        type=lambda value: [label.strip() for label in value.split(",") if label.strip()],
        help="comma-separated entity labels to score (default: all; NORP is reported but not in the micro average)",
    )
    parser.add_argument(
        "--effort",
        action="store_true",
        help="also count, per document, the edits an annotator needs to reach gold (created, deleted and relabelled "
        "spans, moved edges, SPEAKER/CUE links) against annotating from scratch",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--errors", action="store_true", help="list every disagreement after the scores")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.prelabel == (args.predicted is not None):
        raise CommandError("give either PRED.jsonl or --prelabel (exactly one)")
    if (args.lang or args.model) and not args.prelabel:
        raise CommandError("--lang and --model only apply with --prelabel")
    try:
        gold = list(read_jsonl(args.gold))
        if not gold:
            raise CommandError(f"{args.gold}: no records in it; nothing to score")
        if args.prelabel:
            from annotator.evaluation.prelabelled import prelabel_gold

            predicted = prelabel_gold(gold, lang=args.lang, model=args.model)
        else:
            predicted = list(read_jsonl(args.predicted))
        report = evaluate_pairs(pair_records(gold, predicted), labels=args.labels, effort=args.effort)
    except EvaluationError as error:
        raise CommandError(str(error)) from error
    if args.json:
        left_out = ({"problems"} if not args.errors else set()) | ({"effort"} if not args.effort else set())
        data = report.model_dump(mode="json", exclude=left_out or None)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(report.format_text(problems=args.errors))
    return 0

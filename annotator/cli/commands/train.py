"""`annotator train PROJECT`: train a spaCy pipeline (tok2vec + ner, span_finder + spancat for
QUOTE, CUE and SPEAKER) on the gold or accepted documents, score it and the rules per label on a held-out
split, and keep it with the project as the next model version."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.wording import plural


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("train", help="train a spaCy model on the corpus", description=__doc__)
    parser.add_argument("project", help="project file or postgresql:// URL")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="folder of the model versions (default: PROJECT.models beside a project file; for a postgresql:// "
        "project, models/postgresql-USER@HOST-PORT-DATABASE-DIGEST in the user's data folder)",
    )
    parser.add_argument("--layer", choices=["gold", "accepted"], default="gold", help="documents to learn from (default: gold)")
    parser.add_argument("--max-steps", type=int, default=0, help="stop after this many training steps (default: spaCy's)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the split and of the training (default: 0)")
    parser.add_argument(
        "--use", action="store_true", help="make the latest model the project's pre-labeller (annotator prelabel without --model)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.cli.main import CommandError
    from annotator.training import ModelStoreError, TrainingError, train_project
    from annotator.training.evaluate import format_table
    from annotator.training.store import PRELABEL_SETTING

    if args.max_steps < 0:
        raise CommandError("--max-steps must be 0 (spaCy's default) or more")
    project = open_project(args.project)
    try:
        result = train_project(project, output=args.output, layer=args.layer, max_steps=args.max_steps, seed=args.seed)
        if args.use:
            project.set_setting(PRELABEL_SETTING, "latest")
    except (TrainingError, ModelStoreError) as error:
        raise CommandError(str(error)) from error
    finally:
        project.close()
    counts = ", ".join(f"{part} {count}" for part, count in result.documents.items())
    print(f"held-out scores on {plural(result.documents['test'], 'test document')} (documents: {counts}):")
    print(format_table(result.table))
    chosen = ", ".join(label for label, better in result.choice.items() if better == "model") or "none"
    print(f"the model's spans are used for: {chosen} (better than the rules on the dev split); the rules do the rest")
    print(f"model v{result.version} stored in {result.path}")
    if args.use:
        print("the project now pre-labels with its latest model (annotator prelabel PROJECT)")
    else:
        print(f"pre-label with it: annotator prelabel {args.project} --model latest (or train with --use)")
    return 0

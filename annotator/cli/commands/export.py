"""`annotator export PROJECT -o OUT [--format F]`: write the corpus in our JSONL or another tool's
format (spacy, prodigy, doccano, brat, conll, hf, citron), optionally split."""

from __future__ import annotations

import argparse

from annotator.exporters.registry import FORMATS
from annotator.model.records import LAYERS, STATUSES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the corpus (JSONL, spaCy, Prodigy, doccano, brat, CoNLL, Hugging Face, citron)",
        description="Write the corpus in our JSONL format (docs/jsonl-format.md: one line per document, annotator "
        "and layer; documents nobody annotated yet once, with no spans) or in another tool's format "
        "(docs/formats.md). The file or folder appears only when complete.",
    )
    parser.add_argument("project", help="project file (.annotator) or PostgreSQL URL")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="output file or folder, or - for standard output")
    parser.add_argument(
        "--format",
        choices=list(FORMATS),
        help="output format (default: from the output's extension, else jsonl): "
        + "; ".join(f"{info.name}: {info.description}" for info in FORMATS.values()),
    )
    parser.add_argument("--status", action="append", choices=STATUSES, help="only annotations with this status (repeatable)")
    parser.add_argument("--annotator", action="append", metavar="NAME", help="only this annotator's annotations (repeatable)")
    parser.add_argument("--layer", action="append", choices=LAYERS, help="only this layer (repeatable)")
    parser.add_argument("--only-annotated", action="store_true", help="leave out documents nobody annotated yet")
    parser.add_argument("--split", help="write train, dev and test parts into the output folder, e.g. 0.8,0.1,0.1")
    parser.add_argument("--seed", type=int, default=0, help="seed of the split's shuffle (default: 0)")
    parser.add_argument(
        "--shard-size", type=int, default=0, help="spacy: documents per .spacy file, written into a folder (flat memory)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from annotator.cli.common import open_project
    from annotator.cli.main import CommandError
    from annotator.cli.progress_bar import progress_bar
    from annotator.exporters import ExportError, check_destination, export_corpus, parse_split
    from annotator.exporters.registry import export_format_for, writes_folder
    from annotator.wording import plural

    format_name = args.format or export_format_for(args.output) or "jsonl"
    if args.shard_size < 0:
        raise CommandError("--shard-size must be 0 (one file) or more")
    try:
        split = parse_split(args.split) if args.split else None
        # Before the project is opened: a wrong -o changes nothing.
        check_destination(args.output, folder=writes_folder(format_name, split=split is not None, shard_size=args.shard_size))
    except ExportError as error:
        raise CommandError(str(error)) from error
    project = open_project(args.project)
    try:
        with progress_bar("exporting", "doc") as hook:
            report = export_corpus(
                project,
                args.output,
                format_name,
                status=args.status,
                annotator=args.annotator,
                layer=args.layer,
                only_annotated=args.only_annotated,
                split=split,
                seed=args.seed,
                shard_size=args.shard_size,
                progress=hook,
            )
    except ExportError as error:
        raise CommandError(str(error)) from error
    except OSError as error:
        raise CommandError(f"{args.output}: {error.strerror or error}") from error
    finally:
        project.close()
    out = sys.stderr if args.output == "-" else sys.stdout
    parts = ", ".join(f"{part} {count}" for part, count in report.parts.items())
    print(
        f"exported {plural(report.records, 'record')} of {plural(report.documents, 'document')} as {format_name} "
        f"to {args.output}" + (f" ({parts})" if parts else ""),
        file=out,
    )
    for line in report.dropped_lines():
        print(f"  dropped: {line}", file=out)
    return 0

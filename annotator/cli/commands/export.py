"""`annotator export PROJECT -o FILE`: write the corpus as JSONL, one line per annotation."""

from __future__ import annotations

import argparse

from annotator.cli.main import CommandError
from annotator.model.records import LAYERS, STATUSES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the corpus as JSONL",
        description="Write the corpus in our JSONL format (docs/jsonl-format.md): one line per document, annotator "
        "and layer; documents nobody annotated yet once, with no spans. The file appears only when complete.",
    )
    parser.add_argument("project", help="project file (.annotator) or PostgreSQL URL")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="output file (.jsonl), or - for standard output")
    parser.add_argument("--status", action="append", choices=STATUSES, help="only annotations with this status (repeatable)")
    parser.add_argument("--annotator", action="append", metavar="NAME", help="only this annotator's annotations (repeatable)")
    parser.add_argument("--layer", action="append", choices=LAYERS, help="only this layer (repeatable)")
    parser.add_argument("--only-annotated", action="store_true", help="leave out documents nobody annotated yet")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from annotator.cli.common import open_project
    from annotator.cli.progress_bar import progress_bar
    from annotator.exporters import ExportError, check_destination, export_jsonl
    from annotator.wording import plural

    try:
        check_destination(args.output)  # before the project is opened: a wrong -o changes nothing
    except ExportError as error:
        raise CommandError(str(error)) from error
    project = open_project(args.project)
    try:
        with progress_bar("exporting", "doc") as hook:
            count = export_jsonl(
                project,
                args.output,
                status=args.status,
                annotator=args.annotator,
                layer=args.layer,
                only_annotated=args.only_annotated,
                progress=hook,
            )
    finally:
        project.close()
    print(f"exported {plural(count, 'record')} to {args.output}", file=sys.stderr if args.output == "-" else sys.stdout)
    return 0

"""`annotator agreement PROJECT`: inter-annotator agreement as a table, JSON or one HTML page."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from annotator.model.records import STATUSES
from annotator.wording import plural


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "agreement",
        help="inter-annotator agreement: span F1, token kappa and alpha, quote attribution, worst documents",
        description="Agreement between annotators on the documents both finished: F1 exact and partial per label, "
        "Cohen's kappa and Krippendorff's alpha on token labels, speaker and cue agreement, relations, documents "
        "worst first, each annotator against gold and the pre-labels against each annotator.",
    )
    parser.add_argument("project", help="project file or postgresql:// URL")
    parser.add_argument(
        "--format", choices=("table", "json", "html"), default="table", help="table (default), JSON, or one HTML page"
    )
    parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    parser.add_argument(
        "--status",
        action="append",
        choices=STATUSES,
        help="count a document for an annotator when their status is this (repeatable; default: accepted)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=min(4, os.cpu_count() or 1),
        metavar="N",
        help="processes that count documents, for projects of 2,000 documents or more (default: CPUs, at most 4)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.agreement.parallel import parallel_agreement
    from annotator.cli.common import open_project
    from annotator.cli.main import CommandError
    from annotator.cli.progress_bar import progress_bar

    if args.jobs < 1:
        raise CommandError("--jobs must be 1 or more")
    project = open_project(args.project)
    try:
        with progress_bar("agreement", "doc") as hook:
            report = parallel_agreement(project, args.status, workers=args.jobs, progress=hook)
        title = f"Agreement – {project.name}"
    finally:
        project.close()
    if args.format == "json":
        text = report.model_dump_json(indent=2) + "\n"
    elif args.format == "html":
        from annotator.agreement.html import render_html

        text = render_html(report, title)
    else:
        from annotator.agreement.table import render_table

        text = render_table(report)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"{args.output}: cannot write ({error.strerror})") from error
    annotators, documents = plural(len(report.annotators), "annotator"), plural(report.documents, "document")
    print(f"wrote agreement of {annotators} on {documents} to {args.output}")
    return 0

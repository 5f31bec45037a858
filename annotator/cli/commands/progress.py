"""`annotator progress PROJECT`: per annotator claimed, done, skipped, median time; documents missing annotators."""

from __future__ import annotations

import argparse

from annotator.wording import plural

MISSING_SHOWN = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "progress",
        help="per annotator: claimed, done, skipped, median time per document; documents still missing annotators",
        description=__doc__,
    )
    parser.add_argument("project", help="project file or postgresql:// URL")
    parser.add_argument("--json", action="store_true", help="print the progress as JSON")
    parser.set_defaults(func=run)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def run(args: argparse.Namespace) -> int:
    from annotator.agreement.table import table_lines
    from annotator.cli.common import open_project
    from annotator.routing import progress

    project = open_project(args.project)
    try:
        report = progress(project)
    finally:
        project.close()
    if args.json:
        print(report.model_dump_json(indent=2))
        return 0
    if report.routing is None:
        print(f"{plural(report.documents, 'document')}; no routing set (annotator routing P --per-document 2 --overlap 0.2)")
    else:
        print(
            f"{plural(report.documents, 'document')}; {report.routing.overlap:g} of them need {report.routing.per_document} "
            f"annotators; lease {report.routing.lease_minutes:g} min"
        )
    rows = [
        [
            a.annotator,
            str(a.claimed),
            str(a.done),
            str(a.skipped),
            str(a.in_progress),
            str(a.expired),
            _duration(a.median_seconds),
        ]
        for a in report.annotators
    ]
    if rows:
        for line in table_lines(["annotator", "claimed", "done", "skipped", "in progress", "expired", "median time"], rows):
            print(line)
    else:
        print("nobody has taken a document yet")
    if report.routing is not None:
        if report.missing:
            print(f"{plural(len(report.missing), 'document')} still missing {plural(report.missing_places, 'annotator')}:")
            for doc in report.missing[:MISSING_SHOWN]:
                print(f"  {doc.id}: {doc.live} of {doc.needed}")
            if len(report.missing) > MISSING_SHOWN:
                print(f"  ... and {len(report.missing) - MISSING_SHOWN} more (--json lists all)")
        else:
            print("every document has all the annotators it needs")
    return 0

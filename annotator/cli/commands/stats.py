"""`annotator stats PROJECT`: documents, annotations per status and annotator, spans per label."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="print counts of a project",
        description="Print the counts of a project: documents, annotations per status and annotator, spans per label.",
    )
    parser.add_argument("project", help="project file (.annotator) or PostgreSQL URL")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import json

    from annotator.cli.common import open_project
    from annotator.storage.statistics import project_statistics

    project = open_project(args.project)
    try:
        stats = project_statistics(project)
    finally:
        project.close()
    if args.json:
        print(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(stats.format_text())
    return 0

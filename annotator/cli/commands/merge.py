"""`annotator merge PROJECT --as LEAD`: pre-merge what the annotators agree on into the gold layer."""

from __future__ import annotations

import argparse

from annotator.model.records import STATUSES
from annotator.wording import plural


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "merge",
        help="pre-merge spans and relations all (or most) annotators made identically into the gold layer",
        description="For every document finished by at least --min-annotators annotators, copy into the gold layer the "
        "spans and relations that all of them (unanimous) or more than half (majority) made identically. Merging again "
        "keeps the lead's gold decisions: what the lead deleted or changed is not offered again, and documents whose "
        "gold is done are left alone. A relation enters gold only when both its spans are in gold. Leads only.",
    )
    parser.add_argument("project", help="project file or postgresql:// URL")
    parser.add_argument("--as", dest="lead", required=True, metavar="LEAD", help="the lead who writes gold (role lead)")
    parser.add_argument(
        "--strategy",
        choices=("unanimous", "majority"),
        default="unanimous",
        help="what enters gold: what all annotators made (default), or more than half of them",
    )
    parser.add_argument("--min-annotators", type=int, default=2, metavar="N", help="annotators a document needs (default 2)")
    parser.add_argument(
        "--status", action="append", choices=STATUSES, help="count an annotation with this status (repeatable; default accepted)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.adjudication import merge_to_gold
    from annotator.cli.common import open_project
    from annotator.cli.main import CommandError
    from annotator.storage.roles import RoleError

    if args.min_annotators < 1:
        raise CommandError("--min-annotators must be 1 or more")
    if not args.lead.strip():
        raise CommandError("--as needs the name of a lead")
    project = open_project(args.project)
    try:
        result = merge_to_gold(
            project,
            args.lead,
            strategy=args.strategy,
            statuses=tuple(args.status or ("accepted",)),
            min_annotators=args.min_annotators,
        )
    except RoleError as error:
        raise CommandError(str(error)) from error
    finally:
        project.close()
    print(
        f"merged {plural(result.spans, 'span')} and {plural(result.relations, 'relation')} "
        f"into the gold of {plural(result.documents, 'document')} ({args.strategy})"
    )
    for note in result.skipped:
        print(f"left alone: {note}")
    return 0

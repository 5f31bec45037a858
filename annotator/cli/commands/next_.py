"""`annotator next PROJECT --annotator NAME`: claim one more document and print its id (exit 3: no work)."""

from __future__ import annotations

import argparse
import sys

NO_WORK = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "next",
        help="claim the next document for an annotator and print its id",
        description="Claim one more document for NAME and print its id. Prints nothing and exits 3 when there is no "
        "more work for NAME. With no routing set, prints the first document NAME has not finished.",
    )
    parser.add_argument("project", help="project file or postgresql:// URL")
    parser.add_argument("--annotator", required=True, metavar="NAME", help="who takes the document")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.cli.main import CommandError
    from annotator.routing import NotInPool, next_document

    name = args.annotator.strip()
    if not name:
        raise CommandError("--annotator needs a name")
    project = open_project(args.project)
    try:
        doc_id = next_document(project, name)
    except NotInPool as error:
        print(f"annotator: {error}", file=sys.stderr)
        return NO_WORK
    finally:
        project.close()
    if doc_id is None:
        return NO_WORK
    print(doc_id)
    return 0

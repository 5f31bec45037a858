"""Copy a project into a new SQLite file or PostgreSQL database.

A team can start on one desktop and move to a server (or take a server's project home): every
document, annotation, span, relation, user and the history are copied, with the settings and the
label scheme. DST must not hold a project yet; if the copy fails, nothing is left there.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "copy", help="copy a project between SQLite and PostgreSQL", description=__doc__
    )
    parser.add_argument("source", metavar="SRC", help="project file or postgresql:// URL")
    parser.add_argument("destination", metavar="DST", help="new project file or postgresql:// URL of an empty database")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.cli.main import CommandError
    from annotator.cli.progress_bar import progress_bar
    from annotator.storage.copying import copy_project, shown
    from annotator.storage.project import ProjectError

    project = open_project(args.source)
    try:
        with progress_bar("copying", "row") as hook:
            report = copy_project(project, args.destination, progress=hook)
    except ProjectError as error:
        raise CommandError(str(error)) from error
    finally:
        project.close()
    print(f"copied {report.format_text()} to {shown(args.destination)}")
    return 0

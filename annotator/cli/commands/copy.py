"""Copy a whole project to a new SQLite file or an empty
PostgreSQL database (either way), with every document, annotation, layer, history event and
setting. On PostgreSQL, give each person a login afterwards with `annotator users add`.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("copy", help="copy a project to another database (SQLite <-> PostgreSQL)", description=__doc__)
    parser.add_argument("source", help="the project to copy: a file or a postgresql:// URL")
    parser.add_argument("destination", help="a new project file, or an empty PostgreSQL database's URL")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.cli.main import CommandError
    from annotator.storage.copying import copy_project
    from annotator.storage.database import is_url
    from annotator.storage.project import ProjectError
    from annotator.storage.urls import mask_password

    source = open_project(args.source)
    try:
        report = copy_project(source, args.destination)
    except ProjectError as error:
        raise CommandError(str(error)) from error
    finally:
        source.close()
    print(f"copied {mask_password(args.source)} to {mask_password(args.destination)}: {report.summary()}")
    if is_url(args.destination):
        print("people keep their roles; give each a login on the server with `annotator users add`")
    return 0

"""``annotator users PROJECT [--lead NAME] [--annotator NAME]``: list users and roles, or set them."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "users",
        help="list users and roles, or make someone a lead or an annotator",
        description="Every user is an annotator (sees their own work and the pre-labels) or a lead (sees everyone's "
        "work, writes gold). Without options, lists the users.",
    )
    parser.add_argument("project")
    parser.add_argument("--lead", action="append", default=[], metavar="NAME", help="make NAME a lead (repeatable)")
    parser.add_argument("--annotator", action="append", default=[], metavar="NAME", help="make NAME an annotator (repeatable)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.storage.roles import set_role

    changes = [(name.strip(), "lead") for name in args.lead] + [(name.strip(), "annotator") for name in args.annotator]
    project = open_project(args.project)
    try:
        for name, role in changes:
            created = set_role(project, name, role)
            print(f"{name}: {role}{' (new user)' if created else ''}")
        if changes:
            return 0
        users = project.users()
    finally:
        project.close()
    if not users:
        print("no users yet")
    width = max((len(name) for name, _ in users), default=0)
    for name, role in users:
        print(f"{name.ljust(width)}  {role}")
    return 0

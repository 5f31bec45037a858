"""The people of a project and their roles (annotator or lead).

On PostgreSQL, `users add` creates the person's own login role on the server, in the `annotator`
or `lead` group, and the server's row-level security then decides what they may read and write.
The password is read from standard input with --password-stdin, or generated and shown once.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("users", help="list or add the people of a project", description=__doc__)
    actions = parser.add_subparsers(dest="users_action", metavar="ACTION", required=True, help="add or list")

    add = actions.add_parser("add", help="add a person with a role", description=__doc__)
    add.add_argument("project", help="project file or postgresql:// URL (as an administrator)")
    add.add_argument("name", help="the person's name; on PostgreSQL also their login name")
    add.add_argument("--role", choices=("annotator", "lead"), default="annotator", help="what they may do (default: annotator)")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input instead of generating one"
    )
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", help="list the people and their roles")
    listing.add_argument("project", help="project file or postgresql:// URL")
    listing.set_defaults(func=run_list)


def run_add(args: argparse.Namespace) -> int:
    import sys

    from annotator.cli.common import open_project
    from annotator.cli.main import CommandError
    from annotator.storage.accounts import add_user
    from annotator.storage.project import ProjectError

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError("--password-stdin: standard input gave an empty password")
    project = open_project(args.project)
    try:
        shown = add_user(project, args.name, args.role, password)
    except ProjectError as error:
        raise CommandError(str(error)) from error
    finally:
        project.close()
    print(f"added {args.name} as {args.role}")
    if shown is not None and not args.password_stdin:
        print(f"password for {args.name} (shown once, pass it on privately): {shown}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project

    project = open_project(args.project)
    try:
        for name, role in project.users():
            print(f"{name}\t{role}")
    finally:
        project.close()
    return 0

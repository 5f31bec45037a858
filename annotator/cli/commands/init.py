"""``annotator init PROJECT``: create a project (a SQLite file, or a PostgreSQL URL)."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.main import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("init", help="create a project", description=__doc__)
    parser.add_argument("project", help="project file (e.g. news.annotator) or postgresql:// URL")
    parser.add_argument("--lang", default="id", help="language of the articles, a spaCy language code (default: id)")
    parser.add_argument("--scheme", type=Path, help="label scheme (TOML or JSON); default: the news scheme")
    parser.add_argument("--name", help="project name shown in the window (default: the file name)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.model.scheme import SchemeError, default_scheme, load_scheme
    from annotator.storage.project import Project, ProjectError

    try:
        scheme = load_scheme(args.scheme) if args.scheme else default_scheme()
        project = Project.create(args.project, lang=args.lang, scheme=scheme, name=args.name)
    except (SchemeError, ProjectError) as error:
        raise CommandError(str(error)) from error
    project.close()
    labels = ", ".join(label.name for label in scheme.span_labels)
    print(f"created {args.project} (language {args.lang}, scheme {scheme.name}: {labels})")
    return 0

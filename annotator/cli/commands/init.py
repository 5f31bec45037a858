"""`annotator init PROJECT`: create a project (a SQLite file, or a PostgreSQL database by URL)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.main import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="create a project",
        description="Create a project: one SQLite file (e.g. news.annotator), or the tables of a project in an "
        "existing, empty PostgreSQL database given by URL (postgresql://user:password@host/database).",
    )
    parser.add_argument("project", nargs="?", help="project file to create (e.g. news.annotator) or postgresql:// URL")
    parser.add_argument(
        "--lang", default="id", help="language of the articles, a spaCy language code such as id or en (default: id)"
    )
    parser.add_argument("--scheme", type=Path, help="label scheme (TOML or JSON); default: the news scheme")
    parser.add_argument("--name", help="project name shown in the window (default: the file name)")
    parser.add_argument(
        "--list-languages", action="store_true", help="list the language codes spaCy knows, and which ones we pre-label"
    )
    parser.set_defaults(func=run)


def check_language(code: str) -> str | None:
    """Refuse a code spaCy does not know; return a one-line warning when we cannot pre-label it."""
    from annotator.nlp.languages import code_for_name, has_prelabel_resources, spacy_languages

    known = spacy_languages()
    if code not in known:
        guess = code_for_name(code) or (code.lower() if code.lower() in known else None)
        hint = f" (did you mean --lang {guess}?)" if guess else ""
        raise CommandError(f"--lang {code}: not a language code spaCy knows{hint}; `annotator init --list-languages` lists them")
    if not has_prelabel_resources(code):
        return (
            f"warning: no pre-labelling resources for {known[code]} ({code}) in annotator/resources/lang/{code}/; "
            "the project works, but `annotator prelabel` will refuse its documents "
            "(docs/prelabelling.md tells how to add a language)"
        )
    return None


def run(args: argparse.Namespace) -> int:
    if args.list_languages:
        from annotator.nlp.languages import language_table

        print("\n".join(language_table()))
        return 0
    if not args.project:
        raise CommandError("give the project to create, e.g. `annotator init news.annotator --lang id`")
    from annotator.model.scheme import SchemeError, default_scheme, load_scheme
    from annotator.storage.project import Project, ProjectError
    from annotator.storage.urls import mask_password

    warning = check_language(args.lang)
    try:
        scheme = load_scheme(args.scheme) if args.scheme else default_scheme()
        project = Project.create(args.project, lang=args.lang, scheme=scheme, name=args.name)
    except (SchemeError, ProjectError) as error:
        raise CommandError(str(error)) from error
    project.close()
    if warning:
        print(warning, file=sys.stderr)
    labels = ", ".join(label.name for label in scheme.span_labels)
    print(f"created {mask_password(args.project)} (language {args.lang}, scheme {scheme.name}: {labels})")
    return 0

"""`annotator routing PROJECT --per-document 2 --overlap 0.2`: how many annotators each document needs."""

from __future__ import annotations

import argparse

from annotator.wording import plural


def _names(value: str) -> list[str]:
    return [name.strip() for name in value.split(",") if name.strip()]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "routing",
        help="set how many annotators each document needs (overlap for agreement); without options, show it",
        description="Route documents to annotators: OVERLAP (0-1) of the documents need PER_DOCUMENT annotators, the "
        "rest one. Annotators then take work with `annotator next` (or the window's next document). Doubly-annotated "
        "documents are served first; an unfinished claim idle for the lease time returns to the pool.",
    )
    parser.add_argument("project", help="project file or postgresql:// URL")
    parser.add_argument("--per-document", type=int, metavar="N", help="annotators for an overlapping document (default 2)")
    parser.add_argument(
        "--overlap", type=float, metavar="SHARE", help="share of documents that need N annotators, 0-1 (default 0.2)"
    )
    parser.add_argument("--annotators", type=_names, metavar="A,B,C", help="only these annotators get work")
    parser.add_argument("--lease-minutes", type=float, metavar="M", help="idle time after which a claim returns (default 60)")
    parser.add_argument("--off", action="store_true", help="remove routing: anyone may take any document again")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from annotator.cli.common import open_project
    from annotator.cli.main import CommandError
    from annotator.routing import RoutingConfig, clear_routing, load_routing, set_routing

    options = {
        "per_document": args.per_document,
        "overlap": args.overlap,
        "annotators": args.annotators,
        "lease_minutes": args.lease_minutes,
    }
    given = {key: value for key, value in options.items() if value is not None}
    if args.off and given:
        raise CommandError("--off takes no other option")
    project = open_project(args.project)
    try:
        current = load_routing(project)
        if args.off:
            clear_routing(project)
            print("routing removed: every annotator may take any document")
            return 0
        if not given:
            if current is None:
                print("no routing set: every annotator may take any document")
            else:
                print(_describe(current))
            return 0
        base = current.model_dump() if current else {}
        try:
            config = RoutingConfig.model_validate({**base, **given})
        except ValidationError as error:
            problem = error.errors()[0]
            raise CommandError(f"--{str(problem['loc'][0]).replace('_', '-')}: {problem['msg']}") from error
        documents, overlapping = set_routing(project, config)
    finally:
        project.close()
    print(_describe(config))
    print(f"{overlapping} of {plural(documents, 'document')} need {config.per_document} annotators, the rest 1")
    return 0


def _describe(config) -> str:  # type: ignore[no-untyped-def]
    pool = ", ".join(config.annotators) if config.annotators else "anyone who connects"
    return (
        f"routing: {config.overlap:g} of the documents need {config.per_document} annotators; annotators: {pool}; "
        f"lease {config.lease_minutes:g} min"
    )

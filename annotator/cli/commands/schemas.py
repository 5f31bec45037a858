"""`annotator schemas`: write (or check) the JSON Schemas generated from the pydantic models."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.main import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schemas",
        help="write the JSON Schemas of our records",
        description="Write (or check) the JSON Schemas generated from the record and scheme models.",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("schemas"),
        help="folder (default: ./schemas); made if missing, as a folder export is, but its parent must exist",
    )
    parser.add_argument("--check", action="store_true", help="only check that the files are up to date")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.exporters import ExportError, check_destination
    from annotator.model.json_schemas import stale_schemas, write_schemas

    if args.check:
        if not args.output.is_dir():
            raise CommandError(f"{args.output}: no such folder; run `annotator schemas -o {args.output}` first", code=1)
        stale = stale_schemas(args.output)
        if stale:
            raise CommandError(f"stale schemas in {args.output}: {', '.join(stale)}; run `annotator schemas`", code=1)
        print(f"schemas in {args.output} are up to date")
        return 0
    if args.output.exists() and not args.output.is_dir():
        raise CommandError(f"{args.output}: is a file; the schemas are written into a folder, give a folder name")
    try:
        # The same rule as `annotator export` to a folder: the folder itself is made, a missing
        # parent is refused (a mistyped path should not grow a tree of folders).
        check_destination(args.output, folder=True)
    except ExportError as error:
        raise CommandError(str(error)) from error
    for path in write_schemas(args.output):
        print(f"wrote {path}")
    return 0

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
    parser.add_argument("-o", "--output", type=Path, default=Path("schemas"), help="folder (default: ./schemas)")
    parser.add_argument("--check", action="store_true", help="only check that the files are up to date")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.model.json_schemas import stale_schemas, write_schemas

    if args.check:
        stale = stale_schemas(args.output)
        if stale:
            raise CommandError(f"stale schemas in {args.output}: {', '.join(stale)}; run `annotator schemas`", code=1)
        print(f"schemas in {args.output} are up to date")
        return 0
    for path in write_schemas(args.output):
        print(f"wrote {path}")
    return 0

"""Entry point of the ``annotator`` console script."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from annotator import __version__
from annotator.cli.commands import COMMANDS


class CommandError(Exception):
    """A user-facing failure: printed as ``annotator: <message>`` with exit code 2 (or ``code``)."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Annotate news articles with entities and quotations. With no command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"annotator.cli.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # `annotator` alone opens the desktop application
        args = parser.parse_args(["gui"])
    try:
        return int(args.func(args) or 0)
    except CommandError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return error.code
    except BrokenPipeError:  # e.g. `annotator export ... -o - | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("annotator: interrupted; nothing was written by the step under way", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Entry point of the ``annotator`` console script."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

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
        description="Annotate news articles with entities and quotations. With no command, opens the desktop "
        "application on the last project (or the sample project); `annotator PROJECT` opens it on PROJECT.",
        epilog="`annotator COMMAND --help` describes a command and its options.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", help="the command to run:")
    for name in COMMANDS:
        importlib.import_module(f"annotator.cli.commands.{name}").register(subparsers)
    return parser


def _project_shortcut(argv: list[str]) -> list[str]:
    """`annotator news.annotator` means `annotator gui news.annotator`: a first argument that is
    no command and no option, but names a file, a folder or a database URL."""
    if not argv or argv[0].startswith("-"):
        return argv
    first = argv[0]
    commands = {name.rstrip("_") for name in COMMANDS}
    if first in commands:
        return argv
    if "://" in first or first.endswith(".annotator") or Path(first).expanduser().exists():
        return ["gui", *argv]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_project_shortcut(list(sys.argv[1:] if argv is None else argv)))
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
    except Exception as error:
        from annotator.cli.failures import describe_failure

        message = describe_failure(error, args)
        if message is None:
            raise
        print(f"annotator: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

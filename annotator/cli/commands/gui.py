"""``annotator gui [PROJECT]``: the desktop application (also what ``annotator`` alone runs)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gui",
        help="open the desktop application",
        description="Open the annotation window. With no PROJECT, opens the last project or the sample project.",
    )
    parser.add_argument("project", nargs="?", help="project file (.annotator) or PostgreSQL URL")
    parser.add_argument("--annotator", metavar="NAME", help="annotate under this name (remembered otherwise)")
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window with the first document into FILE.png and exit"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import os

    if (
        args.screenshot
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from annotator.gui.app import run as run_gui  # Qt is imported only here: `annotator --help` stays fast

    return run_gui(args.project, args.annotator, args.screenshot)

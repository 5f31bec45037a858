"""`annotator gui [PROJECT]`: the desktop application (also what `annotator` alone runs)."""

from __future__ import annotations

import argparse
import os
import sys

from annotator.cli.main import CommandError

#: The libraries Qt 6's X11 (xcb) platform plugin loads (`readelf -d libqxcb.so libQt6XcbQpa.so`)
#: with their Debian/Ubuntu packages; libGL and glib are in the README's list as well.
XCB_LIBRARIES = {
    "xcb": "libxcb1",
    "X11-xcb": "libx11-xcb1",
    "X11": "libx11-6",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render": "libxcb-render0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gui",
        help="open the desktop application",
        description="Open the annotation window. With no PROJECT, opens the last project or the sample project.",
    )
    parser.add_argument("project", nargs="?", help="project file (.annotator) or PostgreSQL URL")
    parser.add_argument("--annotator", metavar="NAME", help="annotate under this name (remembered otherwise)")
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the window with the first document into FILE.png and exit; the project and the remembered "
        "settings are left unchanged",
    )
    parser.set_defaults(func=run)


def has_display() -> bool:
    """Whether Qt can show a window: a platform was chosen, or an X11 / Wayland display is set."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def missing_xcb_packages() -> list[str]:
    """Packages to install when Qt would use X11 and a library of its xcb plugin is missing."""
    if not sys.platform.startswith("linux") or os.environ.get("WAYLAND_DISPLAY"):
        return []
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] != "xcb" or not os.environ.get("DISPLAY"):
        return []
    from ctypes.util import find_library

    return [package for library, package in XCB_LIBRARIES.items() if find_library(library) is None]


def check_project_argument(project: str | None) -> None:
    """A project file given on the command line is one (before Qt starts): else one line, exit 1."""
    if not project or "://" in project:
        return
    from pathlib import Path

    from annotator.storage.opening import LocationProblem, check_project_file

    try:
        check_project_file(Path(project))
    except LocationProblem as error:
        raise CommandError(str(error), code=1) from error


def run(args: argparse.Namespace) -> int:
    if args.screenshot and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    if not has_display():
        raise CommandError(
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); run it in a desktop "
            "session or over `ssh -X`, or use the command line (`annotator --help`)"
        )
    missing = missing_xcb_packages()
    if missing:
        raise CommandError(
            f"Qt's X11 display plugin needs libraries that are missing; install them with "
            f"`sudo apt-get install {' '.join(missing)}`"
        )
    check_project_argument(args.project)
    from annotator.gui.app import run as run_gui  # Qt is imported only here: `annotator --help` stays fast

    return run_gui(args.project, args.annotator, args.screenshot)

"""Which files an import reads: the readers by file type, folders walked, other files skipped with
the reason and what to do instead."""

from __future__ import annotations

from pathlib import Path

from annotator.importers.formats import EXTRA_READERS
from annotator.importers.readers import Reader
from annotator.importers.readers.csv import read_csv
from annotator.importers.readers.html import read_html
from annotator.importers.readers.jsonl import read_jsonl
from annotator.importers.readers.txt import read_txt
from annotator.text.display import printable

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
    **EXTRA_READERS,  # other tools' formats (importers/formats.py)
}


class MissingPath(Exception):
    """A file or folder named for import does not exist."""


#: Why a file of a type we do not read was skipped, and what to do instead.
SKIP_REASONS = {
    ".docx": "a word-processor document; save it as .txt or .html",
    ".doc": "a word-processor document; save it as .txt or .html",
    ".odt": "a word-processor document; save it as .txt or .html",
    ".rtf": "a word-processor document; save it as .txt or .html",
    ".pdf": "PDF is not read; save its text as .txt",
    ".xlsx": "a spreadsheet; save it as .csv",
    ".xls": "a spreadsheet; save it as .csv",
    ".ods": "a spreadsheet; save it as .csv",
    ".md": "Markdown is not read; rename it to .txt to import it as plain text",
}


def skip_reason(path: Path) -> str:
    known = ", ".join(sorted(READERS))
    return SKIP_REASONS.get(path.suffix.lower(), f"not a file type we read ({known})")


def find_files(paths: list[Path], skipped: list[tuple[str, str]] | None = None) -> list[tuple[Path, str]]:
    """Files to import with the label used in messages; folders are walked in name order.

    Files of other types met in folders are added to ``skipped`` with the reason (hidden files
    are passed over in silence); a file named directly must be of a type we read.
    """
    found: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                label = printable(str(child.relative_to(path.parent)))
                if child.suffix.lower() in READERS:
                    found.append((child, label))
                elif skipped is not None:
                    skipped.append((label, skip_reason(child)))
        elif path.is_file():
            found.append((path, printable(path.name)))
        elif path.exists():  # a device, a pipe, a socket: nothing to read a document from
            raise MissingPath(f"{printable(str(path))}: not a file or folder (a device or a pipe?)")
        else:
            raise MissingPath(f"{printable(str(path))}: no such file or folder")
    return found

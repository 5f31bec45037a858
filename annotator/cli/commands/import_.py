"""`annotator import PROJECT FILES...`: import articles (.txt, .jsonl, .csv, .html; folders walked),
or annotated corpora of other tools (.spacy, Prodigy, doccano, brat, CoNLL, Hugging Face, citron)."""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from annotator.cli.main import CommandError

#: Skipped files are listed one a line up to this many; beyond it, counted per reason.
LIST_SKIPPED = 10


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import articles into a project",
        description="Import articles into a project from .txt, .jsonl, .csv and .html files; folders are walked and "
        "files of other types are listed as skipped. Documents already in the project (same text) are skipped and "
        "counted. Bad input is refused as a whole, every problem named by file and line. See docs/importing.md.",
    )
    parser.add_argument("project", help="project file (.annotator) or PostgreSQL URL")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE_OR_FOLDER", help="files or folders to import")
    parser.add_argument("--encoding", help="encoding of the files (default: UTF-8)")
    parser.add_argument("--nfc", action="store_true", help="apply Unicode NFC to the text (refused for records with spans)")
    parser.add_argument("--lang", help="language written to meta.lang of records that name none (default: the project's)")
    parser.add_argument(
        "--format",
        choices=["jsonl", "spacy", "prodigy", "doccano", "brat", "conll", "hf", "citron"],
        help="format of every file (default: detected from each file's extension and content)",
    )
    parser.add_argument("--max-record-mb", type=float, default=10.0, help="largest JSONL line accepted (default: 10 MB)")
    parser.add_argument("--text-column", default="text", metavar="NAME", help="CSV column holding the text (default: text)")
    parser.add_argument("--title-column", default="title", metavar="NAME", help="CSV column holding the title (default: title)")
    parser.add_argument(
        "--as-suggestions",
        action="store_true",
        help="import spans and relations as suggestions to review (pre-label layer) instead of confirmed work",
    )
    parser.set_defaults(func=run)


def skipped_lines(skipped: list[tuple[str, str]]) -> list[str]:
    """One line per skipped file, or, when there are many, one per reason with a count."""
    from annotator.wording import plural

    if len(skipped) <= LIST_SKIPPED:
        return [f"skipped {label}: {reason}" for label, reason in skipped]
    by_reason: dict[str, list[str]] = defaultdict(list)
    for label, reason in skipped:
        by_reason[reason].append(label)
    return [
        f"skipped {plural(len(labels), 'file')} ({', '.join(labels[:2])}{', ...' if len(labels) > 2 else ''}): {reason}"
        for reason, labels in by_reason.items()
    ]


def run(args: argparse.Namespace) -> int:
    import sys

    from annotator.cli.common import open_project
    from annotator.cli.progress_bar import progress_bar
    from annotator.importers import ImportFailed, NothingToImport, import_paths
    from annotator.importers.readers.decoding import unknown_encoding
    from annotator.wording import plural

    if args.encoding is not None and (problem := unknown_encoding(args.encoding)):
        raise CommandError(problem)
    project = open_project(args.project)
    try:
        with progress_bar("importing", "B", scale=True) as hook:
            report = import_paths(
                project,
                args.files,
                encoding=args.encoding,
                nfc=args.nfc,
                max_record_bytes=int(args.max_record_mb * 1024 * 1024),
                lang=args.lang,
                text_column=args.text_column,
                title_column=args.title_column,
                as_suggestions=args.as_suggestions,
                progress=hook,
                format=args.format,
            )
    except NothingToImport as error:
        for line in skipped_lines(error.skipped):
            print(line, file=sys.stderr)
        raise CommandError(str(error)) from error
    except ImportFailed as error:
        raise CommandError(str(error)) from error
    finally:
        project.close()
    for line in skipped_lines(report.skipped):
        print(line)
    kind = "suggestion" if args.as_suggestions else "annotation"
    print(
        f"imported {plural(report.documents, 'document')} from {plural(report.files, 'file')}; "
        f"{plural(report.duplicates, 'duplicate')} skipped; {plural(report.annotations, kind)} with "
        f"{plural(report.spans, 'span')} and {plural(report.relations, 'relation')}"
    )
    return 0

"""``annotator import PROJECT FILES...``: import articles (.txt, .jsonl, .csv, .html; folders walked),
or annotated corpora of other tools (.spacy, Prodigy, doccano, brat, CoNLL, Hugging Face, citron)."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.main import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="import articles into a project", description=__doc__)
    parser.add_argument("project")
    parser.add_argument("files", nargs="+", type=Path, help="files or folders")
    parser.add_argument("--encoding", help="encoding of the files (default: UTF-8)")
    parser.add_argument("--nfc", action="store_true", help="apply Unicode NFC to the text (refused for records with spans)")
    parser.add_argument("--lang", help="language written to meta.lang of records that name none (default: the project's)")
    parser.add_argument(
        "--format",
        choices=["jsonl", "spacy", "prodigy", "doccano", "brat", "conll", "hf", "citron"],
        help="format of every file (default: detected from each file's extension and content)",
    )
    parser.add_argument("--max-record-mb", type=float, default=10.0, help="largest JSONL line accepted (default: 10 MB)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.cli.progress_bar import progress_bar
    from annotator.importers import ImportFailed, import_paths

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
                progress=hook,
                format=args.format,
            )
    except ImportFailed as error:
        raise CommandError(str(error)) from error
    finally:
        project.close()
    print(
        f"imported {report.documents} documents from {report.files} file(s); "
        f"{report.duplicates} duplicate(s) skipped; {report.annotations} annotation(s) with "
        f"{report.spans} span(s) and {report.relations} relation(s)"
    )
    return 0

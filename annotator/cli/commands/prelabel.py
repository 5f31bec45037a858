"""``annotator prelabel``: pre-label a JSONL file (no project needed) or every new document of a project."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from annotator.cli.main import CommandError
from annotator.model.records import Record

LAYER = "prelabel"
ANNOTATOR = "prelabel"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "prelabel",
        help="suggest entities, quotes, cues and speakers with the spaCy pre-labeller",
        description="Pre-label IN.jsonl into OUT.jsonl (records in our schema, layer 'prelabel'), or every document "
        "of a project that has no pre-label yet. The default pipeline is spacy.blank(LANG) with the annotator's "
        "rule components; --model names an installed spaCy pipeline or a model folder whose entities are used too.",
    )
    parser.add_argument(
        "source", metavar="IN.jsonl|PROJECT", help="a JSONL file of records, or a project (.annotator file or URL)"
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="OUT.jsonl", help="where to write the pre-labelled records (JSONL input)"
    )
    parser.add_argument("--lang", help="language of the texts (default: each record's meta.lang, else the project's, else 'id')")
    parser.add_argument(
        "--model",
        metavar="NAME_OR_PATH",
        help="an installed spaCy pipeline, a model folder, or (for a project) latest / vN: a model from annotator train",
    )
    parser.add_argument("--processes", type=int, default=1, help="worker processes (default 1; see docs/prelabelling.md)")
    parser.add_argument("--batch-size", type=int, default=64, help="documents per batch (and per transaction), default 64")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.processes < 1 or args.batch_size < 1:
        raise CommandError("--processes and --batch-size must be at least 1")
    if args.source.endswith(".jsonl") or args.output is not None:
        if args.output is None:
            raise CommandError("give -o OUT.jsonl for the pre-labelled records")
        from annotator.training.store import ModelStoreError, resolve_model

        try:
            args.model = resolve_model(None, args.model)  # a folder from annotator train needs its component registered
        except ModelStoreError as error:
            raise CommandError(str(error)) from error
        return run_file(Path(args.source), args.output, args)
    return run_project(args.source, args)


# --- JSONL files --------------------------------------------------------------------------


def read_records(path: Path) -> list[tuple[Record, str]]:
    """Every record of the file with its language hint; a bad line stops everything, named."""
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = Record.model_validate(json.loads(line))
            except json.JSONDecodeError as error:
                raise CommandError(f"{path}, line {number}: not valid JSON ({error.msg}); nothing was written") from error
            except ValidationError as error:
                problem = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}" for e in error.errors())
                raise CommandError(
                    f"{path}, line {number}: not a record of our schema ({problem}); nothing was written"
                ) from error
            records.append((record, record.meta.lang or ""))
    return records


def _runs(records: list[tuple[Record, str]], lang: str | None) -> Iterator[tuple[str, list[Record]]]:
    """Consecutive records of one language."""
    current: str | None = None
    run: list[Record] = []
    for record, hint in records:
        record_lang = lang or hint or "id"
        if record_lang != current and run:
            yield current or "id", run
            run = []
        current = record_lang
        run.append(record)
    if run:
        yield current or "id", run


def run_file(source: Path, output: Path, args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from annotator.nlp import PipelineError, UnknownLanguage, prelabel_texts

    records = read_records(source)
    output.parent.mkdir(parents=True, exist_ok=True)
    part: Path | None = None
    try:
        # Written beside the output and renamed at the end, so a failure leaves no partial file.
        with (
            tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=output.parent, suffix=".part", delete=False) as handle,
            tqdm(total=len(records), unit="doc", desc="pre-labelling", disable=None) as bar,
        ):
            part = Path(handle.name)
            for lang, run in _runs(records, args.lang):
                texts = (record.text for record in run)
                results = prelabel_texts(texts, lang, model=args.model, batch_size=args.batch_size, processes=args.processes)
                for record, (spans, relations) in zip(run, results, strict=True):
                    out = Record(
                        id=record.id, text=record.text, meta=record.meta, spans=spans, relations=relations,
                        annotator=ANNOTATOR, layer=LAYER,
                    )  # fmt: skip
                    handle.write(out.model_dump_json(exclude_none=True))
                    handle.write("\n")
                    bar.update(1)
        os.replace(part, output)
        part = None
    except (PipelineError, UnknownLanguage) as error:
        raise CommandError(str(error)) from error
    finally:
        if part is not None and part.exists():
            part.unlink()
    print(f"pre-labelled {len(records)} records -> {output}")
    return 0


# --- projects -----------------------------------------------------------------------------


def run_project(location: str, args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from annotator.nlp import PipelineError, UnknownLanguage, prelabel_project
    from annotator.progress import Cancelled
    from annotator.storage import Project, ProjectError

    try:
        project = Project.open(location)
    except ProjectError as error:
        raise CommandError(str(error)) from error
    if args.lang:
        raise CommandError("--lang applies to JSONL input; a project's documents use their meta.lang or the project's language")
    from annotator.training.store import PRELABEL_SETTING, ModelStoreError, resolve_model

    try:
        args.model = resolve_model(project, args.model or project.settings().get(PRELABEL_SETTING))
    except ModelStoreError as error:
        project.close()
        raise CommandError(str(error)) from error
    bar = tqdm(unit="doc", desc="pre-labelling", disable=None)

    def progress(done: int, total: int | None) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        count = prelabel_project(
            project, model=args.model, batch_size=args.batch_size, processes=args.processes, progress=progress
        )
    except (PipelineError, UnknownLanguage) as error:
        raise CommandError(str(error)) from error
    except Cancelled as error:
        raise CommandError(str(error), code=1) from error
    finally:
        bar.close()
        project.close()
    print(f"pre-labelled {count} documents of {location}")
    return 0

"""``annotator prelabel``: pre-label a JSONL file (no project needed) or every new document of a project."""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from annotator.cli.main import CommandError
from annotator.model import jsonio
from annotator.model.names import PRELABEL, PRELABEL_ANNOTATOR
from annotator.model.records import Record
from annotator.wording import noun, plural

if TYPE_CHECKING:
    from annotator.nlp.project import PrelabelState

LAYER = PRELABEL
ANNOTATOR = PRELABEL_ANNOTATOR


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "prelabel",
        help="suggest entities, quotes, cues and speakers with the spaCy pre-labeller",
        description="Pre-label IN.jsonl into OUT.jsonl (records in our schema, layer 'prelabel'), or every document "
        "of a project that has no pre-label yet. A document counts as pre-labelled when its pre-label layer holds "
        "anything, spans imported into it included; --redo pre-labels those again. The default pipeline is "
        "spacy.blank(LANG) with the annotator's rule components; --model names an installed spaCy pipeline or a "
        "model folder whose entities are used too (and, for a model stored by annotator train, its QUOTE, CUE and "
        "SPEAKER spans where it beat the rules, linked by the rules).",
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
    parser.add_argument(
        "--redo",
        action="store_true",
        help="also pre-label documents that have pre-labels, replacing their pre-label layer (annotators' work is kept)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.processes < 1 or args.batch_size < 1:
        raise CommandError("--processes and --batch-size must be at least 1")
    if args.source.endswith(".jsonl") or args.output is not None:
        if args.output is None:
            raise CommandError("give -o OUT.jsonl for the pre-labelled records")
        if args.redo:
            raise CommandError("--redo applies to a project; a JSONL file is pre-labelled whole every time")
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
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = Record.model_validate(jsonio.loads(line))
                except json.JSONDecodeError as error:
                    raise CommandError(f"{path}, line {number}: not valid JSON ({error.msg}); nothing was written") from error
                except ValidationError as error:
                    problem = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}" for e in error.errors())
                    raise CommandError(
                        f"{path}, line {number}: not a record of our schema ({problem}); nothing was written"
                    ) from error
                records.append((record, record.meta.lang or ""))
    except UnicodeDecodeError as error:
        raise CommandError(f"{path}: not UTF-8 text ({error.reason}); convert it to UTF-8; nothing was written") from error
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
    except ValueError as error:
        raise _too_long(error, f"{source}: nothing was written") from error
    finally:
        if part is not None and part.exists():
            part.unlink()
    print(f"pre-labelled {plural(len(records), 'record')} -> {output}")
    return 0


# --- projects -----------------------------------------------------------------------------


def run_project(location: str, args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from annotator.cli.common import open_project
    from annotator.nlp import PipelineError, UnknownLanguage, prelabel_project
    from annotator.nlp.project import prelabel_state
    from annotator.progress import Cancelled
    from annotator.storage.urls import mask_password

    if args.lang:
        raise CommandError("--lang applies to JSONL input; a project's documents use their meta.lang or the project's language")
    project = open_project(location)
    state = prelabel_state(project)
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
            project, model=args.model, batch_size=args.batch_size, processes=args.processes, redo=args.redo, progress=progress
        )
    except (PipelineError, UnknownLanguage) as error:
        raise CommandError(str(error)) from error
    except ValueError as error:
        raise _too_long(error, "the documents pre-labelled before it keep their pre-labels") from error
    except Cancelled as error:
        raise CommandError(str(error), code=1) from error
    finally:
        bar.close()
        project.close()
    print(f"pre-labelled {plural(count, 'document')} of {mask_password(location)}")
    for line in skip_lines(state, redo=args.redo):
        print(line)
    return 0


def _too_long(error: ValueError, outcome: str) -> Exception:
    """spaCy's refusal of a text over ``nlp.max_length`` (E088) as one line; any other error as it was."""
    found = re.search(r"\[E088\] Text of length (\d+) exceeds maximum of (\d+)", str(error))
    if found is None:
        return error
    length, limit = (int(value) for value in found.groups())
    return CommandError(
        f"pre-labelling stopped: a document of {length:,} characters is over the pipeline's limit of {limit:,} "
        f"(spaCy E088); split such documents before importing them; {outcome}"
    )


def skip_lines(state: PrelabelState, *, redo: bool) -> list[str]:
    """What the run left alone, and why."""
    if redo:
        if not state.started:
            return []
        return [
            f"{plural(state.started, 'document')} already started by annotators keep their own annotations; "
            "the new pre-labels reach whoever starts a document from now on"
        ]
    skipped = state.prelabelled + state.imported
    if not skipped:
        return []
    reasons = []
    if state.prelabelled:
        reasons.append(f"{state.prelabelled} pre-labelled before")
    if state.imported:
        reasons.append(f"{state.imported} with imported spans in the pre-label layer")
    return [
        f"skipped {plural(skipped, 'document')} that already {noun(skipped, 'has', 'have')} pre-labels "
        f"({', '.join(reasons)}); `annotator prelabel --redo` replaces them, annotators' own work is kept"
    ]

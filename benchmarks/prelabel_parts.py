"""Instructions per part of the pre-labeller (callgrind): where one pass over real articles goes.

``prelabel_instructions.py`` counts a whole pass; this script splits the same count by part
(furniture, the entity scan, dates, coreference, ...). It runs itself under callgrind like that
script and, at the entry and exit of each part's function, asks callgrind to dump its counters
(a client request, ``CALLGRIND_DUMP_STATS_AT`` with the part's name): every dump holds the
instructions since the last one, so each instruction of the pass lands in exactly one part.
The parts are consecutive steps; what runs between them is named after the step it follows or
precedes (``misc`` where neither). A few helpers run inside those steps wherever a rule first needs
them (the phrase matchers' one pass, the shape matchers): ``NESTED`` parts, whose instructions are
taken out of the step around them (a dump at their entry is added to the next step's). The dumps
add about 2% to the pass (the requests themselves, counted in the parts they close).

    python benchmarks/prelabel_parts.py --lang id --docs 60

The dump files go to a temporary folder (about 100 MB for 60 texts) and are removed after.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prelabel_instructions as counting

_CHILD = "--under-callgrind"
DUMP_STATS_AT = counting._CALLGRIND + 3

R, E = "annotator.nlp.rules", "annotator.nlp.entities.ruler"
C, P = "annotator.nlp.entities.credits.entity_credits", "annotator.nlp.entities.entity_passes"
#: (module, function, the part that ends where it is called, the part it is): in pass order.
PARTS = (
    ("annotator.nlp.text.tokenizer", "WordTokenizer.__call__", "API: spaCy's pipe", "tokenizer and Doc"),
    (R, "find_furniture", "API: the components, the analysis", "furniture"),
    (R, "tokens_of", "misc", "word tokens (TokenIndex)"),
    (R, "find_entities", "misc", "entities: passes after the corrections"),
    (E, "find_dates", "entities: state, preset, dateline", "entities: dates"),
    (C, "block_not_names", "entities: misc", "entities: block_not_names"),
    (C, "web_outlets", "entities: credits", "entities: credits"),
    ("annotator.nlp.entities.people.entity_english", "run", "entities: the scan", "entities: entity_english.run"),
    (P, "units_before_organisations", "entities: the scan", "entities: passes before the corrections"),
    ("annotator.nlp.entities.entity_corrections", "run", "entities: passes before the corrections", "entities: corrections.run"),
    (R, "find_direct_quotes", "quotes: the attributor", "quotes: direct"),
    (R, "find_indirect", "quotes: direct", "indirect speech"),
    (R, "coref_step", "speakers: steps after indirect speech", "coreference"),
    ("annotator.nlp.api", "to_record_parts", "API: after the components", "records (to_record_parts)"),
)
#: Parts inside the steps above (module, function, part), run wherever a rule first needs them.
NESTED = (
    ("annotator.nlp.text.tokens", "PhraseMatcherGroup.run", "matchers: the phrase matchers' one pass"),
    ("annotator.nlp.text.tokens", "ShapeMatcher.match", "matchers: shapes (spaCy Matcher)"),
)
#: The name a nested part's entry dumps under: its instructions go to the next step's name.
_PENDING = "(pending)"


def _marker(request: Callable[[int], int]) -> Callable[[str], None]:
    names: dict[str, ctypes.Array[ctypes.c_char]] = {}
    call = request.keep[1]  # type: ignore[attr-defined]

    def mark(name: str) -> None:
        text = names.setdefault(name, ctypes.create_string_buffer(name.encode()))
        words = (ctypes.c_ulong * 6)(DUMP_STATS_AT, ctypes.addressof(text), 0, 0, 0, 0)
        call(ctypes.addressof(words))

    return mark


def _wrap(mark: Callable[[str], None], module: str, name: str, before: str, part: str) -> None:
    """Dump as ``before`` at the entry of ``module.name`` (a function or ``Class.method``), as ``part`` at its exit."""
    owner: object = importlib.import_module(module)
    *path, name = name.split(".")
    for step in path:
        owner = getattr(owner, step)
    function = getattr(owner, name)

    def marked(*args: object, **kwargs: object) -> object:
        mark(before)
        try:
            return function(*args, **kwargs)
        finally:
            mark(part)

    setattr(owner, name, marked)


def child(lang: str, paths: list[Path], docs: int | None) -> int:
    """Under valgrind: warm up uncounted, then one pass with a dump at every part's edges."""
    from annotator.nlp.pipeline import build_pipeline

    request = counting.client_request()
    if not request(counting.RUNNING_ON_VALGRIND):
        raise SystemExit("not running under valgrind")
    texts = counting.texts_of(paths, docs)
    build_pipeline(lang)
    counting.one_pass(texts, lang)
    mark = _marker(request)
    for part in PARTS:
        _wrap(mark, *part)
    for module, name, part in NESTED:
        _wrap(mark, module, name, _PENDING, part)
    request(counting.START_INSTRUMENTATION)
    counting.one_pass(texts, lang)
    mark(PARTS[0][2])
    request(counting.STOP_INSTRUMENTATION)
    return 0


def tally(dumps: Iterable[str]) -> Counter[str]:
    """Instructions by part from callgrind's dump files (their texts, in dump order): each dump
    holds the instructions since the one before, under the name it was asked with. A nested part's
    entry dump (``_PENDING``) belongs to the step around it, which the next step's dump names."""
    found: Counter[str] = Counter()
    nested, pending = {part for _module, _name, part in NESTED}, 0
    for text in dumps:
        name = re.search(r"^desc: Trigger: Client Request: (.*)$", text, re.MULTILINE)
        total = re.search(r"^(?:totals|summary): (\d+)", text, re.MULTILINE)
        if not (name and total):
            continue
        part, instructions = name.group(1).strip(), int(total.group(1))
        if part == _PENDING:
            pending += instructions
        elif part in nested:
            found[part] += instructions
        else:
            found[part] += instructions + pending
            pending = 0
    return found


def parts(lang: str, paths: list[Path], docs: int | None) -> None:
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    env = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
    with tempfile.TemporaryDirectory() as folder:
        command = [valgrind, "--tool=callgrind", "--instr-atstart=no", "--dump-instr=no", "--dump-line=no"]
        command += [f"--callgrind-out-file={folder}/cg.%p", sys.executable, str(Path(__file__).resolve()), _CHILD]
        command += ["--lang", lang, *map(str, paths), *(["--docs", str(docs)] if docs else [])]
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"callgrind run failed ({done.returncode}): {done.stderr.strip().splitlines()[-3:]}")
        dumps = sorted(Path(folder).glob("cg.*.*"), key=lambda path: int(path.suffix[1:]))  # cg.PID.N, in dump order
        found = tally(dump.read_text(errors="replace") for dump in dumps)
    whole = sum(found.values())
    print(f"{counting.LANGS[lang]}: {whole / 1e6:,.1f} million instructions in one pass (with the dumps' requests)")
    for name, instructions in found.most_common():
        print(f"  {name:<50} {instructions / 1e6:8,.1f} M {100 * instructions / whole:5.1f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=sorted(counting.LANGS), default="id")
    parser.add_argument("--jsonl", type=Path, nargs="+", help="record files instead of data/real/dev/<lang>.jsonl")
    parser.add_argument("--docs", type=int, help="only the first N texts")
    parser.add_argument(_CHILD, action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.under_callgrind:
        return child(args.lang, args.paths, args.docs)
    parts(args.lang, args.jsonl or [counting.ROOT / "data" / "real" / "dev" / f"{args.lang}.jsonl"], args.docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

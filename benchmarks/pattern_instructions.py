"""Which regular expressions the pre-labeller's instructions go to: each pattern's calls in one pass.

Every pattern compiled by the ``annotator`` package (``re.compile`` and ``re``'s module functions
are wrapped before it is imported, so patterns made inside functions count too) records its calls
during one warm pass over the texts. Each pattern's calls are then replayed on their own under
``valgrind --tool=callgrind``, with a dump after each pattern, and the patterns are printed with
their instructions, calls and where they were compiled, costliest first. A replayed call costs
about 4,500 instructions of Python around the match itself, so a pattern asked thousands of times
at one place looks costlier than it is; one that scans whole texts is what to look at.

    python benchmarks/pattern_instructions.py --lang id          # the 30 costliest patterns
    python benchmarks/pattern_instructions.py --lang en --top 50 --docs 20

``PYTHONHASHSEED`` is 0 unless set. See ``prelabel_instructions.py`` for the whole pass.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_CHILD = "--replay-under-callgrind"
_COMPILE = re.compile
_FUNCTIONS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split")
#: Files whose frames do not say where a pattern was compiled (re's, functools' caches, this one's).
_NOT_CALLERS = frozenset((re.__file__, __import__("functools").__file__, __file__))


class _Recorded:
    """A compiled pattern that logs each call (``finditer``: with how many matches were read)."""

    def __init__(self, pattern: re.Pattern[str], where: str, log: list[list[Any]]) -> None:
        self._pattern, self._where, self._log = pattern, where, log

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name not in _FUNCTIONS:
            return method
        if name == "finditer":
            return self._finditer

        def call(*args: Any, **kwargs: Any) -> Any:
            self._log.append([self._where, self._pattern, name, args, kwargs, 0])
            return method(*args, **kwargs)

        return call

    def _finditer(self, *args: Any, **kwargs: Any) -> Any:
        entry = [self._where, self._pattern, "finditer", args, kwargs, 0]
        self._log.append(entry)
        for match in self._pattern.finditer(*args, **kwargs):
            entry[5] += 1
            yield match

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, _Recorded) else other)


def _record(log: list[list[Any]]) -> None:
    """Make ``re.compile`` and ``re``'s functions hand out recording patterns from now on."""
    made: dict[int, _Recorded] = {}

    def compile_recorded(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, _Recorded):
            return pattern
        compiled = _COMPILE(pattern, flags)
        known = made.get(id(compiled))
        if known is None or known._pattern is not compiled:
            frame = sys._getframe(1)
            while frame.f_back is not None and frame.f_code.co_filename in _NOT_CALLERS:
                frame = frame.f_back
            where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
            known = made[id(compiled)] = _Recorded(compiled, where, log)
        return known

    def function(name: str) -> Any:
        """``re.<name>(pattern, string, ...)`` through a recording pattern."""
        return lambda pattern, string, *args, flags=0, **kwargs: getattr(compile_recorded(pattern, flags), name)(
            string, *args, **kwargs
        )

    re.compile = compile_recorded  # type: ignore[assignment]
    for name in _FUNCTIONS:
        setattr(re, name, function(name))


def _replay(entries: list[list[Any]]) -> None:
    for _where, pattern, name, args, kwargs, read in entries:
        if name == "finditer":
            for _match in itertools.islice(pattern.finditer(*args, **kwargs), read + 1):
                pass
        else:
            getattr(pattern, name)(*args, **kwargs)


def child(lang: str, paths: list[Path], docs: int | None, keys_file: Path) -> int:
    """Under valgrind: record one warm pass, then replay each pattern's calls with a dump after each."""
    log: list[list[Any]] = []
    _record(log)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from prelabel_instructions import _CALLGRIND, START_INSTRUMENTATION, STOP_INSTRUMENTATION, client_request, one_pass, texts_of

    texts = texts_of(paths, docs)
    one_pass(texts, lang)
    log.clear()
    one_pass(texts, lang)
    groups: dict[tuple[str, str, str], list[list[Any]]] = collections.defaultdict(list)
    for entry in log:
        groups[(entry[0], entry[1].pattern, entry[2])].append(entry)
    request = client_request()
    request(START_INSTRUMENTATION)
    request(_CALLGRIND)  # dump 1: nothing yet
    for entries in groups.values():
        _replay(entries)
        request(_CALLGRIND)  # one dump per pattern
    request(STOP_INSTRUMENTATION)
    keys_file.write_text(json.dumps([[*key, len(entries)] for key, entries in groups.items()]), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=["id", "en"], default="id")
    parser.add_argument("--jsonl", type=Path, nargs="+", help="record files instead of data/real/dev/<lang>.jsonl")
    parser.add_argument("--docs", type=int, help="only the first N texts")
    parser.add_argument("--top", type=int, default=30, help="how many patterns to print (default 30)")
    parser.add_argument(_CHILD, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.replay_under_callgrind:
        return child(args.lang, args.paths, args.docs, args.replay_under_callgrind)
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    paths = args.jsonl or [ROOT / "data" / "real" / "dev" / f"{args.lang}.jsonl"]
    env = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
    with tempfile.TemporaryDirectory() as folder:
        out, keys = Path(folder) / "callgrind.out", Path(folder) / "keys.json"
        command = [valgrind, "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}", sys.executable]
        command += [str(Path(__file__).resolve()), _CHILD, str(keys), "--lang", args.lang, *map(str, paths)]
        command += ["--docs", str(args.docs)] if args.docs else []
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0 or not keys.exists():
            raise SystemExit(f"callgrind run failed ({done.returncode}): {done.stderr.strip().splitlines()[-3:]}")
        rows = []
        for number, (where, source, name, calls) in enumerate(json.loads(keys.read_text(encoding="utf-8")), start=2):
            dump = Path(f"{out}.{number}").read_text(errors="replace")
            totals = re.search(r"^totals: (\d+)", dump, re.MULTILINE)
            rows.append((int(totals.group(1)) if totals else 0, where, name, calls, source))
    rows.sort(reverse=True)
    print(f"{sum(row[0] for row in rows) / 1e6:,.1f} million instructions in all replayed pattern calls")
    for instructions, where, name, calls, source in rows[: args.top]:
        print(f"{instructions / 1e6:8.2f} M {calls:6d} calls  {where} .{name}  {source[:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Instructions the pre-labeller executes in one pass over real articles (callgrind), or a profile.

On a shared machine the wall clock and even CPU time swing by 10-20% between runs of the same
code; the number of machine instructions hardly moves. This script runs itself under
``valgrind --tool=callgrind --instr-atstart=no``: the pipeline is built and the texts are
pre-labelled once outside the count (word lists, gazetteers and caches loaded), then
instrumentation is switched on from Python by a callgrind client request for exactly one pass
over the texts and switched off again. It prints the instructions (callgrind's ``Ir``) of that
pass, in total and per word, for each language asked.

    python benchmarks/prelabel_instructions.py                   # real dev texts, Indonesian and English
    python benchmarks/prelabel_instructions.py --lang en --docs 10   # the first ten English ones (quicker)
    python benchmarks/prelabel_instructions.py --jsonl data/dev/id.jsonl --lang id
    python benchmarks/prelabel_instructions.py --lang id --annotate 25   # also the 25 costliest C functions
    python benchmarks/prelabel_instructions.py --profile --lang id       # no valgrind: cProfile's self times

``PYTHONHASHSEED`` is 0 unless set (set and dictionary orders change code paths, and so the count
by about 0.1-0.2%). To compare two versions, run this script of each checkout on the same texts;
a pass over the 111 Indonesian development texts takes a few minutes under valgrind. The client
request is a few bytes of x86-64 machine code called through ``ctypes`` (no compiler needed); it
does nothing outside valgrind. ``--profile`` needs no valgrind: it prints the functions with the
most self time in the same pass under ``cProfile``. The checkout's own ``annotator`` package is
measured, not an installed copy.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import mmap
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LANGS = {"id": "Indonesian", "en": "English"}
_CHILD = "--under-callgrind"
RUNNING_ON_VALGRIND = 0x1001
_CALLGRIND = (ord("C") << 24) | (ord("T") << 16)
START_INSTRUMENTATION, STOP_INSTRUMENTATION = _CALLGRIND + 4, _CALLGRIND + 5

# valgrind.h's client request for amd64: rax points at the request's six words, rdx holds the
# default result; the four rotations of rdi (a full turn) and `xchg rbx,rbx` are valgrind's marker.
_CLIENT_REQUEST_AMD64 = bytes.fromhex(
    "4889f8"  # mov rax, rdi
    "31d2"  # xor edx, edx
    "48c1c703" "48c1c70d" "48c1c73d" "48c1c733"  # rol rdi, 3 / 13 / 61 / 51
    "4887db"  # xchg rbx, rbx
    "4889d0"  # mov rax, rdx
    "c3"  # ret
)


def client_request() -> Callable[[int], int]:
    """A function that makes a valgrind client request (returns 0 outside valgrind)."""
    if platform.machine() not in ("x86_64", "AMD64") or sys.platform != "linux":
        raise SystemExit(f"callgrind client requests are written for x86-64 Linux, not {sys.platform} {platform.machine()}")
    code = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    code.write(_CLIENT_REQUEST_AMD64)
    call = ctypes.CFUNCTYPE(ctypes.c_ulong, ctypes.c_void_p)(ctypes.addressof(ctypes.c_char.from_buffer(code)))

    def request(number: int) -> int:
        words = (ctypes.c_ulong * 6)(number, 0, 0, 0, 0, 0)
        return int(call(ctypes.addressof(words)))

    request.keep = (code, call)  # type: ignore[attr-defined]  # the page must outlive the function
    return request


def texts_of(paths: list[Path], docs: int | None) -> list[str]:
    found = [json.loads(line)["text"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not found:
        raise SystemExit("no records in " + ", ".join(map(str, paths)))
    return found[:docs] if docs else found


def one_pass(texts: list[str], lang: str) -> None:
    from annotator.nlp.api import prelabel_texts

    for _result in prelabel_texts(texts, lang):
        pass


def child(lang: str, paths: list[Path], docs: int | None) -> int:
    """Under valgrind: warm up uncounted, count one pass."""
    from annotator.nlp.pipeline import build_pipeline

    request = client_request()
    if not request(RUNNING_ON_VALGRIND):
        raise SystemExit("not running under valgrind")
    texts = texts_of(paths, docs)
    build_pipeline(lang)
    one_pass(texts, lang)
    request(START_INSTRUMENTATION)
    one_pass(texts, lang)
    request(STOP_INSTRUMENTATION)
    return 0


def count(lang: str, paths: list[Path], docs: int | None, annotate: int) -> None:
    """Run the child under callgrind and print the pass's instructions."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind), or use --profile")
    texts = texts_of(paths, docs)
    words = sum(len(text.split()) for text in texts)
    env = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = [valgrind, "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}"]
        command += [sys.executable, str(Path(__file__).resolve()), _CHILD, "--lang", lang, *map(str, paths)]
        command += ["--docs", str(docs)] if docs else []
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0 or not out.exists():
            raise SystemExit(f"callgrind run failed ({done.returncode}): {done.stderr.strip().splitlines()[-3:]}")
        # "summary:" is written when the run starts (0 with --instr-atstart=no), "totals:" at its end
        totals = re.search(r"^totals: (\d+)", out.read_text(errors="replace"), re.MULTILINE)
        if totals is None:
            raise SystemExit(f"no totals in {out}")
        instructions = int(totals.group(1))
        names = ", ".join(str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in paths)
        print(
            f"{LANGS[lang]}: {len(texts)} texts of {names}, {words:,} words: {instructions / 1e6:,.1f} million "
            f"instructions in one pass, {instructions / words:,.0f} per word (PYTHONHASHSEED={env['PYTHONHASHSEED']})",
            flush=True,
        )
        if annotate:
            table = subprocess.run(["callgrind_annotate", str(out)], capture_output=True, text=True).stdout
            rows = [row for row in table.splitlines() if re.match(r"\s*[\d,]+ \(", row)]
            print("\n".join(rows[1 : annotate + 1]), flush=True)


def profile(lang: str, paths: list[Path], docs: int | None, top: int) -> None:
    """cProfile of one warm pass: total time and the functions with the most self time."""
    import cProfile
    import pstats

    from annotator.nlp.pipeline import build_pipeline

    texts = texts_of(paths, docs)
    build_pipeline(lang)
    one_pass(texts, lang)
    profiler = cProfile.Profile()
    profiler.runcall(one_pass, texts, lang)
    stats = pstats.Stats(profiler)
    print(f"{LANGS[lang]}: {len(texts)} texts, {stats.total_calls:,} calls, {stats.total_tt:.3f} s under cProfile")  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=sorted(LANGS), action="append", help="id or en (default both)")
    parser.add_argument("--jsonl", type=Path, nargs="+", help="record files instead of data/real/dev/<lang>.jsonl")
    parser.add_argument("--docs", type=int, help="only the first N texts")
    parser.add_argument("--annotate", type=int, default=0, metavar="N", help="also print callgrind's N costliest functions")
    parser.add_argument("--profile", type=int, nargs="?", const=30, metavar="N", help="cProfile instead: top N self times")
    parser.add_argument(_CHILD, action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    langs = args.lang or ["id", "en"]
    if args.under_callgrind:
        return child(langs[0], args.paths, args.docs)
    if args.jsonl and len(langs) > 1:
        parser.error("--jsonl needs one --lang")
    for lang in langs:
        paths = args.jsonl or [ROOT / "data" / "real" / "dev" / f"{lang}.jsonl"]
        if args.profile:
            profile(lang, paths, args.docs, args.profile)
        else:
            count(lang, paths, args.docs, args.annotate)
    return 0


if __name__ == "__main__":
    sys.exit(main())

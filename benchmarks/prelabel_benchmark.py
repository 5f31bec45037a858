"""Speed of the pre-labeller on real published articles (or generated ones).

By default the texts of the real development and held-out articles of ``data/real/`` in the
chosen language are cycled to ``--docs`` documents. Prints the pipeline build time, then for
each run its documents and words per second by the wall clock and per CPU second: our
tokenizer alone, our pipeline on one process, and our pipeline on ``--processes`` worker
processes (forked from the built pipeline). For the worker run the workers' own CPU time is
measured too (they are reaped when the pool closes), so the figures mean something on a busy
machine; the load average is printed beside every run.

    python benchmarks/prelabel_benchmark.py                      # 2,000 Indonesian real articles
    python benchmarks/prelabel_benchmark.py --lang en --docs 1000
    python benchmarks/prelabel_benchmark.py --repeat 3           # best of three passes per run
    python benchmarks/prelabel_benchmark.py --generated --docs 10000   # the old generated articles
    python benchmarks/prelabel_benchmark.py --jsonl data/dev/id.jsonl data/heldout/id.jsonl

Words are the texts' white-space separated words, counted once and checked against the
pipeline's own word tokens. Every run must return one result per text (results are counted and
dropped, as a caller that stores them does), and after the timed runs the worker processes'
results for the distinct texts must equal one process's. Generated articles come from about
fifty distinct words, which flatters spaCy's tokenizer cache (``--spacy-blank`` times it). The
checkout's own ``annotator`` package is measured, not an installed copy.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

PEOPLE = ["Rina Hartono", "Budi Santoso", "Hendra Sitompul", "Ayu Lestari", "Wong Chun Sen", "I Made Suarta", "Dewi Anggraini"]
PLACES = ["Jakarta", "Medan", "Surabaya", "Bandung", "Makassar", "Denpasar", "Pekanbaru", "Semarang"]
ORGS = ["BMKG", "KPK", "Kementerian Perdagangan", "DPR", "BPBD Kota Medan", "Badan Pusat Statistik"]
ID_WORDS = [
    "pemerintah",
    "warga",
    "harga",
    "beras",
    "banjir",
    "jalan",
    "rumah",
    "sekolah",
    "anggaran",
    "program",
    "bantuan",
    "petugas",
    "lokasi",
    "kegiatan",
    "masyarakat",
    "daerah",
    "kota",
    "desa",
    "sungai",
    "hujan",
    "listrik",
    "pasar",
    "pedagang",
    "kebijakan",
    "rapat",
    "laporan",
    "data",
    "tahun",
    "bulan",
    "minggu",
]
EN_WORDS = [
    "government",
    "residents",
    "price",
    "rice",
    "flood",
    "road",
    "house",
    "school",
    "budget",
    "programme",
    "aid",
    "officers",
    "site",
    "activity",
    "community",
    "region",
    "city",
    "village",
    "river",
    "rain",
    "power",
    "market",
    "traders",
    "policy",
    "meeting",
    "report",
    "data",
    "year",
    "month",
    "week",
]


def _sentence(rng: random.Random, words: list[str], length: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(length))
    return text[0].upper() + text[1:] + "."


def make_article(rng: random.Random, lang: str, target_words: int = 400) -> str:
    """A news-style article of about ``target_words`` words with a dateline, quotes and furniture."""
    words = ID_WORDS if lang == "id" else EN_WORDS
    place, person, org = rng.choice(PLACES), rng.choice(PEOPLE), rng.choice(ORGS)
    paragraphs = [
        f"{place.upper()}, Deras.id – " + _sentence(rng, words, 18) + " " + _sentence(rng, words, 14),
    ]
    while sum(len(p.split()) for p in paragraphs) < target_words:
        kind = rng.random()
        speaker = rng.choice(PEOPLE)
        if lang == "id":
            if kind < 0.3:
                paragraphs.append(f"“{_sentence(rng, words, 12)[:-1]},” kata Kepala {org} {speaker}.")
            elif kind < 0.45:
                paragraphs.append(
                    f"{speaker} mengatakan bahwa {_sentence(rng, words, 15)[0].lower()}{_sentence(rng, words, 15)[1:]}"
                )
            elif kind < 0.6:
                paragraphs.append(f"“{_sentence(rng, words, 10)[:-1]},” ujarnya di {place}, Jumat (11/10/2024).")
            else:
                paragraphs.append(_sentence(rng, words, 20) + " " + _sentence(rng, words, 16))
        else:
            if kind < 0.3:
                paragraphs.append(f"“{_sentence(rng, words, 12)[:-1]},” said {speaker}, head of {org}.")
            elif kind < 0.45:
                paragraphs.append(f"{speaker} said that {_sentence(rng, words, 15).lower()}")
            elif kind < 0.6:
                paragraphs.append(f"“{_sentence(rng, words, 10)[:-1]},” she told reporters in {place} on Friday, June 3.")
            else:
                paragraphs.append(_sentence(rng, words, 20) + " " + _sentence(rng, words, 16))
    paragraphs.append("Baca juga: Harga Beras Naik Lagi" if lang == "id" else "Read more: Rice prices rise again")
    paragraphs.append(f"Editor: {person}")
    return "\n\n".join(paragraphs)


@dataclass
class Timing:
    wall: float
    cpu: float  # this process
    workers_cpu: float  # reaped child processes


def cpu_times() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def measure(run: Callable[[list[str]], Iterable[object]], texts: list[str], repeat: int) -> Timing:
    """The best of ``repeat`` passes (by total CPU time). Results are counted and dropped, as a
    caller that stores them does (kept, they would make the garbage collector's passes longer)."""
    best: Timing | None = None
    for _ in range(repeat):
        start, (cpu, children) = time.perf_counter(), cpu_times()
        count = sum(1 for _result in run(texts))
        wall, (cpu_after, children_after) = time.perf_counter() - start, cpu_times()
        if count != len(texts):
            raise SystemExit(f"a run returned {count} results for {len(texts)} texts")
        timing = Timing(wall, cpu_after - cpu, children_after - children)
        if best is None or timing.cpu + timing.workers_cpu < best.cpu + best.workers_cpu:
            best = timing
    assert best is not None
    return best


def load() -> str:
    return "load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def report(label: str, timing: Timing, docs: int, words: int, workers: int = 0) -> None:
    line = f"{label:<40} {docs / timing.wall:>7,.0f} docs/s {words / timing.wall:>10,.0f} words/s wall {timing.wall:6.2f} s"
    if workers:
        line += (
            f" | workers' CPU {timing.workers_cpu:5.2f} s: {words / max(timing.workers_cpu, 1e-9):>9,.0f} words/CPU-s"
            f" in each worker; parent's CPU {timing.cpu:5.2f} s"
        )
    else:
        line += f" | CPU {timing.cpu:5.2f} s: {words / max(timing.cpu, 1e-9):>9,.0f} words/CPU-s"
    print(f"{line}  [{load()}]", flush=True)


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def record_texts(paths: list[Path], count: int) -> list[str]:
    """``count`` texts cycled from JSONL record files (the ``text`` of each line)."""
    import json

    found = [json.loads(line)["text"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not found:
        raise SystemExit("no records in " + ", ".join(map(str, paths)))
    return [found[n % len(found)] for n in range(count)]


def real_files(lang: str) -> list[Path]:
    """The real articles of ``lang`` (data/real/dev and data/real/heldout)."""
    files = sorted((ROOT / "data" / "real").glob(f"*/{lang}.jsonl"))
    if not files:
        raise SystemExit(f"no real articles for {lang!r} under {ROOT / 'data' / 'real'}")
    return files



def compare_workers(args: argparse.Namespace, texts: list[str], words: int, one: Timing) -> None:
    """The pipeline on ``--processes`` worker processes, against the one-process run ``one``."""
    from annotator.nlp.api import prelabel_texts

    many = measure(
        lambda t: prelabel_texts(t, args.lang, batch_size=args.batch_size, processes=args.processes), texts, args.repeat
    )
    report(f"our pipeline, {args.processes} worker processes", many, len(texts), words, workers=args.processes)
    unique = list(dict.fromkeys(texts))
    if list(prelabel_texts(unique, args.lang, processes=args.processes)) != list(prelabel_texts(unique, args.lang)):
        raise SystemExit("the worker processes' results differ from the one-process run's")
    # On free cores the run takes at least the CPU time of all processes shared among the cores.
    bound = one.cpu / max((many.workers_cpu + many.cpu) / min(args.processes, os.cpu_count() or 1), many.cpu, 1e-9)
    print(
        f"{args.processes} processes against 1: {one.wall / many.wall:.2f}x by the wall clock [{load()}]; "
        f"by CPU time {bound:.2f}x (one process's CPU over the workers' and parent's CPU shared among "
        f"{min(args.processes, os.cpu_count() or 1)} cores; workers {many.workers_cpu / max(one.cpu, 1e-9):.2f}x "
        f"and parent {many.cpu / max(one.cpu, 1e-9):.2f}x one process's CPU); results identical"
    )

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2_000, help="number of documents (default 2,000)")
    parser.add_argument("--lang", default="id", choices=["id", "en"])
    parser.add_argument("--processes", type=int, default=2, help="worker processes for the parallel run (default 2)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=1, help="passes per run; the best (least CPU) is shown")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--jsonl", type=Path, nargs="+", help="cycle the texts of these record files")
    source.add_argument("--generated", action="store_true", help="generated articles instead of real ones")
    parser.add_argument("--spacy-blank", action="store_true", help="also time spacy.blank(lang)'s own tokenizer")
    parser.add_argument("--spacy-n-process", action="store_true", help="also time spaCy's nlp.pipe(n_process=2) (slow)")
    args = parser.parse_args(argv)

    from annotator.nlp.api import prelabel_texts
    from annotator.nlp.pipeline import build_pipeline, clear_cache
    from annotator.nlp.text.tokenizer import words_of

    if args.generated:
        rng = random.Random(3)
        texts = [make_article(rng, args.lang) for _ in range(args.docs)]
        kind = f"generated {args.lang} articles"
    else:
        paths = args.jsonl or real_files(args.lang)
        texts = record_texts(paths, args.docs)
        names = ", ".join(str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in paths)
        kind = f"{args.lang} texts cycled from {names}"
    words = sum(len(text.split()) for text in texts)
    distinct = len(set(texts))
    print(f"{len(texts):,} {kind} ({distinct} distinct), {words:,} words, {words / len(texts):.0f} words each on average")
    print(f"{os.cpu_count()} CPUs, {load()}")

    clear_cache()
    start, cpu = time.perf_counter(), time.process_time()
    nlp = build_pipeline(args.lang)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{'build our pipeline (once per process)':<40} {wall:7.2f} s (CPU {cpu:.2f} s)")

    tokens_of = {text: len(words_of(nlp.make_doc(text)) or []) for text in set(texts)}
    word_tokens = sum(tokens_of[text] for text in texts)
    if not 0.8 * words <= word_tokens <= 1.25 * words:
        raise SystemExit(f"word count check failed: {words:,} white-space words but {word_tokens:,} word tokens")
    print(f"word count check: {words:,} white-space words, {word_tokens:,} word tokens of our tokenizer (figures use the first)")

    if args.spacy_blank:
        import spacy

        blank = spacy.blank(args.lang)
        blank_timing = measure(lambda t: blank.tokenizer.pipe(t), texts, args.repeat)
        report("spacy.blank tokenizer only, 1 process", blank_timing, len(texts), words)
    report("our tokenizer only, 1 process", measure(lambda t: map(nlp.make_doc, t), texts, args.repeat), len(texts), words)
    one = measure(lambda t: prelabel_texts(t, args.lang, batch_size=args.batch_size), texts, args.repeat)
    report("our pipeline, 1 process", one, len(texts), words)
    if args.processes > 1:
        compare_workers(args, texts, words, one)
    else:
        print("--processes 1: no worker run (one process is the run above)")
    if args.spacy_n_process:
        plain = spacy_plain(args.lang, nlp)
        report(
            "spaCy nlp.pipe(n_process=2), Docs back",
            measure(lambda t: plain.pipe(t, batch_size=args.batch_size, n_process=2), texts, 1),
            len(texts),
            words,
        )
    return 0


def spacy_plain(lang: str, nlp: object) -> object:
    import spacy

    plain = spacy.blank(lang)
    for name in nlp.pipe_names:  # type: ignore[attr-defined]
        plain.add_pipe(name, config={"lang": lang})
    plain.add_pipe("annotator_plain")  # Docs must be serialisable to come back from spaCy's workers
    return plain


if __name__ == "__main__":
    sys.exit(main())

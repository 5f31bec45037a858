"""Speed of the pre-labeller on generated news articles.

Prints the pipeline build time, then documents and words per second for: a bare
``spacy.blank(lang)`` tokenizer pass, our pipeline on one process, our pipeline on N worker
processes (each built once), and, with ``--spacy-n-process``, spaCy's own ``nlp.pipe(n_process=2)``.

    python benchmarks/prelabel_benchmark.py                 # 10,000 Indonesian articles
    python benchmarks/prelabel_benchmark.py --docs 500 --lang en
    python benchmarks/prelabel_benchmark.py --jsonl data/dev/id.jsonl data/heldout/id.jsonl --docs 2000

Generated articles come from few distinct words, which flatters spaCy's tokenizer cache; with
``--jsonl`` the texts of real (or realistic) records are cycled instead. The checkout's own
``annotator`` package is measured, not an installed copy.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterable
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


def timed(label: str, texts: list[str], run: Callable[[list[str]], Iterable[object]], base: float | None = None) -> float:
    words = sum(len(text.split()) for text in texts)
    start, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in run(texts))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert count == len(texts)
    ratio = f"  ({seconds / base:.1f}x the tokenizer's time)" if base else ""
    # CPU time of this process: on a busy machine the one-process figure to trust (workers' CPU is not in it).
    print(
        f"{label:<46} {len(texts) / seconds:>9,.0f} docs/s {words / seconds:>12,.0f} words/s  {seconds:7.1f} s"
        f"  (this process's CPU {cpu:5.1f} s: {words / max(cpu, 1e-9):>9,.0f} words/s){ratio}"
    )
    return seconds


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def record_texts(paths: list[Path], count: int) -> list[str]:
    """``count`` texts cycled from JSONL record files (the ``text`` of each line)."""
    import json

    found = [json.loads(line)["text"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not found:
        raise SystemExit("no records in " + ", ".join(map(str, paths)))
    return [found[n % len(found)] for n in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="number of generated articles (default 10,000)")
    parser.add_argument("--lang", default="id", choices=["id", "en"])
    parser.add_argument("--processes", type=int, default=2, help="worker processes for the parallel run (default 2)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--spacy-n-process", action="store_true", help="also time spaCy's nlp.pipe(n_process=2) (slow)")
    parser.add_argument("--jsonl", type=Path, nargs="+", help="cycle the texts of these record files instead of generating")
    args = parser.parse_args(argv)

    import spacy

    from annotator.nlp.api import prelabel_texts
    from annotator.nlp.pipeline import build_pipeline, clear_cache

    if args.jsonl:
        texts = record_texts(args.jsonl, args.docs)
        kind = f"{args.lang} texts from {', '.join(p.name for p in args.jsonl)}"
    else:
        rng = random.Random(3)
        texts = [make_article(rng, args.lang) for _ in range(args.docs)]
        kind = f"generated {args.lang} articles"
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts):,} {kind}, {words / len(texts):.0f} words each on average")

    start = time.perf_counter()
    blank = spacy.blank(args.lang)
    print(f"{'build spacy.blank(' + repr(args.lang) + ')':<46} {time.perf_counter() - start:7.2f} s")
    clear_cache()
    start = time.perf_counter()
    nlp = build_pipeline(args.lang)
    print(f"{'build our pipeline (cached per process)':<46} {time.perf_counter() - start:7.2f} s")

    base = timed("spacy.blank tokenizer only, 1 process", texts, lambda t: blank.tokenizer.pipe(t, batch_size=args.batch_size))
    timed("our tokenizer only (the pipeline's), 1 process", texts, lambda t: map(nlp.make_doc, t), base)
    timed("our pipeline, 1 process", texts, lambda t: prelabel_texts(t, args.lang, batch_size=args.batch_size), base)
    timed(
        f"our pipeline, {args.processes} worker processes",
        texts,
        lambda t: prelabel_texts(t, args.lang, batch_size=args.batch_size, processes=args.processes),
        base,
    )
    if args.spacy_n_process:
        plain = spacy.blank(args.lang)
        for name in nlp.pipe_names:
            plain.add_pipe(name, config={"lang": args.lang})
        plain.add_pipe("annotator_plain")  # Docs must be serialisable to come back from spaCy's workers
        timed(
            "spaCy nlp.pipe(n_process=2), Docs back",
            texts,
            lambda t: plain.pipe(t, batch_size=args.batch_size, n_process=2),
            base,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

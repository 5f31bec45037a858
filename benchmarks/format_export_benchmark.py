"""Time exporting generated annotated news articles in every format: documents per second and
peak memory of the exporting process.

    python benchmarks/format_export_benchmark.py --docs 10000 100000

Each article has about 400 words (the mean is printed) in paragraphs, with entities, two
quotes with cue and speaker, their relations and a coreference. The project is built once per
size; each export runs in a fresh process so that its peak resident memory is its own. The
spaCy export is measured twice: one DocBin file (held in memory until written, so it grows
with the corpus) and sharded at 1,000 documents per file (flat).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from news_words import INDONESIAN_WORDS  # benchmarks/ is on sys.path when a script runs

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # measure this checkout, not an installed copy

PEOPLE = ["Budi Santoso", "Rina Hartono", "I Made Suarta", "Siti Rahma", "Agus Salim"]
PLACES = ["Medan", "Jakarta", "Surabaya", "Makassar", "Denpasar"]
ORGS = ["BPBD", "Komisi II DPR", "Dinas Pendidikan Provinsi Riau", "KPK", "BMKG"]
CASES = {  # format -> (output name, shard size)
    "jsonl": ("out.jsonl", 0),
    "spacy": ("out.spacy", 0),
    "spacy-sharded": ("spacy-shards", 1000),
    "prodigy": ("prodigy.jsonl", 0),
    "doccano": ("doccano.jsonl", 0),
    "brat": ("brat", 0),
    "conll": ("out.conll", 0),
    "hf": ("hf", 0),
    "citron": ("citron", 0),
}


class Article:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []

    def add(self, text: str, label: str | None = None) -> str:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if not label:
            return ""
        ident = f"s{len(self.spans) + 1}"
        self.spans.append({"id": ident, "start": start, "end": self.length, "label": label, "source": "rule"})
        return ident

    def link(self, head: str, child: str, label: str) -> None:
        self.relations.append({"id": f"r{len(self.relations) + 1}", "head": head, "child": child, "label": label})


def article(number: int, rng: random.Random) -> dict[str, Any]:
    doc = Article()
    doc.add(rng.choice(PLACES).upper(), "GPE")
    doc.add(", Kompas.id – ")
    words = 0
    quotes = 0
    while words < 400:
        for _ in range(rng.randint(30, 60)):
            kind = rng.random()
            if kind < 0.02:
                doc.add(rng.choice(PEOPLE), "PERSON")
            elif kind < 0.04:
                doc.add(rng.choice(PLACES), "GPE")
            elif kind < 0.05:
                doc.add(rng.choice(ORGS), "ORG")
            elif kind < 0.06 and quotes < 2:
                quotes += 1
                doc.add("“")
                quote = doc.add(" ".join(rng.choice(INDONESIAN_WORDS) for _ in range(12)) + ",", "QUOTE")
                doc.add("” ")
                cue = doc.add("kata", "CUE")
                doc.add(" ")
                speaker = doc.add(rng.choice(PEOPLE), "SPEAKER")
                doc.link(quote, cue, "CUE")
                doc.link(quote, speaker, "SPEAKER")
                words += 14
            else:
                doc.add(rng.choice(INDONESIAN_WORDS) + (" 😀" if rng.random() < 0.002 else ""))
            words += 1
            doc.add(" ")
        doc.add(".\n\n")
    return {"id": f"bench-{number}", "text": "".join(doc.parts), "meta": {"title": f"Artikel {number}"},
            "annotator": "alice", "layer": "annotation", "status": "accepted",
            "spans": doc.spans, "relations": doc.relations}  # fmt: skip


def generate(path: Path, count: int) -> float:
    """Write the articles; returns their mean length in words."""
    rng = random.Random(count)
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = article(number, rng)
            words += len(record["text"].split())
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words / max(count, 1)


def child(case: str, project: str, output: str) -> None:
    """Run one export in this process and print its figures as JSON."""
    from annotator.exporters import export_corpus
    from annotator.storage import Project

    opened = Project.open(project)
    format_name = case.split("-")[0]
    started = time.perf_counter()
    report = export_corpus(opened, output, format_name, shard_size=CASES[case][1])
    seconds = time.perf_counter() - started
    opened.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"count": report.documents, "seconds": seconds, "peak_mb": peak_mb}))


def run_child(*arguments: str) -> dict[str, float]:
    output = subprocess.run([sys.executable, __file__, "--child", *arguments], capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def build(folder: Path, count: int) -> Path:
    from annotator.importers import import_paths
    from annotator.storage import Project

    source = folder / "in.jsonl"
    mean_words = generate(source, count)
    project = folder / "bench.annotator"
    opened = Project.create(project, lang="id")
    import_paths(opened, [source])
    opened.close()
    print(f"{count} articles, {mean_words:.0f} words each on average")
    return project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--formats", nargs="+", default=list(CASES), choices=list(CASES))
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    for count in args.docs:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            project = build(folder, count)
            print(f"{'documents':>10} {'format':>14} {'seconds':>8} {'docs/s':>8} {'peak MB':>8}")
            for case in args.formats:
                figures = run_child(case, str(project), str(folder / CASES[case][0]))
                rate = figures["count"] / figures["seconds"]
                print(f"{count:>10} {case:>14} {figures['seconds']:>8.1f} {rate:>8.0f} {figures['peak_mb']:>8.0f}", flush=True)


if __name__ == "__main__":
    main()

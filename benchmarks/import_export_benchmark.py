"""Time import and export of generated news articles; prints documents per second and peak memory.

    python benchmarks/import_export_benchmark.py --docs 10000 100000

Each article has about 400 words and 15 pre-annotated spans (entities, a quote, its cue and
speaker, with relations). Import and export each run in a fresh process, so that the peak
resident memory printed is that step's own.
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

from news_words import INDONESIAN_WORDS  # benchmarks/ is on sys.path when a script runs

WORDS = INDONESIAN_WORDS
PEOPLE = ["Budi Santoso", "Rina Hartono", "I Made Suarta", "Siti Rahma", "Agus Salim"]
PLACES = ["Medan", "Jakarta", "Surabaya", "Makassar", "Denpasar"]
ORGS = ["BPBD", "Komisi II DPR", "Dinas Pendidikan Provinsi Riau", "KPK", "BMKG"]


def article(number: int, rng: random.Random) -> dict[str, object]:
    parts: list[str] = []
    spans: list[dict[str, object]] = []

    def add(text: str, label: str | None = None) -> int:
        start = sum(len(part) for part in parts)
        parts.append(text)
        if label:
            spans.append({"id": f"s{len(spans) + 1}", "start": start, "end": start + len(text), "label": label, "source": "rule"})
        return len(spans)

    add(rng.choice(PLACES).upper(), "GPE")
    add(", Kompas.id – ")
    quote = cue = speaker = 0
    while len(parts) < 260:
        kind = rng.random()
        if kind < 0.03 and len(spans) < 12:
            add(rng.choice(PEOPLE), "PERSON")
        elif kind < 0.06 and len(spans) < 12:
            add(rng.choice(PLACES), "GPE")
        elif kind < 0.08 and len(spans) < 12:
            add(rng.choice(ORGS), "ORG")
        elif kind < 0.09 and not quote:
            add("“")
            quote = add(" ".join(rng.choice(WORDS) for _ in range(12)) + ",", "QUOTE")
            add("” ")
            cue = add("kata", "CUE")
            add(" ")
            speaker = add(rng.choice(PEOPLE), "SPEAKER")
            add(".")
        else:
            add(rng.choice(WORDS))
        add(" ")
    while len(spans) < 15:
        add(rng.choice(PEOPLE), "PERSON")
        add(" ")
    relations = []
    if quote:
        relations = [
            {"id": "r1", "head": f"s{quote}", "child": f"s{cue}", "label": "CUE", "source": "rule"},
            {"id": "r2", "head": f"s{quote}", "child": f"s{speaker}", "label": "SPEAKER", "source": "rule"},
        ]
    return {
        "id": f"bench-{number}",
        "text": "".join(parts),
        "meta": {"title": f"Artikel {number}"},
        "spans": spans,
        "relations": relations,
    }


def generate(path: Path, count: int) -> None:
    rng = random.Random(count)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps(article(number, rng), ensure_ascii=False) + "\n")


def child(step: str, project: str, path: str) -> None:
    """Run one step in this process and print its figures as JSON."""
    from annotator.exporters import export_jsonl
    from annotator.importers import import_paths
    from annotator.storage import Project

    if step == "import":
        opened = Project.create(project, lang="id")
        started = time.perf_counter()
        report = import_paths(opened, [Path(path)])
        count = report.documents
    else:
        opened = Project.open(project)
        started = time.perf_counter()
        count = export_jsonl(opened, path)
    seconds = time.perf_counter() - started
    opened.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"count": count, "seconds": seconds, "peak_mb": peak_mb}))


def run_step(step: str, project: Path, path: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", step, str(project), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    print(f"{'documents':>10} {'step':>7} {'seconds':>8} {'docs/s':>9} {'peak MB':>8}")
    for count in args.docs:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "in.jsonl"
            generate(source, count)
            project = Path(folder) / "bench.annotator"
            for step, path in (("import", source), ("export", Path(folder) / "out.jsonl")):
                figures = run_step(step, project, path)
                rate = figures["count"] / figures["seconds"]
                print(f"{count:>10} {step:>7} {figures['seconds']:>8.2f} {rate:>9.0f} {figures['peak_mb']:>8.0f}")


if __name__ == "__main__":
    main()

"""Agreement on a large project, and ``next`` under concurrent claimers; prints the figures.

    python benchmarks/agreement_benchmark.py [--docs 10000] [--workers 2] [--repeat 3] [--claimers 4] [--claims 150]

Agreement: generated articles of about 400 words (paragraphs of the development set, with their
entities, quotes, cues, speakers and relations: about 80 spans an article; the length is checked
and printed), each annotated by three annotators who differ from the base annotation: a span
dropped (8%), a boundary moved (8%), a label changed (4%). Imported into a SQLite project, then
timed in fresh processes, REPEAT times each (the best and the median are printed):

- the core in one process: reading the project, and counting (span F1, token kappa and alpha,
  attribution, per document, references) with the report, wall and CPU time;
- the whole command ``annotator agreement P --format json -o FILE`` with ``--jobs 1`` and
  ``--jobs WORKERS``: start-up, imports, reading, counting and writing, wall time.

Target (issue 9): under 5 s for 10,000 documents x 3 annotators.

Next: a SQLite project with routing (2 annotators for 20% of the documents); CLAIMERS processes
start together and each claims CLAIMS documents through ``next_document``; prints claims per
second overall and the median and 95th percentile time of one claim.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_articles import ArticleMaker  # noqa: E402

ANNOTATORS = ("alice", "bob", "carol")
SWAP = {"PERSON": "ORG", "ORG": "GPE", "GPE": "LOC", "LOC": "GPE"}  # a speaker is also marked PERSON: not swapped


def annotator_version(base: dict[str, Any], name: str, rng: random.Random) -> dict[str, Any]:
    record = {**base, "spans": [dict(span) for span in base["spans"]]}
    kept = []
    for span in record["spans"]:
        span["source"] = "human"
        roll = rng.random()
        if roll < 0.08 and span["label"] not in ("QUOTE", "CUE", "SPEAKER"):
            continue
        if roll < 0.16 and span["end"] - span["start"] > 2 and span["label"] not in ("QUOTE", "CUE", "SPEAKER"):
            span["end"] -= 1
        elif roll < 0.20:
            span["label"] = SWAP.get(span["label"], span["label"])
        kept.append(span)
    ids = {span["id"] for span in kept}
    record["spans"] = kept
    record["relations"] = [
        {**rel, "source": "human"}
        for rel in record["relations"]
        if rel["head"] in ids and rel["child"] in ids and _allowed(rel, kept)
    ]
    record.update(annotator=name, status="accepted")
    return record


def _allowed(relation: dict[str, Any], spans: list[dict[str, Any]]) -> bool:
    labels = {span["id"]: span["label"] for span in spans}
    return relation["label"] != "SPEAKER" or labels[relation["child"]] in ("SPEAKER", "PERSON", "ORG")


def generate(path: Path, count: int) -> dict[str, float]:
    """Writes the annotators' records; returns the articles' mean, smallest and largest word
    count and the mean number of spans per annotation."""
    rng = random.Random(count)
    maker = ArticleMaker(words=400)
    words: list[int] = []
    spans = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            base = maker.article(number, rng)
            words.append(len(base["text"].split()))
            for name in ANNOTATORS:
                version = annotator_version(base, name, rng)
                spans += len(version["spans"])
                handle.write(json.dumps(version, ensure_ascii=False) + "\n")
    return {"mean": statistics.mean(words), "min": min(words), "max": max(words), "spans": spans / (count * len(ANNOTATORS))}


def agreement_child(location: str) -> None:
    """The core in this process: reading the project into columns, then counting and the report."""
    import krippendorff  # noqa: F401  imported once per process: not part of the figure
    import sklearn.metrics  # noqa: F401

    from annotator.agreement.compute import report_of
    from annotator.agreement.corpus import gather_columns
    from annotator.agreement.load import entity_labels
    from annotator.agreement.read_columns import project_columns
    from annotator.storage import Project

    project = Project.open(location)
    labels = entity_labels(project)
    started, cpu = time.perf_counter(), time.process_time()
    columns = project_columns(project)
    read, read_cpu = time.perf_counter() - started, time.process_time() - cpu
    report = report_of(gather_columns(columns, entity_labels=labels, statuses=("accepted",)), ("accepted",))
    total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
    project.close()
    figures = {"documents": report.documents, "read": read, "total": total, "read_cpu": read_cpu, "total_cpu": total_cpu}
    print(json.dumps({**figures, "alpha": report.alpha_token, "tokens": report.tokens}))


def command_line(location: str, jobs: int, output: Path) -> float:
    """Wall time of the whole ``annotator agreement P --format json`` in a fresh process: start-up,
    imports, reading, counting, writing the JSON."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "annotator", "agreement", location, "--format", "json", "-o", str(output), "--jobs", str(jobs)],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    wall = time.perf_counter() - started
    assert json.loads(output.read_text(encoding="utf-8"))["documents"] > 0
    return wall


def bench_agreement(location: str, folder: Path, repeat: int, workers: int) -> None:
    runs = []
    for _ in range(repeat):
        output = subprocess.run([sys.executable, __file__, "--child", location], capture_output=True, text=True, check=True)
        runs.append(json.loads(output.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda figures: figures["total"])
    walls = sorted(figures["total"] for figures in runs)
    print(
        f"agreement core, 1 process: {best['documents']} documents x {len(ANNOTATORS)} annotators ({best['tokens']:,} tokens) "
        f"in {best['total']:.2f} s wall, {best['total_cpu']:.2f} s CPU (reading {best['read']:.2f} s wall, "
        f"{best['read_cpu']:.2f} s CPU); best of {repeat}, median {statistics.median(walls):.2f} s; "
        f"target < 5 s; alpha {best['alpha']:.3f}"
    )
    for jobs in sorted({1, workers}):
        times = sorted(command_line(location, jobs, folder / "agreement.json") for _ in range(repeat))
        print(
            f"annotator agreement P --format json --jobs {jobs} (whole command, fresh process): "
            f"{times[0]:.2f} s wall, best of {repeat}, median {statistics.median(times):.2f} s"
        )


def claimer(location: str, name: str, claims: int, barrier: Any, results: Any) -> None:
    from annotator.routing import next_document
    from annotator.storage import Project

    project = Project.open(location)
    times = []
    barrier.wait()
    for _ in range(claims):
        started = time.perf_counter()
        if next_document(project, name) is None:
            break
        times.append(time.perf_counter() - started)
    project.close()
    results.put(times)


def bench_next(folder: Path, documents: int, claimers: int, claims: int) -> None:
    from annotator.routing import RoutingConfig, set_routing
    from annotator.storage import Project
    from annotator.storage import tables as t
    from annotator.storage.bulk import text_hash
    from annotator.storage.project import now

    location = str(folder / "next.annotator")
    project = Project.create(location, lang="id")
    with project.transaction() as connection:
        connection.execute(
            t.documents.insert(),
            [
                {"doc_id": f"d{n}", "text": f"Teks {n}.", "text_hash": text_hash(f"Teks {n}."), "meta": {}, "created_at": now()}
                for n in range(documents)
            ],
        )
    set_routing(project, RoutingConfig(per_document=2, overlap=0.2))
    project.close()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(claimers)
    results = context.Queue()
    processes = [
        context.Process(target=claimer, args=(location, f"annotator{n}", claims, barrier, results)) for n in range(claimers)
    ]
    for process in processes:
        process.start()
    started = time.perf_counter()
    times = [value for _ in processes for value in results.get(timeout=600)]
    wall = time.perf_counter() - started
    for process in processes:
        process.join()
    times.sort()
    print(
        f"next: {claimers} concurrent claimers, {len(times)} claims on {documents} documents in {wall:.2f} s "
        f"({len(times) / wall:.0f} claims/s); one claim: median {statistics.median(times) * 1000:.1f} ms, "
        f"95th percentile {times[int(len(times) * 0.95)] * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--claimers", type=int, default=4)
    parser.add_argument("--claims", type=int, default=150)
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel run (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each agreement figure; the best is printed")
    parser.add_argument("--project", help="time this existing benchmark project instead of generating one")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        agreement_child(args.child)
        return
    from annotator.importers import import_paths
    from annotator.storage import Project

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        location = args.project
        if location is None:
            source = folder / "records.jsonl"
            shape = generate(source, args.docs)
            print(
                f"articles: {args.docs} of {shape['mean']:.0f} words on average ({shape['min']}-{shape['max']}), "
                f"{shape['spans']:.0f} spans per annotation"
            )
            location = str(folder / "agreement.annotator")
            project = Project.create(location, lang="id")
            started = time.perf_counter()
            import_paths(project, [source])
            project.close()
            print(
                f"set-up: imported {args.docs} documents x {len(ANNOTATORS)} annotators in {time.perf_counter() - started:.1f} s"
            )
        bench_agreement(location, folder, args.repeat, args.workers)
        bench_next(folder, 2_000, args.claimers, args.claims)


if __name__ == "__main__":
    main()

"""Time ``annotator train`` on generated gold articles: seconds, peak memory and the held-out
scores of the model and of the rules.

    python benchmarks/training_benchmark.py --docs 100 1000 --max-steps 200

The articles are those of format_export_benchmark.py (about 450 words, entities, two quotes
with cue and speaker), imported as the gold layer. Each size trains in a fresh process.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # measure this checkout, not an installed copy

from format_export_benchmark import article  # benchmarks/ is on sys.path when a script runs


def child(count: int, max_steps: int, folder: str) -> None:
    from annotator.importers import import_paths
    from annotator.storage import Project
    from annotator.training import train_project
    from annotator.training.evaluate import format_table

    rng = random.Random(count)
    source = Path(folder) / "gold.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = article(number, rng) | {"annotator": "lead", "layer": "gold"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    project = Project.create(Path(folder) / "bench.annotator", lang="id")
    import_paths(project, [source])
    started = time.perf_counter()
    result = train_project(project, max_steps=max_steps)
    seconds = time.perf_counter() - started
    project.close()
    print(format_table(result.table), file=sys.stderr)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "documents": result.documents}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--max-steps", type=int, default=200)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(int(args.child[0]), int(args.child[1]), args.child[2])
        return
    for count in args.docs:
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(count), str(args.max_steps), folder],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            table = done.stderr.strip().splitlines()
            header = table.index(next(line for line in table if line.startswith("label")))
            print(f"{count} documents {figures['documents']}, {args.max_steps} steps: "
                  f"{figures['seconds']:.0f} s, peak {figures['peak_mb']:.0f} MB")  # fmt: skip
            print("\n".join(table[header:]), flush=True)


if __name__ == "__main__":
    main()

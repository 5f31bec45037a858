"""Edits per second with 1 and 4 writers, on SQLite and (when a server is given) PostgreSQL.

    python benchmarks/edit_benchmark.py --edits 500
    python benchmarks/edit_benchmark.py --postgres postgresql://postgres@127.0.0.1:5432/postgres

Every writer is its own process (benchmarks/edit_worker.py) with its own annotator, so the
figures are those of separate desktops; each edit is a committed transaction (on SQLite with
synchronous=FULL, one fsync each). With 4 writers, two of them share one annotation, so their
conflicts (reload, edit again) are part of the figure, as in real use.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.importers import import_paths  # noqa: E402
from annotator.storage import Project  # noqa: E402

WORKER = Path(__file__).with_name("edit_worker.py")
TEXT = "Kami siap bekerja keras untuk kota ini, kata Budi Santoso kepada wartawan di Medan pada Senin."
WRITERS = {1: [("w1", 0)], 4: [("w1", 0), ("w1", 10), ("w2", 20), ("w3", 30)]}


def _postgres_database(server: str) -> tuple[str, str]:
    import psycopg

    name = f"annotator_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{server.rsplit('/', 1)[0]}/{name}", name


def _drop(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def measure(location: str, writers: int, edits: int, folder: Path) -> tuple[float, int]:
    """(edits per second over all writers, conflicts met)"""
    source = folder / f"doc-{uuid.uuid4().hex[:6]}.jsonl"
    source.write_text(json.dumps({"id": "d1", "text": TEXT}) + "\n", encoding="utf-8")
    with Project.create(location, lang="id") as project:
        import_paths(project, [source])
        doc = project.document_keys()[0]
    processes = [
        subprocess.Popen(
            [sys.executable, str(WORKER), location, name, str(doc), str(region), str(edits)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for name, region in WRITERS[writers]
    ]
    results = []
    for process in processes:
        out, _ = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"a writer failed (exit {process.returncode})")
        results.append(json.loads(out.strip().splitlines()[-1]))
    elapsed = max(float(result["seconds"]) for result in results)  # from each writer's first edit, not its start-up
    return writers * edits / elapsed, sum(int(result["conflicts"]) for result in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=500, help="edits per writer (default 500)")
    parser.add_argument("--postgres", help="a PostgreSQL server URL; a database is created and dropped there")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for writers in (1, 4):
            rate, conflicts = measure(str(folder / f"bench-{writers}.annotator"), writers, args.edits, folder)
            print(f"sqlite      {writers} writer(s): {rate:7.0f} edits/s  ({conflicts} conflicts retried)")
        if args.postgres:
            for writers in (1, 4):
                url, name = _postgres_database(args.postgres)
                try:
                    rate, conflicts = measure(url, writers, args.edits, folder)
                finally:
                    _drop(args.postgres, name)
                print(f"postgresql  {writers} writer(s): {rate:7.0f} edits/s  ({conflicts} conflicts retried)")


if __name__ == "__main__":
    main()

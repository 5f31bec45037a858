"""Time ``annotator train`` on generated gold articles: seconds, peak memory and the held-out
scores of the model and of the rules.

    python benchmarks/training_benchmark.py --docs 100 1000 --max-steps 200

The articles are generated (about 450 words; the mean is printed): sentences of the 400 most
frequent words of the Indonesian development sets (data/dev, data/real/dev), a dateline, names
of people, places and organisations, and two or three quotation paragraphs (`“...,” kata X.`)
with cue, speaker and their links, imported as the gold layer. Each size trains in a fresh process, with a fixed ``--max-steps``
budget (spaCy's batches grow from 100 to 1,000 words, so a step is about the same work at every
size; the larger sizes cost more in data preparation, evaluation on the dev part and scoring).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # measure this checkout, not an installed copy

from format_export_benchmark import ORGS, PEOPLE, PLACES  # benchmarks/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "data" / "dev" / "id.jsonl", ROOT / "data" / "real" / "dev" / "id.jsonl"]
VOCABULARY_SIZE = 400


def vocabulary() -> list[str]:
    """The most frequent lower-case words of the Indonesian development sets, speech verbs left
    out (a sentence of random words with `mengatakan` in it would be reported speech)."""
    from annotator.nlp.lexicon import lexicon

    res = lexicon("id").res
    speech = {word.lower() for words in (res.cues_after, res.cues_before, res.cues_according) for phrase in words
              for word in phrase.split()}  # fmt: skip
    counts: Counter[str] = Counter()
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found = re.findall(r"\b[a-z]+\b", json.loads(line)["text"])
                counts.update(word for word in found if len(word) > 1 and word not in speech)
    return [word for word, _ in counts.most_common(VOCABULARY_SIZE)]


class Article:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []

    def add(self, text: str, *labels: str) -> list[str]:
        start = len(self.text)
        self.text += text
        idents = []
        for label in labels:
            idents.append(f"s{len(self.spans) + 1}")
            self.spans.append({"id": idents[-1], "start": start, "end": len(self.text), "label": label})
        return idents

    def sentence(self, rng: random.Random, words: list[str], length: int) -> None:
        for number in range(length):
            kind = rng.random()
            if kind < 0.04:
                self.add(rng.choice(PEOPLE), "PERSON")
            elif kind < 0.07:
                self.add(rng.choice(PLACES), "GPE")
            elif kind < 0.09:
                self.add(rng.choice(ORGS), "ORG")
            else:
                word = rng.choice(words)
                self.add(word.capitalize() if number == 0 else word)
            self.add(" " if number < length - 1 else "")

    def link(self, head: str, child: str, label: str) -> None:
        self.relations.append({"id": f"r{len(self.relations) + 1}", "head": head, "child": child, "label": label})


def article(number: int, rng: random.Random, words: list[str]) -> dict[str, Any]:
    doc = Article()
    doc.add(rng.choice(PLACES).upper(), "GPE")
    doc.add(", Kompas.id – ")
    quotes = rng.choice([2, 3])
    while len(doc.text.split()) < 430:
        if quotes and len(doc.text) > 200 and rng.random() < 0.3:
            quotes -= 1
            doc.add("\n\n“")
            start = len(doc.text)
            doc.sentence(rng, words, rng.randint(8, 18))
            doc.add(",")
            doc.spans.append({"id": f"s{len(doc.spans) + 1}", "start": start, "end": len(doc.text), "label": "QUOTE"})
            quote = doc.spans[-1]["id"]
            doc.add("” ")
            (cue,) = doc.add(rng.choice(["kata", "ujar"]), "CUE")
            doc.add(" ")
            speaker, _person = doc.add(rng.choice(PEOPLE), "SPEAKER", "PERSON")
            doc.add(".")
            doc.link(quote, cue, "CUE")
            doc.link(quote, speaker, "SPEAKER")
            continue
        doc.add("\n\n" if doc.text.endswith(".") else "")
        for _ in range(rng.randint(2, 3)):
            doc.sentence(rng, words, rng.randint(8, 20))
            doc.add(". ")
        doc.text = doc.text.rstrip()
    return {"id": f"bench-{number}", "text": doc.text, "meta": {"title": f"Artikel {number}", "lang": "id"},
            "annotator": "lead", "layer": "gold", "spans": doc.spans, "relations": doc.relations}  # fmt: skip


def child(count: int, max_steps: int, folder: str) -> None:
    from annotator.importers import import_paths
    from annotator.storage import Project
    from annotator.training import train_project
    from annotator.training.evaluate import format_table

    rng = random.Random(count)
    source = Path(folder) / "gold.jsonl"
    words = 0
    common = vocabulary()
    with source.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = article(number, rng, common)
            words += len(record["text"].split())
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    project = Project.create(Path(folder) / "bench.annotator", lang="id")
    import_paths(project, [source])
    started = time.perf_counter()
    result = train_project(project, max_steps=max_steps)
    seconds = time.perf_counter() - started
    project.close()
    print(format_table(result.table), file=sys.stderr)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "documents": result.documents, "words": words / count}))


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
            print(f"{count} documents of {figures['words']:.0f} words on average {figures['documents']}, {args.max_steps} steps: "
                  f"{figures['seconds']:.0f} s, peak {figures['peak_mb']:.0f} MB")  # fmt: skip
            print("\n".join(table[header:]), flush=True)


if __name__ == "__main__":
    main()

"""Speed of the grapheme-cluster checks (annotator/text/graphemes.py) on a long real-vocabulary text.

The text is the real development articles (data/real/dev/*.jsonl) joined and repeated to about
``--chars`` code points, with a few emoji, flags and combining accents sprinkled in. Three uses
are timed: the import's check of every span edge (``first_split``), the window's snapping of
every token edge (``grapheme_floor`` / ``grapheme_ceil``), and ``inside_grapheme`` at every offset.

    python benchmarks/grapheme_benchmark.py [--chars 1000000] [--module OTHER_GRAPHEMES.py]

``--module`` times another implementation of the same functions (say, an older commit's file
from ``git show``) on the same text.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import time
from pathlib import Path
from types import ModuleType

import regex

ROOT = Path(__file__).resolve().parents[1]
SPRINKLES = [
    "e\u0301",
    "\U0001f44d\U0001f3fd",
    "\U0001f1ee\U0001f1e9",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\u2764\ufe0f",
]


def real_text(chars: int, seed: int = 7) -> str:
    texts = []
    for name in ("id.jsonl", "en.jsonl"):
        with (ROOT / "data" / "real" / "dev" / name).open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle)
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        text = rng.choice(texts)
        words = text.split(" ")
        for _ in range(len(words) // 200 + 1):  # a few emoji and accents in each article
            where = rng.randrange(len(words))
            words[where] = words[where] + rng.choice(SPRINKLES)
        text = " ".join(words)
        parts.append(text)
        size += len(text) + 2
    return "\n\n".join(parts)[:chars]


def load(path: str | None) -> ModuleType:
    if path is None:
        from annotator.text import graphemes

        return graphemes
    spec = importlib.util.spec_from_file_location("other_graphemes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(label: str, run) -> None:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - began)
    print(f"{label:<46} {best * 1000:9.1f} ms   ({result})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--module", help="another graphemes.py to time instead of the package's")
    args = parser.parse_args()
    graphemes = load(args.module)
    text = real_text(args.chars)
    edges = sorted(
        {m.start() for m in regex.finditer(r"\w+|[^\w\s]", text)} | {m.end() for m in regex.finditer(r"\w+|[^\w\s]", text)}
    )
    print(f"{len(text):,} code points, {len(edges):,} token edges, {len(text) - len(text.encode('ascii', 'ignore')):,} not ASCII")
    whole = [edge for edge in edges if not graphemes.inside_grapheme(text, edge)]  # spans as an import checks them
    timed("first_split over every token edge (none split)", lambda: graphemes.first_split(text, whole))
    timed(
        "grapheme_floor + grapheme_ceil of every edge",
        lambda: sum(graphemes.grapheme_floor(text, e) != e or graphemes.grapheme_ceil(text, e) != e for e in edges),
    )
    timed("inside_grapheme at every offset", lambda: sum(graphemes.inside_grapheme(text, i) for i in range(len(text) + 1)))


if __name__ == "__main__":
    main()

"""Does a model trained on the corpus help? F1 against the number of training documents for the
model alone, the rules alone and their combination (the pre-labeller with the model: per label,
the model's spans where it beat the rules on a dev part, the rules elsewhere), by k-fold
cross-validation over a development set.

    python benchmarks/learning_curve.py data/dev/id.jsonl --sizes 4 8 15 --folds 3 --max-steps 150
    python benchmarks/learning_curve.py data/real/dev/id.jsonl --group-by outlet --sizes 40 all --dev 10

Each fold holds its documents out as test; of the others, ``--dev`` documents choose per label
and the training documents are the first N of the rest (shuffled per fold, so that two folds do
not train on the same N documents; ``all``: every one of them). ``--group-by outlet`` keeps
the documents of one newsroom in one fold (the outlet's name without its ``(via ...)`` note), so
that every fold's test pages come from newsrooms the model never saw, as on a held-out set. The whole pipeline is trained (``ner``
for the entities, ``span_finder`` + ``spancat`` for QUOTE, CUE and SPEAKER). Three figures per
system, micro-averaged over exact spans and then over the folds:

- entities: the entity labels (PERSON, ORG, GPE...);
- quotes: QUOTE, CUE and SPEAKER spans;
- links: the quote's CUE and SPEAKER relations, (quote span, child span, label) exact. The model
  alone has no links (it only labels spans); the combination's links come from the rules.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # measure this checkout, not an installed copy

QUOTE_LABELS = {"QUOTE", "CUE", "SPEAKER"}
SYSTEMS = ("model", "rules", "combination")
MEASURES = ("entities", "quotes", "links")


def micro(gold: list[set[Any]], predicted: list[set[Any]]) -> float:
    correct = sum(len(g & p) for g, p in zip(gold, predicted, strict=True))
    found, wanted = sum(len(p) for p in predicted), sum(len(g) for g in gold)
    precision = correct / found if found else 0.0
    recall = correct / wanted if wanted else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def links_of(spans: list[Any], relations: list[Any]) -> set[tuple[int, int, int, int, str]]:
    """(quote start, quote end, child start, child end, label) of every CUE/SPEAKER relation."""
    by_id = {span["id"] if isinstance(span, dict) else span.id: span for span in spans}

    def field(item: Any, name: str) -> Any:
        return item[name] if isinstance(item, dict) else getattr(item, name)

    found = set()
    for relation in relations:
        label = field(relation, "label")
        head, child = by_id.get(field(relation, "head")), by_id.get(field(relation, "child"))
        if label in ("CUE", "SPEAKER") and head is not None and child is not None:
            found.add((field(head, "start"), field(head, "end"), field(child, "start"), field(child, "end"), label))
    return found


def pick(spans: list[set[Any]], labels: set[str]) -> list[set[Any]]:
    return [{span for span in doc if span[2] in labels} for doc in spans]


def newsroom(record: dict[str, Any]) -> str:
    """The outlet of a record without a trailing parenthesised note: "ANTARA (via xcloud.id)" and
    "ANTARA" are one newsroom; a record without an outlet is a newsroom of its own."""
    meta = record.get("meta") or {}
    outlet = str(meta.get("outlet") or "").strip()
    return re.sub(r"\s*\([^()]*\)\s*$", "", outlet).casefold() or f"#{record.get('id', id(record))}"


def make_folds(records: list[dict[str, Any]], count: int, seed: int, group_by: str | None) -> list[list[dict[str, Any]]]:
    """``count`` folds of the (seeded) shuffled records; with ``group_by="outlet"`` each newsroom's
    documents go to one fold, the largest newsrooms first, each to the fold with fewest documents."""
    shuffled = list(records)
    random.Random(seed).shuffle(shuffled)
    if group_by is None:
        return [shuffled[index::count] for index in range(count)]
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in shuffled:
        groups.setdefault(newsroom(record), []).append(record)
    folds: list[list[dict[str, Any]]] = [[] for _ in range(count)]
    for members in sorted(groups.values(), key=len, reverse=True):  # stable: shuffled order among equals
        min(folds, key=len).extend(members)
    return folds


def size_of(text: str) -> int:
    """A ``--sizes`` item: a number of training documents, or ``all`` (0: all the rest)."""
    return 0 if text == "all" else int(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument(
        "--sizes", type=size_of, nargs="+", default=[4, 8, 15], help="numbers of training documents; all: every one"
    )
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--dev", type=int, default=3)
    parser.add_argument("--max-steps", type=int, default=150)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--group-by", choices=["outlet"], default=None, help="one newsroom's documents in one fold")
    parser.add_argument("--only-folds", type=int, nargs="+", default=None, help="run these folds only (0-based)")
    args = parser.parse_args()

    import annotator.training.components  # noqa: F401  (the factory of the per-label choice)
    from annotator.model import Record, default_scheme
    from annotator.nlp import prelabel_texts
    from annotator.nlp.pipeline import clear_cache
    from annotator.training.evaluate import gold_spans, model_spans, rule_spans, score
    from annotator.training.train import choose_labels, train_pipeline

    records = [
        Record.model_validate_json(line).model_dump(mode="json")
        for line in args.gold.read_text("utf-8").splitlines()
        if line.strip()
    ]
    lang = records[0]["meta"].get("lang") or "id"
    scheme = default_scheme()
    entity_labels = set(scheme.labels_in_group("entity"))
    labels = [*scheme.labels_in_group("entity"), "QUOTE", "CUE", "SPEAKER"]
    wanted = set(labels)
    folds = make_folds(records, args.folds, args.seed, args.group_by)
    results: dict[int, dict[tuple[str, str], list[float]]] = {}
    for number, test in enumerate(folds):
        if args.only_folds is not None and number not in args.only_folds:
            continue
        rest = [record for other, fold in enumerate(folds) if other != number for record in fold]
        random.Random(args.seed + number).shuffle(rest)
        dev, pool = rest[: args.dev], rest[args.dev :]
        texts = [record["text"] for record in test]
        gold = gold_spans(test, wanted)
        gold_links = [links_of(record["spans"], record["relations"]) for record in test]
        rule_parts = list(prelabel_texts(texts, lang))
        rules = rule_spans(texts, lang, wanted)
        rule_links = [links_of(spans, relations) for spans, relations in rule_parts]
        for wanted_size in args.sizes:
            size = wanted_size or len(pool)
            if size > len(pool):
                continue
            started = time.perf_counter()
            with tempfile.TemporaryDirectory() as work:
                model = train_pipeline({"train": pool[:size], "dev": dev}, Path(work), scheme, lang,
                                       max_steps=args.max_steps, seed=args.seed)  # fmt: skip
                trained = time.perf_counter() - started
                alone = model_spans(model, texts, wanted)
                choice = choose_labels(model, dev, lang, labels)
                clear_cache()
                parts = list(prelabel_texts(texts, lang, model=str(model)))
                clear_cache()
            combined = [{(s.start, s.end, s.label) for s in spans if s.label in wanted} for spans, _ in parts]
            predicted = {"model": alone, "rules": rules, "combination": combined}
            links = {"model": [set() for _ in test], "rules": rule_links,
                     "combination": [links_of(spans, relations) for spans, relations in parts]}  # fmt: skip
            entry = results.setdefault(wanted_size, {})
            line: dict[str, Any] = {"fold": number, "size": size, "test": len(test), "train_seconds": round(trained),
                                    "seconds": round(time.perf_counter() - started),
                                    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}  # fmt: skip
            for system in SYSTEMS:
                figures = {
                    "entities": micro(pick(gold, entity_labels), pick(predicted[system], entity_labels)),
                    "quotes": micro(pick(gold, QUOTE_LABELS), pick(predicted[system], QUOTE_LABELS)),
                    "links": micro(gold_links, links[system]),
                }
                for measure, value in figures.items():
                    entry.setdefault((system, measure), []).append(value)
                line[system] = {measure: round(value, 3) for measure, value in figures.items()}
            line["model_labels"] = sorted(label for label, better in choice.items() if better == "model")
            by_label = {system: score(gold, predicted[system]) for system in SYSTEMS}
            line["label_f1"] = {  # per label: model alone, rules alone, combination
                label: [round(by_label[system][label].f1, 3) if label in by_label[system] else 0.0 for system in SYSTEMS]
                for label in labels
            }
            print(json.dumps(line), file=sys.stderr, flush=True)
    header = "  ".join(f"{system[:5]} {measure[:5]:>5}" for measure in MEASURES for system in SYSTEMS)
    print(f"{'train docs':>10}  {header}  folds")
    for size, entry in sorted(results.items(), key=lambda item: item[0] or sys.maxsize):
        means = [sum(values) / len(values) for values in (entry[(system, measure)] for measure in MEASURES for system in SYSTEMS)]
        cells = "  ".join(f"{mean:>11.3f}" for mean in means)
        print(f"{size or 'all':>10}  {cells}  {len(entry[('rules', 'entities')])}")


if __name__ == "__main__":
    main()

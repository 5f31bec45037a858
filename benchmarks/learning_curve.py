"""Does a model trained on the corpus help? Entity F1 against the number of training documents
for the model alone, the rules alone and their combination (the pre-labeller with the model:
per label, the model's entities where it beat the rules on a dev part, the rules elsewhere),
by k-fold cross-validation over a development set.

    python benchmarks/learning_curve.py data/dev/id.jsonl --sizes 4 8 16 --folds 3 --max-steps 150

Each fold holds its documents out as test; of the others, ``--dev`` documents choose per label
and the training documents are the first N of the rest. Scores are micro-averaged over the
entity labels (exact spans) and then over the folds. Only ``ner`` is trained: quotes, cues and
speakers come from the rules in every system.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # measure this checkout, not an installed copy


def micro(gold: list[set[Any]], predicted: list[set[Any]]) -> float:
    correct = sum(len(g & p) for g, p in zip(gold, predicted, strict=True))
    found, wanted = sum(len(p) for p in predicted), sum(len(g) for g in gold)
    precision = correct / found if found else 0.0
    recall = correct / wanted if wanted else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[4, 8, 16])
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--dev", type=int, default=3)
    parser.add_argument("--max-steps", type=int, default=150)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    import annotator.training.components  # noqa: F401  (the factory of the per-label choice)
    from annotator.model import Record, default_scheme
    from annotator.nlp import prelabel_texts
    from annotator.training.evaluate import gold_spans, model_spans, rule_spans
    from annotator.training.train import choose_labels, train_pipeline

    records = [
        Record.model_validate_json(line).model_dump(mode="json")
        for line in args.gold.read_text("utf-8").splitlines()
        if line.strip()
    ]
    lang = records[0]["meta"].get("lang") or "id"
    scheme = default_scheme()
    labels = scheme.labels_in_group("entity")
    wanted = set(labels)
    random.Random(args.seed).shuffle(records)
    folds = [records[index :: args.folds] for index in range(args.folds)]
    results: dict[int, dict[str, list[float]]] = {}
    for number, test in enumerate(folds):
        rest = [record for other, fold in enumerate(folds) if other != number for record in fold]
        dev, pool = rest[: args.dev], rest[args.dev :]
        texts = [record["text"] for record in test]
        gold = gold_spans(test, wanted)
        rules = rule_spans(texts, lang, wanted)
        for size in args.sizes:
            if size > len(pool):
                continue
            with tempfile.TemporaryDirectory() as work:
                model = train_pipeline({"train": pool[:size], "dev": dev}, Path(work), scheme, lang,
                                       max_steps=args.max_steps, seed=args.seed, pipeline=("ner",))  # fmt: skip
                alone = model_spans(model, texts, wanted)
                choice = choose_labels(model, dev, lang, labels)
                combined = [{(span.start, span.end, span.label) for span in spans if span.label in wanted}
                            for spans, _ in prelabel_texts(texts, lang, model=str(model))]  # fmt: skip
            entry = results.setdefault(size, {"model": [], "rules": [], "combination": []})
            entry["model"].append(micro(gold, alone))
            entry["rules"].append(micro(gold, rules))
            entry["combination"].append(micro(gold, combined))
            chosen = sorted(label for label, better in choice.items() if better == "model")
            print(json.dumps({"fold": number, "size": size, "model": round(entry["model"][-1], 3),
                              "rules": round(entry["rules"][-1], 3), "combination": round(entry["combination"][-1], 3),
                              "model_labels": chosen}), file=sys.stderr, flush=True)  # fmt: skip
    print(f"{'train docs':>10} {'model F1':>9} {'rules F1':>9} {'combined':>9}  folds")
    for size, entry in sorted(results.items()):
        mean = {name: sum(values) / len(values) for name, values in entry.items()}
        print(f"{size:>10} {mean['model']:>9.3f} {mean['rules']:>9.3f} {mean['combination']:>9.3f}  {len(entry['model'])}")


if __name__ == "__main__":
    main()

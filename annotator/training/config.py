"""The training configuration: spaCy's own defaults for ``tok2vec``, ``ner`` and ``spancat``
(CPU, efficiency), with the spancat reading our ``quotes`` span group and proposing spans long
enough for a quotation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.exporters.spacy_docbin import GROUP_KEYS

SPANS_KEY = GROUP_KEYS["quote"]
MAX_SPAN_TOKENS = 40


def build_config(
    lang: str, train: Path, dev: Path, *, max_steps: int, seed: int, pipeline: tuple[str, ...] = ("ner", "spancat")
) -> Any:
    from spacy.cli.init_config import init_config

    config = init_config(lang=lang, pipeline=list(pipeline), optimize="efficiency", gpu=False, silent=True)
    config["paths"]["train"] = str(train)
    config["paths"]["dev"] = str(dev)
    config["system"]["seed"] = seed
    # The project's one tokenizer: the model sees the tokens the rules and the window see.
    config["nlp"]["tokenizer"] = {"@tokenizers": "annotator_words.v1"}
    if "spancat" in pipeline:
        spancat = config["components"]["spancat"]
        spancat["spans_key"] = SPANS_KEY
        spancat["suggester"] = {"@misc": "spacy.ngram_range_suggester.v1", "min_size": 1, "max_size": MAX_SPAN_TOKENS}
    training = config["training"]
    if max_steps:
        training["max_steps"] = max_steps
        training["eval_frequency"] = max(1, min(200, max_steps // 2))
    training["patience"] = 1600
    return config

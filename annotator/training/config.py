"""The training configuration: spaCy's CPU defaults (efficiency) made smaller and faster.

- ``tok2vec``: a narrower, shallower encoder than spaCy's default (width 64, depth 2, smaller
  hash tables): a news corpus of a few hundred documents cannot feed the default's capacity,
  and it costs most of the time of every step.
- ``ner`` for the entities, on that ``tok2vec``.
- ``span_finder`` + ``spancat`` for QUOTE, CUE and SPEAKER on our ``quotes`` span group, each
  with an encoder of the same small size of its own (:data:`SHARE_TOK2VEC`): the
  span finder learns where such spans start and end and proposes only pairs of those edges
  (up to :data:`MAX_SPAN_TOKENS` tokens apart), and the spancat labels those proposals. An
  n-gram suggester long enough for a quotation proposes every span of up to 40 tokens, tens of
  thousands per article, which made training slow and memory-hungry. The span finder annotates
  the documents while training, so that the spancat learns on the proposals it will see.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from annotator.exporters.spacy_docbin import GROUP_KEYS

SPANS_KEY = GROUP_KEYS["quote"]
#: The longest span the span finder proposes, in tokens (quotations of our sets reach ~30).
MAX_SPAN_TOKENS = 60
EVAL_BATCH_DOCUMENTS = 16
TOK2VEC_WIDTH = 64
TOK2VEC_DEPTH = 2
TOK2VEC_ROWS = [2000, 500, 1000, 1000]
EVAL_EVERY_STEPS = 200


#: span_finder and spancat have their own encoder (own_tok2vec) instead of listening to the
#: ner's: shared, the ner's entity F1 on the development set fell from about 0.3 to 0.0-0.1
#: in some folds (benchmarks/learning_curve.py, 150 steps).
SHARE_TOK2VEC = False


def own_tok2vec() -> dict[str, Any]:
    """A small encoder of the component's own: the span components' large early gradients (every
    proposal of an untrained span finder) then cannot unsettle the ``ner``'s encoder."""
    return {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": TOK2VEC_WIDTH,
                  "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": TOK2VEC_ROWS, "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": TOK2VEC_WIDTH, "depth": TOK2VEC_DEPTH,
                   "window_size": 1, "maxout_pieces": 3},
    }  # fmt: skip


def eval_frequency(max_steps: int) -> int:
    """Steps between evaluations on the dev part: at least two, about every
    :data:`EVAL_EVERY_STEPS`, and the last one close to ``max_steps``. spaCy keeps as the best
    model only what it evaluated, so the steps after the last evaluation are wasted: every 200
    of 500 steps kept the model of step 400."""
    evaluations = max(2, math.ceil(max_steps / EVAL_EVERY_STEPS))
    return max(1, max_steps // evaluations)


def build_config(
    lang: str, train: Path, dev: Path, *, max_steps: int, seed: int, pipeline: tuple[str, ...] = ("ner", "spancat")
) -> Any:
    """The config of ``spacy train``; ``pipeline`` names ``ner`` and/or ``spancat`` (which brings
    its ``span_finder``)."""
    from spacy.cli.init_config import init_config

    wanted = set(pipeline) | ({"span_finder"} if "spancat" in pipeline else set())
    names = [name for name in ("ner", "span_finder", "spancat") if name in wanted]
    config = init_config(lang=lang, pipeline=names, optimize="efficiency", gpu=False, silent=True)
    config["paths"]["train"] = str(train)
    config["paths"]["dev"] = str(dev)
    config["system"]["seed"] = seed
    # The project's one tokenizer: the model sees the tokens the rules and the window see.
    config["nlp"]["tokenizer"] = {"@tokenizers": "annotator_words.v1"}
    # Evaluation and nlp.pipe run in batches of this many documents (spaCy's default: 1,000). An
    # untrained span finder proposes up to MAX_SPAN_TOKENS spans at every token, and the spancat
    # holds them all for the batch: with 100 dev articles in one batch the peak reached 5 GB.
    config["nlp"]["batch_size"] = EVAL_BATCH_DOCUMENTS
    tok2vec = config["components"]["tok2vec"]["model"]
    tok2vec["encode"]["width"] = TOK2VEC_WIDTH
    tok2vec["encode"]["depth"] = TOK2VEC_DEPTH
    tok2vec["embed"]["rows"] = TOK2VEC_ROWS
    training = config["training"]
    if "spancat" in pipeline and not SHARE_TOK2VEC:
        for name in ("span_finder", "spancat"):
            config["components"][name]["model"]["tok2vec"] = own_tok2vec()
    if "spancat" in pipeline:
        finder = config["components"]["span_finder"]
        finder["spans_key"] = SPANS_KEY
        finder["max_length"] = MAX_SPAN_TOKENS
        spancat = config["components"]["spancat"]
        spancat["spans_key"] = SPANS_KEY
        spancat["suggester"] = {"@misc": "spacy.preset_spans_suggester.v1", "spans_key": SPANS_KEY}
        # A span finder listening to the shared tok2vec reads doc.tensor outside an update: the
        # tok2vec must then annotate too, or the finder proposes from zeros.
        training["annotating_components"] = ["tok2vec", "span_finder"] if SHARE_TOK2VEC else ["span_finder"]
        # spaCy weighs the spancat's score under its default key (spans_sc_*): ours is SPANS_KEY,
        # so that the best model is chosen on the quote spans too.
        weights = training["score_weights"]
        for measure in ("f", "p", "r"):
            weights[f"spans_{SPANS_KEY}_{measure}"] = weights.pop(f"spans_sc_{measure}", 0.0)
    if max_steps:
        training["max_steps"] = max_steps
        training["eval_frequency"] = eval_frequency(max_steps)
    training["patience"] = 1600
    return config

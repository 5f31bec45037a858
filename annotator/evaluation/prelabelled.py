"""Predicted records made by running the project's pre-labeller over gold texts (``--prelabel``)."""

from __future__ import annotations

from collections.abc import Callable

from annotator.evaluation.pairing import EvaluationError, Located
from annotator.model import Record
from annotator.model.names import PRELABEL, PRELABEL_ANNOTATOR
from annotator.model.records import assign_missing_ids
from annotator.progress import ProgressHook, no_progress


def _load_prelabeller() -> Callable[..., tuple[list, list]]:
    # Imported here so that evaluation works (and imports cheaply) without the spaCy pipeline.
    try:
        from annotator.nlp import prelabel
    except ImportError as error:
        raise EvaluationError(f"the pre-labeller (annotator.nlp.prelabel) cannot be loaded: {error}") from error
    return prelabel


def prelabel_gold(
    gold: list[Located], *, lang: str | None = None, model: str | None = None, progress: ProgressHook = no_progress
) -> list[Located]:
    """One ``prelabel`` record per gold record, same id and text; ``lang`` defaults to each record's ``meta.lang``."""
    prelabel = _load_prelabeller()
    predicted = []
    for done, item in enumerate(gold, 1):
        record_lang = lang or item.record.meta.lang
        if not record_lang:
            raise EvaluationError(f"{item.where}: record has no meta.lang; give --lang")
        spans, relations = prelabel(item.record.text, record_lang, model=model)
        record = Record(
            id=item.record.id,
            text=item.record.text,
            meta=item.record.meta.model_copy(),
            spans=list(spans),
            relations=list(relations),
            annotator=PRELABEL_ANNOTATOR,
            layer=PRELABEL,
        )
        assign_missing_ids(record)
        predicted.append(Located(record, f"pre-label of {item.where}"))
        progress(done, len(gold))
    return predicted

"""The pre-labeller's Python API: one text, or many texts in batches (optionally in worker processes)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from annotator.model.records import Relation, Span
from annotator.nlp.analysis import to_record_parts
from annotator.nlp.components import take_analysis
from annotator.nlp.pipeline import build_pipeline

Result = tuple[list[Span], list[Relation]]
#: The API reads the exact-offset result only, so the pipeline does not copy it onto ``doc.spans``.
NO_DOC_SPANS = {"annotator_coref": {"set_spans": False}}  # also in nlp/parallel.py


def prelabel(text: str, lang: str = "id", *, model: str | None = None) -> Result:
    """Spans (ids ``s1..``) and relations (``r1..``) suggested for ``text``."""
    nlp = build_pipeline(lang, model)
    return to_record_parts(take_analysis(nlp(text, component_cfg=NO_DOC_SPANS)))


def prelabel_texts(
    texts: Iterable[str], lang: str = "id", *, model: str | None = None, batch_size: int = 64, processes: int = 1
) -> Iterator[Result]:
    """Results for many texts, in order. With ``processes > 1`` the texts go to a pool of worker
    processes, each of which builds the pipeline once (see :mod:`annotator.nlp.parallel`)."""
    if processes > 1:
        from annotator.nlp.parallel import parallel_prelabel

        yield from parallel_prelabel(texts, lang, model=model, batch_size=batch_size, processes=processes)
        return
    nlp = build_pipeline(lang, model)
    for doc in nlp.pipe(texts, batch_size=batch_size, component_cfg=NO_DOC_SPANS):
        yield to_record_parts(take_analysis(doc))

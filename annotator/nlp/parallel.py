"""Pre-labelling in worker processes that each build the pipeline once.

spaCy's own ``nlp.pipe(n_process=2)`` was measured 10x slower here: every worker rebuilds the
pipeline (about 2 s for ``spacy.blank("id")``) and whole ``Doc`` objects travel back. Here the
parent builds the pipeline first, the workers are forked from it (so they inherit it, built,
where ``fork`` is available) and only plain span and relation lists travel back.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from annotator.model.records import Relation, Span
from annotator.nlp.analysis import PlainParts, plain_parts, record_parts
from annotator.nlp.components import take_analysis
from annotator.nlp.pipeline import build_pipeline

Result = tuple[list[Span], list[Relation]]
#: The API reads the exact-offset result only (see :mod:`annotator.nlp.api`).
_NO_DOC_SPANS = {"annotator_coref": {"set_spans": False}}
_worker_key: tuple[str, str | None] | None = None


def _init(lang: str, model: str | None) -> None:
    global _worker_key
    _worker_key = (lang, model)
    build_pipeline(lang, model)


def _run(texts: list[str]) -> list[PlainParts]:
    """Plain tuples travel back: pickling pydantic Spans cost about a fifth of the pipeline's time."""
    assert _worker_key is not None
    lang, model = _worker_key
    nlp = build_pipeline(lang, model)
    docs = nlp.pipe(texts, batch_size=len(texts) or 1, component_cfg=_NO_DOC_SPANS)
    return [plain_parts(take_analysis(doc)) for doc in docs]


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(texts)
    while chunk := list(islice(iterator, size)):
        yield chunk


class WorkerPool:
    """Worker processes with the pipeline built in each; use as a context manager."""

    def __init__(self, lang: str, *, model: str | None = None, processes: int = 2) -> None:
        methods = multiprocessing.get_all_start_methods()
        fork = "fork" in methods
        if fork:
            build_pipeline(lang, model)  # built once here (word lists loaded), inherited by the forked workers
            # What the parent holds now is shared with the workers page by page: frozen, the
            # garbage collectors (the parent's and the workers') never write to it, so no page is
            # copied for that, and the parent's collections stay short while it builds records.
            gc.collect()
            gc.freeze()
        context = multiprocessing.get_context("fork" if fork else "spawn")
        self._pool = context.Pool(processes, initializer=_init, initargs=(lang, model))
        self.processes = processes

    def imap(self, texts: Iterable[str], chunk_size: int = 64) -> Iterator[Result]:
        """Results in input order; chunks of ``chunk_size`` texts go to the workers."""
        chunks = _chunks(texts, chunk_size)
        pending: list[list[str]] = []

        def remember(chunk_iter: Iterator[list[str]]) -> Iterator[list[str]]:
            for chunk in chunk_iter:
                pending.append(chunk)
                yield chunk

        for results in self._pool.imap(_run, remember(chunks)):
            chunk = pending.pop(0)
            for text, parts in zip(chunk, results, strict=True):
                yield record_parts(text, parts)

    def submit(self, texts: list[str], chunk_size: int = 64) -> Callable[[], list[Result]]:
        """Send ``texts`` to the workers now (chunks of ``chunk_size``) and return a function that
        waits for their results, in order: the caller can do other work meanwhile."""
        chunks = list(_chunks(texts, chunk_size))
        pending = self._pool.map_async(_run, chunks, chunksize=1)

        def results() -> list[Result]:
            return [
                record_parts(text, parts)
                for chunk, chunk_results in zip(chunks, pending.get(), strict=True)
                for text, parts in zip(chunk, chunk_results, strict=True)
            ]

        return results

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def parallel_prelabel(
    texts: Iterable[str], lang: str, *, model: str | None = None, batch_size: int = 64, processes: int = 2
) -> Iterator[Result]:
    """Results in input order from ``processes`` workers."""
    with WorkerPool(lang, model=model, processes=processes) as pool:
        yield from pool.imap(texts, batch_size)

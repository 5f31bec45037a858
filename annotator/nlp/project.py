"""Pre-labelling every document of a project that has no ``prelabel`` layer yet."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import nullcontext

from annotator.model.names import MACHINE_ROLE, PRELABEL, PRELABEL_ANNOTATOR
from annotator.model.records import Record
from annotator.progress import CancelHook, Cancelled, ProgressHook, never_cancel, no_progress
from annotator.storage.bulk import count_documents_without_layer, documents_without_layer, insert_annotations
from annotator.storage.project import Document, Project

PRELABEL_LAYER = PRELABEL
PRELABEL_USER = PRELABEL_ANNOTATOR
PRELABEL_ROLE = MACHINE_ROLE

Labeller = Callable[[list[str], str], Iterator[tuple[list, list]]]


def _lang_of(document: Document, default: str) -> str:
    lang = document.meta.get("lang") if isinstance(document.meta, dict) else None
    return str(lang) if lang else default


def prelabel_project(
    project: Project,
    *,
    model: str | None = None,
    batch_size: int = 64,
    processes: int = 1,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
) -> int:
    """Pre-label the documents without a ``prelabel`` layer, a batch per transaction.

    Returns the number of documents labelled. On cancel, stops after the batch under way (what
    was written stays) and raises :class:`annotator.progress.Cancelled`.
    """
    from annotator.nlp.api import prelabel_texts

    progress = progress or no_progress
    cancel = cancel or never_cancel
    total = count_documents_without_layer(project, PRELABEL_LAYER)
    progress(0, total)
    default_lang = project.lang
    done = 0
    pools: dict[str, object] = {}
    try:
        for batch in documents_without_layer(project, PRELABEL_LAYER, batch_size):
            by_lang: dict[str, list[Document]] = {}
            for document in batch:
                by_lang.setdefault(_lang_of(document, default_lang), []).append(document)
            items: list[tuple[int, Record]] = []
            for lang, documents in by_lang.items():
                texts = [document.text for document in documents]
                if processes > 1:
                    pool = pools.get(lang)
                    if pool is None:
                        from annotator.nlp.parallel import WorkerPool

                        pool = pools[lang] = WorkerPool(lang, model=model, processes=processes)
                    chunk = max(1, -(-len(texts) // processes))
                    results = list(pool.imap(texts, chunk))  # type: ignore[attr-defined]
                else:
                    results = list(prelabel_texts(texts, lang, model=model, batch_size=batch_size))
                for document, (spans, relations) in zip(documents, results, strict=True):
                    record = Record(
                        id=document.doc_id,
                        text=document.text,
                        spans=spans,
                        relations=relations,
                        annotator=PRELABEL_USER,
                        layer=PRELABEL_LAYER,
                    )
                    items.append((document.pk, record))
            with project.transaction() as connection:
                insert_annotations(connection, project, items, annotator=PRELABEL_USER, layer=PRELABEL_LAYER, role=PRELABEL_ROLE)
            done += len(items)
            progress(done, total)
            if cancel():
                raise Cancelled(f"pre-labelling cancelled after {done} of {total} documents; those {done} are kept")
    finally:
        for pool in pools.values():
            with nullcontext():
                pool.close()  # type: ignore[attr-defined]
    return done

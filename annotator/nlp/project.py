"""Pre-labelling every document of a project that has no ``prelabel`` layer yet (or, with
``redo``, every document, replacing its ``prelabel`` layer), suggesting only what the project's
label scheme has.

A document whose ``prelabel`` layer came from an import (spans of another tool, written under
the ``import`` user) counts as pre-labelled: it is skipped unless ``redo`` is given.
Annotators' own layers (``annotation``, ``gold``) are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from functools import partial
from itertools import chain

from sqlalchemy import and_, exists, func, select

from annotator.model.names import MACHINE_ROLE, PRELABEL, PRELABEL_ANNOTATOR
from annotator.model.records import Record, Relation, Span
from annotator.model.scheme import Scheme
from annotator.nlp.analysis import SUGGESTED_LABELS
from annotator.progress import CancelHook, Cancelled, ProgressHook, never_cancel, no_progress
from annotator.storage import tables as t
from annotator.storage.bulk import (
    UserCache,
    all_documents,
    count_documents_without_layer,
    delete_layer_of_others,
    documents_without_layer,
    insert_annotations,
)
from annotator.storage.project import Document, Project
from annotator.wording import plural

PRELABEL_LAYER = PRELABEL
PRELABEL_USER = PRELABEL_ANNOTATOR
PRELABEL_ROLE = MACHINE_ROLE

Labeller = Callable[[list[str], str], Iterator[tuple[list, list]]]


def _lang_of(document: Document, default: str) -> str:
    lang = document.meta.get("lang") if isinstance(document.meta, dict) else None
    return str(lang) if lang else default


def restrict_to_scheme(spans: list[Span], relations: list[Relation], scheme: Scheme) -> tuple[list[Span], list[Relation]]:
    """The spans whose label the scheme has, and the relations it allows between the spans kept
    (a project with a sentiment scheme gets no GPE or QUOTE suggestions, which its export would refuse)."""
    kept = [span for span in spans if scheme.span_label(span.label) is not None]
    label_of = {span.id: span.label for span in kept}
    allowed = []
    for relation in relations:
        rule = scheme.relation_label(relation.label)
        head, child = label_of.get(relation.head), label_of.get(relation.child)
        if rule is not None and head in rule.heads and child in rule.children:
            allowed.append(relation)
    return kept, allowed


def model_version(model: str) -> str:
    """``v3`` for a model stored with a project (its ``training.json`` says so), else the folder's name."""
    import json
    from pathlib import Path

    from annotator.training.store import INFO_FILE

    info = Path(model) / INFO_FILE
    try:
        return f"v{json.loads(info.read_text(encoding='utf-8'))['version']}"
    except (OSError, ValueError, KeyError, TypeError):
        return Path(model).name


def mark_model_spans(results: list[tuple[list[Span], list[Relation]]], version: str) -> None:
    """Record on each span the trained model made which model it was (``attrs["model"]``)."""
    for spans, _relations in results:
        for span in spans:
            if span.source == "model":
                span.attrs["model"] = version


def prelabel_project(
    project: Project,
    *,
    model: str | None = None,
    batch_size: int = 64,
    processes: int = 1,
    redo: bool = False,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
) -> int:
    """Pre-label the documents without a ``prelabel`` layer, a batch per transaction; with
    ``redo``, every document, its ``prelabel`` layer (the pre-labeller's and imported ones) replaced.

    Returns the number of documents labelled. On cancel, stops after the batch under way (what
    was written stays) and raises :class:`annotator.progress.Cancelled`.
    """
    from annotator.nlp.api import prelabel_texts

    progress = progress or no_progress
    cancel = cancel or never_cancel
    total = project.document_count() if redo else count_documents_without_layer(project, PRELABEL_LAYER)
    progress(0, total)
    default_lang = project.lang
    scheme = project.scheme
    # A scheme without any label we suggest gets empty pre-labels, without running the pipeline.
    useful = any(scheme.span_label(label) is not None for label in SUGGESTED_LABELS)
    version = model_version(model) if model else None
    done = 0
    pools: dict[str, object] = {}

    def on_one_process(texts: list[str], lang: str) -> list[tuple[list, list]]:
        return list(prelabel_texts(texts, lang, model=model, batch_size=batch_size))

    def labelled(batch: list[Document]) -> Callable[[], list[tuple[int, Record]]]:
        """Start pre-labelling a batch; the function returned finishes it. With worker processes
        the batch goes to the workers at once, so they work on it while the previous batch is
        being written; on one process the work is done when the function is called."""
        by_lang: dict[str, list[Document]] = {}
        for document in batch:
            by_lang.setdefault(_lang_of(document, default_lang), []).append(document)
        waiting: list[tuple[list[Document], Callable[[], list[tuple[list, list]]]]] = []
        for lang, documents in by_lang.items():
            texts = [document.text for document in documents]
            if not useful:
                waiting.append((documents, lambda texts=texts: [([], []) for _ in texts]))
            elif processes > 1:
                pool = pools.get(lang)
                if pool is None:
                    from annotator.nlp.parallel import WorkerPool

                    pool = pools[lang] = WorkerPool(lang, model=model, processes=processes)
                chunk = max(1, -(-len(texts) // processes))
                waiting.append((documents, pool.submit(texts, chunk)))  # type: ignore[attr-defined]
            else:
                waiting.append((documents, partial(on_one_process, texts, lang)))

        def finish() -> list[tuple[int, Record]]:
            items: list[tuple[int, Record]] = []
            for documents, results_of in waiting:
                results = results_of()
                if useful:
                    results = [restrict_to_scheme(spans, relations, scheme) for spans, relations in results]
                if version is not None:
                    mark_model_spans(results, version)
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
            return items

        return finish

    try:
        batches = all_documents(project, batch_size) if redo else documents_without_layer(project, PRELABEL_LAYER, batch_size)
        # One batch ahead: the next batch is read and started before this one is written (the
        # readers go by document id, so writing a batch does not change which documents follow).
        pending = None
        for batch in chain(batches, [None]):
            started = labelled(batch) if batch is not None else None
            if pending is not None:
                items = pending()
                _write(project, items, redo)
                done += len(items)
                progress(done, total)
                if cancel():
                    kept = "that one is" if done == 1 else f"those {done} are"
                    raise Cancelled(
                        f"pre-labelling cancelled after {done:,} of {plural(total, 'document')}; {kept} kept"
                    )
            pending = started
    finally:
        for pool in pools.values():
            with nullcontext():
                pool.close()  # type: ignore[attr-defined]
    return done


def _write(project: Project, items: list[tuple[int, Record]], redo: bool) -> None:
    """One batch's pre-labels in one transaction (with ``redo``, replacing others' ``prelabel`` layers)."""
    with project.transaction() as connection:
        if redo:
            ours = UserCache(project, connection).id(PRELABEL_USER, PRELABEL_ROLE)
            delete_layer_of_others(connection, [pk for pk, _ in items], PRELABEL_LAYER, ours)
        insert_annotations(connection, project, items, annotator=PRELABEL_USER, layer=PRELABEL_LAYER, role=PRELABEL_ROLE)


@dataclass(frozen=True)
class PrelabelState:
    """Why documents would be skipped by :func:`prelabel_project` without ``redo``."""

    documents: int
    prelabelled: int  # documents whose prelabel layer the pre-labeller wrote
    imported: int  # documents whose prelabel layer came from an import only
    started: int  # documents an annotator has started (their work is kept by a redo)


def prelabel_state(project: Project) -> PrelabelState:
    """Counts of documents by what their ``prelabel`` layer holds, and how many are started."""
    annotations = t.annotations.c
    of_document = annotations.document_id == t.documents.c.id
    count = select(func.count()).select_from(t.documents)
    with project.engine.connect() as connection:
        ours = connection.execute(select(t.users.c.id).where(t.users.c.name == PRELABEL_USER)).scalar()

        def documents_where(*conditions: object) -> int:
            return int(connection.execute(count.where(exists().where(and_(of_document, *conditions)))).scalar_one())

        with_layer = documents_where(annotations.layer == PRELABEL_LAYER)
        mine = 0 if ours is None else documents_where(annotations.layer == PRELABEL_LAYER, annotations.user_id == ours)
        started = documents_where(annotations.layer != PRELABEL_LAYER)
        documents = int(connection.execute(count).scalar_one())
    return PrelabelState(documents=documents, prelabelled=mine, imported=with_layer - mine, started=started)

"""The documents a model learns from: one record per document from the chosen layer, split
into train, dev and test by a seeded shuffle, written as DocBins."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from annotator.exporters.base import ExportContext, ExportReport
from annotator.exporters.spacy_docbin import record_to_doc
from annotator.model.scheme import Scheme
from annotator.storage.project import Project
from annotator.storage.reading import CorpusFilter, iter_record_dicts

SOURCES = ("gold", "accepted")


def training_records(project: Project, source: str) -> list[dict[str, Any]]:
    """``gold``: the gold layer; ``accepted``: annotations marked accepted. One per document (the first)."""
    if source == "gold":
        corpus_filter = CorpusFilter(layers=["gold"])
    else:
        corpus_filter = CorpusFilter(layers=["annotation"], statuses=["accepted"])
    chosen: dict[int, dict[str, Any]] = {}
    for pk, record in iter_record_dicts(project, corpus_filter):
        chosen.setdefault(pk, record)
    return list(chosen.values())


def split_records(records: list[dict[str, Any]], seed: int) -> dict[str, list[dict[str, Any]]]:
    """80/10/10 by document; dev and test get at least one document each."""
    shuffled = list(records)
    random.Random(seed).shuffle(shuffled)
    held = max(1, round(len(shuffled) * 0.1))
    return {"dev": shuffled[:held], "test": shuffled[held : 2 * held], "train": shuffled[2 * held :]}


def write_docbins(parts: dict[str, list[dict[str, Any]]], folder: Path, scheme: Scheme, lang: str) -> dict[str, Path]:
    context = ExportContext(scheme, lang, ExportReport())
    paths: dict[str, Path] = {}
    for part, records in parts.items():
        docs = DocBin(store_user_data=True)
        for record in records:
            docs.add(record_to_doc(record, context))
        paths[part] = folder / f"{part}.spacy"
        docs.to_disk(paths[part])
    return paths

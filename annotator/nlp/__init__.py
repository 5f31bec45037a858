"""The spaCy pre-labeller: entities, quotes, cues, speakers, coreference and page furniture.

Public API (imported lazily, so that ``import annotator.nlp`` does not load spaCy):

- :func:`prelabel` ``(text, lang="id", *, model=None) -> (spans, relations)``
- :func:`prelabel_texts` many texts, in batches, optionally in worker processes
- :func:`build_pipeline` ``(lang, model=None) -> spacy.Language``, cached per process
- :func:`prelabel_project` pre-label a project's documents into the ``prelabel`` layer
- :func:`analyse` the rule steps on one text, without spaCy

The spaCy factories (``annotator_news``, ``annotator_furniture``, ``annotator_entities``,
``annotator_quotes``, ``annotator_coref``) are registered by importing
``annotator.nlp.components``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "prelabel": "annotator.nlp.api",
    "prelabel_texts": "annotator.nlp.api",
    "build_pipeline": "annotator.nlp.pipeline",
    "PipelineError": "annotator.nlp.pipeline",
    "prelabel_project": "annotator.nlp.project",
    "analyse": "annotator.nlp.rules",
    "UnknownLanguage": "annotator.nlp.resources",
    "LANGUAGES": "annotator.nlp.resources",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'annotator.nlp' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value

"""Building the spaCy pipeline: once per process and cached, from ``spacy.blank(lang)`` plus our
components, or from an installed spaCy package or model folder with our components after it."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import spacy
from spacy.language import Language

from annotator.nlp import components  # noqa: F401 - registers the factories
from annotator.nlp.resources import LANGUAGES, UnknownLanguage
from annotator.nlp.text.lexeme_getters import faster_getters
from annotator.nlp.text.tokenizer import WordTokenizer

#: Components of a trained pipeline that pre-labelling does not need (they only cost time).
UNNEEDED = ("parser", "lemmatizer", "textcat", "textcat_multilabel", "senter", "morphologizer", "tagger", "attribute_ruler")
#: The component of a stored model naming the labels it beat the rules on (annotator.training.components).
LABEL_CHOICE = "annotator_label_choice"
OUR_COMPONENTS = ("annotator_furniture", "annotator_entities", "annotator_quotes", "annotator_coref")


class PipelineError(Exception):
    """A model that cannot be loaded, or a language without resources."""


_cache: dict[tuple[str, str | None], Language] = {}
_lock = threading.Lock()


def build_pipeline(lang: str, model: str | None = None) -> Language:
    """The pre-labelling pipeline for ``lang`` (and ``model``), built on first use in this process."""
    key = (lang, model)
    with _lock:
        nlp = _cache.get(key)
        if nlp is None:
            nlp = _build(lang, model)
            _warm_up(nlp)
            _cache[key] = nlp
    return nlp


#: A short text that makes every step load what it loads on first use.
#: (`Camat Pleret ...` loads the district and village names of areaid, which names after a post ask for.)
_WARM_UP_TEXT = (
    "JAKARTA, Kompas.com - “Ya,” kata Kepala BPBD Kota Medan Budi Santoso, Senin (1/1/2024). Camat Pleret Ahmad Fauzi hadir."
)


def _warm_up(nlp: Language) -> None:
    """Load the rules' word lists, gazetteers and patterns now rather than in the first document,
    then freeze what the process holds so far: the garbage collector no longer walks the
    pipeline's few hundred thousand long-lived objects on every full collection (about a sixth
    of the pre-labelling time), and forked workers do not touch their copy-on-write pages."""
    nlp(_WARM_UP_TEXT)
    gc.collect()
    gc.freeze()


def _build(lang: str, model: str | None) -> Language:
    if lang not in LANGUAGES:
        raise PipelineError(f"no pre-labelling resources for language {lang!r} (available: {', '.join(LANGUAGES)})")
    if model is None:
        # Our tokenizer from the config: spaCy's own (16,000 special cases for Indonesian) is never built.
        nlp = spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": "annotator_words.v1"}}})
        use_doc_ents = False
        model_labels: list[str] = []
    else:
        nlp = load_model(model)
        use_doc_ents = "ner" in nlp.pipe_names or any(name.endswith("ner") for name in nlp.pipe_names)
        model_labels = model_quote_labels(nlp)
    # One tokenizer: the rules, doc.spans and the window's snapping share the same token edges.
    if not isinstance(nlp.tokenizer, WordTokenizer):
        nlp.tokenizer = WordTokenizer(nlp.vocab)
    # The same lexeme attributes, computed faster for each word new to the vocabulary.
    if nlp.vocab.lex_attr_getters:
        nlp.vocab.lex_attr_getters = faster_getters(nlp.vocab.lex_attr_getters)
    config = {"lang": lang}
    try:
        nlp.add_pipe("annotator_furniture", config=config)
        nlp.add_pipe("annotator_entities", config={**config, "use_doc_ents": use_doc_ents})
        nlp.add_pipe("annotator_quotes", config={**config, "model_labels": model_labels})
        nlp.add_pipe("annotator_coref", config=config)
    except UnknownLanguage as error:
        raise PipelineError(str(error)) from error
    return nlp


def model_quote_labels(nlp: Language) -> list[str]:
    """QUOTE, CUE and SPEAKER labels a stored model's per-label choice (``annotator_label_choice``)
    gives to its spans (``doc.spans["quotes"]``); a model without that choice leaves all three to the rules."""
    if LABEL_CHOICE not in nlp.pipe_names:
        return []
    keep = getattr(nlp.get_pipe(LABEL_CHOICE), "keep", set())
    return sorted(label for label in keep if label in ("QUOTE", "CUE", "SPEAKER"))


def load_model(model: str) -> Language:
    """An installed spaCy package or a model folder, without the components we do not need."""
    try:
        nlp = spacy.load(model, exclude=list(UNNEEDED))
    except OSError as error:
        where = "folder" if Path(model).exists() else "package or folder"
        raise PipelineError(f"cannot load spaCy model {model!r} (no such installed {where}, or not a spaCy pipeline)") from error
    return nlp


def clear_cache() -> None:
    with _lock:
        _cache.clear()
        gc.unfreeze()  # the pipelines dropped here may be collected

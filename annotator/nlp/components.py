"""spaCy components, registered by name: `annotator_furniture`, `annotator_entities`,
`annotator_quotes`, `annotator_coref`, and `annotator_news` (all four in one, for other spaCy users);
`annotator_plain` turns the result into plain dicts for ``nlp.pipe(n_process=...)``.

Results (see docs/prelabelling.md):

- ``doc.spans["annotator"]``: every suggested span, token-aligned, with our labels. Its ``attrs``
  hold ``"relations"`` (``[head index, child index, label, source, score]`` into the group) and
  ``"meta"`` (per span: exact ``start``/``end`` code points, ``source``, ``score``, ``rule`` and
  the record ``attrs``). Both survive ``Doc.to_bytes`` / ``from_bytes``. The last of our
  components writes them (``annotator_coref`` in the pre-labelling pipeline, ``annotator_news``).
- ``doc._.annotator_relations``: the relations as (head index, child index, label), as before.
- ``doc._.annotator``: the working :class:`Analysis` (exact character offsets) in this process. It
  is kept beside the Doc, not in ``doc.user_data``, so it never stops a Doc from serialising.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from annotator.nlp import rules
from annotator.nlp.analysis import Analysis, Mention, to_record_parts
from annotator.nlp.resources import load_resources
from annotator.nlp.text.tokenizer import OWN_TOKENS, text_of

EXTENSION = "annotator"
RELATIONS_EXTENSION = "annotator_relations"
SPAN_KEY = "annotator"
_PLAIN_KEY = "annotator_plain"

#: spaCy NER labels of trained pipelines, mapped to the news scheme (others are dropped).
MODEL_LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "DATE": "DATE",
}

_analyses: WeakKeyDictionary[Doc, Analysis] = WeakKeyDictionary()


def _get_analysis(doc: Doc) -> Analysis | dict[str, Any] | None:
    return _analyses.get(doc) or doc.user_data.get(_PLAIN_KEY)


def _set_analysis(doc: Doc, value: Analysis | dict[str, Any] | None) -> None:
    """An Analysis stays beside the Doc; the plain form (``annotator_plain``) goes into user_data."""
    _analyses.pop(doc, None)
    doc.user_data.pop(_PLAIN_KEY, None)
    if isinstance(value, Analysis):
        _analyses[doc] = value
    elif value is not None:
        doc.user_data[_PLAIN_KEY] = value


if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, getter=_get_analysis, setter=_set_analysis)
if not Doc.has_extension(RELATIONS_EXTENSION):
    Doc.set_extension(RELATIONS_EXTENSION, default=None)


def take_analysis(doc: Doc) -> Analysis:
    """The Doc's analysis, detached from the Doc. The analysis refers to its Doc (and its
    TokenIndex does), so while the Doc's entry in ``_analyses`` holds it, that weak key is kept
    alive by its own value: neither is ever freed. Callers done with the Doc take the result."""
    return _analyses.pop(doc)


ASSIGNS_ANALYSIS = [f"doc._.{EXTENSION}"]
ASSIGNS_SPANS = [f"doc._.{EXTENSION}", "doc.spans", f"doc._.{RELATIONS_EXTENSION}"]


def analysis_of(doc: Doc, lang: str) -> Analysis:
    """The Doc's analysis, made on first use. The rules use the Doc's own tokens when the project's
    tokenizer made it; under another tokenizer they tokenize the text their own way."""
    analysis = _analyses.get(doc)  # what doc._.get(EXTENSION) finds first, without spaCy's Underscore object
    if isinstance(analysis, Analysis):
        return analysis
    analysis = doc._.get(EXTENSION)
    if not isinstance(analysis, Analysis):
        analysis = Analysis(text_of(doc), lang, doc=doc if doc.user_data.get(OWN_TOKENS) else None)
        doc._.set(EXTENSION, analysis)
    return analysis


def _lang(nlp: Language, lang: str | None) -> str:
    code = lang or nlp.lang
    load_resources(code)  # fails early, naming the languages we have
    return code


class FurnitureComponent:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        rules.furniture_step(analysis_of(doc, self.lang))
        return doc


class EntityComponent:
    """Rule entities; entities a trained NER put on ``doc.ents`` come first (source ``model``)."""

    def __init__(self, lang: str, use_doc_ents: bool) -> None:
        self.lang = lang
        self.use_doc_ents = use_doc_ents

    def __call__(self, doc: Doc) -> Doc:
        analysis = analysis_of(doc, self.lang)
        preset = []
        if self.use_doc_ents:
            for ent in doc.ents:
                # An entity outside the news scheme (FAC, LAW, MONEY...) still keeps the rules off its words.
                label = MODEL_LABELS.get(ent.label_, "")
                preset.append(Mention(ent.start_char, ent.end_char, label, source="model"))
        rules.entity_step(analysis, preset=preset)
        return doc


class QuoteComponent:
    """Rule quotes, cues and speakers; with ``model_labels`` (some of QUOTE, CUE, SPEAKER), a
    trained spancat's spans of those labels in ``doc.spans[model_spans_key]`` take the place of
    the rules' and the rules link them (:mod:`annotator.nlp.quotes.model_quotes`)."""

    def __init__(self, lang: str, indirect: bool, model_labels: list[str] | None = None, model_spans_key: str = "quotes") -> None:
        self.lang = lang
        self.indirect = indirect
        self.model_labels = list(model_labels or [])
        self.model_spans_key = model_spans_key

    def __call__(self, doc: Doc) -> Doc:
        analysis = analysis_of(doc, self.lang)
        rules.quote_step(analysis, indirect=self.indirect)
        if self.model_labels:
            from annotator.nlp.lexicon import lexicon
            from annotator.nlp.quotes.model_quotes import doc_model_spans, merge_model_quotes
            from annotator.nlp.speakers.attribution import Attributor

            attributor = Attributor(analysis, rules.tokens_of(analysis), lexicon(self.lang))
            merge_model_quotes(analysis, attributor, doc_model_spans(doc, self.model_spans_key), self.model_labels)
        return doc


class CorefComponent:
    """Coreference; as the last of our steps it also writes ``doc.spans`` (unless ``set_spans`` is off)."""

    def __init__(self, lang: str, set_spans: bool = True) -> None:
        self.lang = lang
        self.set_spans = set_spans

    def __call__(self, doc: Doc, set_spans: bool | None = None, **_cfg: Any) -> Doc:
        """``set_spans`` (from ``component_cfg``) overrides the setting for one call: the
        pre-labelling API reads ``doc._.annotator`` only and skips ``doc.spans``."""
        rules.coref_step(analysis_of(doc, self.lang))
        if self.set_spans if set_spans is None else set_spans:
            write_doc_spans(doc)
        return doc


class NewsComponent:
    """Every step in one component, for ``nlp.add_pipe("annotator_news")`` in any pipeline."""

    def __init__(self, lang: str, use_doc_ents: bool, indirect: bool, set_spans: bool) -> None:
        self.steps = [
            FurnitureComponent(lang),
            EntityComponent(lang, use_doc_ents),
            QuoteComponent(lang, indirect),
            CorefComponent(lang, set_spans),
        ]

    def __call__(self, doc: Doc) -> Doc:
        for step in self.steps:
            step(doc)
        return doc


def write_doc_spans(doc: Doc) -> None:
    """Copy the analysis onto ``doc.spans`` (token-aligned, expanded where a token is wider; the
    exact offsets stay in the group's ``meta``) and the relations into the group's ``attrs``."""
    analysis: Analysis = doc._.get(EXTENSION)
    spans = []
    meta: list[dict[str, Any]] = []
    index_of: dict[int, int] = {}
    for mention in sorted(analysis.mentions(), key=lambda m: (m.start, -m.end, m.label)):
        span = doc.char_span(mention.start, mention.end, label=mention.label, alignment_mode="expand")
        if span is None:
            continue
        index_of[id(mention)] = len(spans)
        spans.append(span)
        meta.append(
            {
                "start": mention.start,
                "end": mention.end,
                "source": mention.source,
                "score": mention.score,
                "rule": mention.rule,
                "attrs": dict(mention.attrs),
            }
        )
    relations = [
        [index_of[id(link.head)], index_of[id(link.child)], link.label, link.source, link.score]
        for link in analysis.links
        if id(link.head) in index_of and id(link.child) in index_of
    ]
    doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans, attrs={"relations": relations, "meta": meta})
    doc._.set(RELATIONS_EXTENSION, [(head, child, label) for head, child, label, _source, _score in relations])


class PlainComponent:
    """Replaces ``doc._.annotator`` by plain span and relation dicts (schema records' ``spans`` and
    ``relations``), so that Docs can cross process boundaries (``nlp.pipe(n_process=...)``)."""

    def __call__(self, doc: Doc) -> Doc:
        analysis = doc._.get(EXTENSION)
        if isinstance(analysis, Analysis):
            spans, relations = to_record_parts(analysis)
            doc._.set(
                EXTENSION,
                {
                    "spans": [s.model_dump(mode="json") for s in spans],
                    "relations": [r.model_dump(mode="json") for r in relations],
                },
            )
        return doc


@Language.factory("annotator_plain", assigns=ASSIGNS_ANALYSIS)
def make_plain(nlp: Language, name: str) -> PlainComponent:
    return PlainComponent()


@Language.factory("annotator_furniture", default_config={"lang": None}, assigns=ASSIGNS_ANALYSIS)
def make_furniture(nlp: Language, name: str, lang: str | None) -> FurnitureComponent:
    return FurnitureComponent(_lang(nlp, lang))


@Language.factory(
    "annotator_entities", default_config={"lang": None, "use_doc_ents": True}, assigns=ASSIGNS_ANALYSIS
)
def make_entities(nlp: Language, name: str, lang: str | None, use_doc_ents: bool) -> EntityComponent:
    return EntityComponent(_lang(nlp, lang), use_doc_ents)


@Language.factory(
    "annotator_quotes",
    default_config={"lang": None, "indirect": True, "model_labels": [], "model_spans_key": "quotes"},
    assigns=ASSIGNS_ANALYSIS,
)
def make_quotes(
    nlp: Language, name: str, lang: str | None, indirect: bool, model_labels: list[str], model_spans_key: str
) -> QuoteComponent:
    return QuoteComponent(_lang(nlp, lang), indirect, model_labels, model_spans_key)


@Language.factory("annotator_coref", default_config={"lang": None, "set_spans": True}, assigns=ASSIGNS_SPANS)
def make_coref(nlp: Language, name: str, lang: str | None, set_spans: bool) -> CorefComponent:
    return CorefComponent(_lang(nlp, lang), set_spans)


@Language.factory(
    "annotator_news",
    default_config={"lang": None, "use_doc_ents": True, "indirect": True, "set_spans": True},
    assigns=ASSIGNS_SPANS,
)
def make_news(nlp: Language, name: str, lang: str | None, use_doc_ents: bool, indirect: bool, set_spans: bool) -> NewsComponent:
    return NewsComponent(_lang(nlp, lang), use_doc_ents, indirect, set_spans)

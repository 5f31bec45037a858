"""spaCy components, registered by name: `annotator_furniture`, `annotator_entities`,
`annotator_quotes`, `annotator_coref`, and `annotator_news` (all four in one, for other spaCy users);
`annotator_plain` turns the result into plain dicts for ``nlp.pipe(n_process=...)``.

Results live on ``doc._.annotator`` (an :class:`Analysis` with exact character offsets). The
`annotator_news` component also writes ``doc.spans["annotator"]`` (token-aligned spans with the
same labels) and ``doc._.annotator_relations`` (head span index, child span index, label), so a
plain spaCy user needs nothing from this package's own types.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from annotator.nlp import rules
from annotator.nlp.analysis import Analysis, Mention, to_record_parts
from annotator.nlp.resources import load_resources

EXTENSION = "annotator"
RELATIONS_EXTENSION = "annotator_relations"
SPAN_KEY = "annotator"

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

if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)
if not Doc.has_extension(RELATIONS_EXTENSION):
    Doc.set_extension(RELATIONS_EXTENSION, default=None)


def analysis_of(doc: Doc, lang: str) -> Analysis:
    analysis = doc._.get(EXTENSION)
    if analysis is None:
        analysis = Analysis(doc.text, lang)
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
    def __init__(self, lang: str, indirect: bool) -> None:
        self.lang = lang
        self.indirect = indirect

    def __call__(self, doc: Doc) -> Doc:
        rules.quote_step(analysis_of(doc, self.lang), indirect=self.indirect)
        return doc


class CorefComponent:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        rules.coref_step(analysis_of(doc, self.lang))
        return doc


class NewsComponent:
    """Every step in one component, for ``nlp.add_pipe("annotator_news")`` in any pipeline."""

    def __init__(self, lang: str, use_doc_ents: bool, indirect: bool, set_spans: bool) -> None:
        self.steps = [
            FurnitureComponent(lang),
            EntityComponent(lang, use_doc_ents),
            QuoteComponent(lang, indirect),
            CorefComponent(lang),
        ]
        self.set_spans = set_spans

    def __call__(self, doc: Doc) -> Doc:
        for step in self.steps:
            step(doc)
        if self.set_spans:
            write_doc_spans(doc)
        return doc


def write_doc_spans(doc: Doc) -> None:
    """Copy the analysis onto ``doc.spans`` (token-aligned, expanded where a token is wider)."""
    analysis: Analysis = doc._.get(EXTENSION)
    spans = []
    index_of: dict[int, int] = {}
    for mention in analysis.mentions():
        span = doc.char_span(mention.start, mention.end, label=mention.label, alignment_mode="expand")
        if span is None:
            continue
        index_of[id(mention)] = len(spans)
        spans.append(span)
    doc.spans[SPAN_KEY] = spans
    doc._.set(
        RELATIONS_EXTENSION,
        [
            (index_of[id(link.head)], index_of[id(link.child)], link.label)
            for link in analysis.links
            if id(link.head) in index_of and id(link.child) in index_of
        ],
    )


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


@Language.factory("annotator_plain")
def make_plain(nlp: Language, name: str) -> PlainComponent:
    return PlainComponent()


@Language.factory("annotator_furniture", default_config={"lang": None})
def make_furniture(nlp: Language, name: str, lang: str | None) -> FurnitureComponent:
    return FurnitureComponent(_lang(nlp, lang))


@Language.factory("annotator_entities", default_config={"lang": None, "use_doc_ents": True})
def make_entities(nlp: Language, name: str, lang: str | None, use_doc_ents: bool) -> EntityComponent:
    return EntityComponent(_lang(nlp, lang), use_doc_ents)


@Language.factory("annotator_quotes", default_config={"lang": None, "indirect": True})
def make_quotes(nlp: Language, name: str, lang: str | None, indirect: bool) -> QuoteComponent:
    return QuoteComponent(_lang(nlp, lang), indirect)


@Language.factory("annotator_coref", default_config={"lang": None})
def make_coref(nlp: Language, name: str, lang: str | None) -> CorefComponent:
    return CorefComponent(_lang(nlp, lang))


@Language.factory("annotator_news", default_config={"lang": None, "use_doc_ents": True, "indirect": True, "set_spans": True})
def make_news(nlp: Language, name: str, lang: str | None, use_doc_ents: bool, indirect: bool, set_spans: bool) -> NewsComponent:
    return NewsComponent(_lang(nlp, lang), use_doc_ents, indirect, set_spans)

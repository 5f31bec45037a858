"""The rule-based analysis of one text, step by step; the spaCy components call these steps."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.links import link_coreference
from annotator.nlp.entities.people.hyphen_names import join_hyphen_names
from annotator.nlp.entities.ruler import find_entities
from annotator.nlp.indirect.indirect_trailing_cue import trim_trailing_cues
from annotator.nlp.indirect.reports import find_indirect
from annotator.nlp.lexicon import lexicon
from annotator.nlp.quotes.speech import find_direct_quotes
from annotator.nlp.resources import load_resources
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_acronym_tail import trim_acronym_tails
from annotator.nlp.speakers.speaker_apposed_titles import name_after_titles
from annotator.nlp.speakers.speaker_call_names import full_names_for_call_names
from annotator.nlp.speakers.speaker_closed_descriptions import keep_closed_descriptions
from annotator.nlp.speakers.speaker_companions import keep_principal_speakers
from annotator.nlp.speakers.speaker_counsel import keep_counsel_descriptions
from annotator.nlp.speakers.speaker_name_before_role import names_before_roles
from annotator.nlp.speakers.speaker_org_article import drop_org_articles
from annotator.nlp.speakers.speaker_role_tails import people_at_role_tails
from annotator.nlp.speakers.speaker_time_tail import trim_time_tails
from annotator.nlp.speakers.speaker_unit_names import split_names_from_units
from annotator.nlp.speakers.speaker_verb_stop import stop_speakers_at_verbs
from annotator.nlp.text.apart_prefixes import join_apart_prefixes
from annotator.nlp.text.furniture import find_furniture
from annotator.nlp.text.tokens import TokenIndex


def tokens_of(analysis: Analysis) -> TokenIndex:
    """The words of the analysed ``Doc`` (made by the project's tokenizer when the analysis has
    none), built once and kept on the analysis."""
    index = getattr(analysis, "_tokens", None)
    if index is None:
        index = TokenIndex(analysis.doc, analysis.text) if analysis.doc is not None else TokenIndex.of_text(analysis.text)
        join_hyphen_names(index, lexicon(analysis.lang), analysis.lang)  # `Freeport-McMoRan` one word, `Saudi-Qatar` two
        join_apart_prefixes(index, lexicon(analysis.lang), analysis.lang)  # `di ungkapkan` read as `diungkapkan`
        analysis._tokens = index  # type: ignore[attr-defined]
    return index


def furniture_step(analysis: Analysis) -> None:
    find_furniture(analysis, load_resources(analysis.lang))


def entity_step(analysis: Analysis, preset: list[Mention] | None = None) -> None:
    find_entities(analysis, tokens_of(analysis), preset=preset)


def quote_step(analysis: Analysis, *, indirect: bool = True) -> None:
    attributor = Attributor(analysis, tokens_of(analysis), lexicon(analysis.lang))
    find_direct_quotes(analysis, attributor)
    if indirect:
        find_indirect(analysis, attributor)
        trim_trailing_cues(analysis)  # `..., officials said.` closes no reported clause
    keep_principal_speakers(analysis, attributor)
    split_names_from_units(analysis, attributor)
    name_after_titles(analysis, attributor)
    full_names_for_call_names(analysis, attributor)
    names_before_roles(analysis, attributor)  # `tegas Rudi Hartono Camat Sukamaju`
    stop_speakers_at_verbs(analysis, attributor)  # `kata X menanggapi ... Y`, `kata Kapolda ditemui ...`
    people_at_role_tails(analysis, attributor)  # `kata anggota Komisi III DPR dari Fraksi PDIP X`
    keep_closed_descriptions(analysis, attributor)  # `kata kuasa hukum Tommy Winata itu`
    keep_counsel_descriptions(analysis, attributor)  # `kata kuasa hukum Budi Santoso`: the client's lawyer
    trim_acronym_tails(analysis)  # `Dinas Kesehatan (Dinkes) Kabupaten X mengaku`: the ORG speaks
    trim_time_tails(analysis)  # `The BJP on Wednesday hit out ..., saying`: the time is no speaker
    drop_org_articles(analysis)  # `the Maungtaw District Police Office said`: the name speaks


def coref_step(analysis: Analysis) -> None:
    link_coreference(analysis)


def analyse(text: str, lang: str, *, indirect: bool = True) -> Analysis:
    """All rule steps over one text, without a spaCy pipeline (the components run the same steps)."""
    analysis = Analysis(text, lang)
    furniture_step(analysis)
    entity_step(analysis)
    quote_step(analysis, indirect=indirect)
    coref_step(analysis)
    return analysis

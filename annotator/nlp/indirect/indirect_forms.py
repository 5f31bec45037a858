"""Less common shapes of indirect speech with the speaker closing the sentence: `according to`
people after the report (`..., according to four officials.`), a name and its apposition before
the closing verb (`..., Mark Timbal, a spokesman for the council, said Tuesday.`) and a long name as
the closing subject. The other shapes have modules of their own: a cue inside the clause
(:mod:`inner_cue`), a participle after a comma (:mod:`participle_reports`), a cue opening the
sentence (:mod:`opening_cue`)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_titles import document_speaker
from annotator.nlp.indirect.according_closing_source import closing_source
from annotator.nlp.indirect.appositions import APPOSITION_OPENERS, MAX_APPOSITION_WORDS, role_openers
from annotator.nlp.indirect.clauses import ARTICLES, INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.closing_occasion import occasion_closes
from annotator.nlp.indirect.credited_figures import is_figure
from annotator.nlp.indirect.participle_reports import PARTICIPLES, SENTENCE_ADVERBS
from annotator.nlp.indirect.predicates import has_predicate
from annotator.nlp.resources import load_resources, speech_word_list, speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.speakers.document_speaker import with_agent

_OUTLET_TAILS = speech_words()["outlet_tails"]
_OUTLET_KIND_NOUNS = speech_words()["outlet_kind_nouns"]
#: A time expression right after a speech verb (`said Sunday`, `said on Tuesday night`, `said yesterday`).
WHEN = re.compile(
    r"\s+(?:here\s+)?(?:(?:late|early)\s+)?(?:on\s+)?(?:" + "|".join(speech_word_list("when_after_verb"))
    + r")(?:\s+(?:" + "|".join(speech_word_list("parts_of_day")) + r"))?(?:\s+\([^()]{1,12}\))?(?=[\s,.]|$)"
)


def past_sentence_adverb(attributor: Attributor, start: int, verb: int) -> int:
    """English: where a report closed by its cue starts when a sentence adverb and its comma open
    the sentence (`Meanwhile, police were called ..., according to X.`), provided another comma
    still stands before the cue at word ``verb``; else ``start``."""
    if attributor.analysis.lang != "en":
        return start
    tokens = attributor.tokens
    first = tokens.first_at_or_after(start)
    if first + 1 >= verb or tokens.tokens[first].text.lower() not in SENTENCE_ADVERBS:
        return start
    if not tokens.gap(first, first + 1).startswith(","):
        return start
    after = tokens.tokens[first].end + 1
    return after if "," in attributor.text[after : tokens.tokens[verb].start] else start


def _after_outlet_kind(attributor: Attributor, speaker: Mention) -> bool:
    """Whether the organisation that ends ``speaker`` follows a small-letter noun of a news outlet's
    kind (`news outlet Naewna`, `the daily X`, `news agency X`), inside the speaker or right before it."""
    name = next(
        (m for m in attributor.analysis.entities if m.end == speaker.end and m.label == "ORG" and m.start >= speaker.start),
        None,
    )
    if name is None:
        return False
    words = attributor.text[max(0, name.start - 40) : name.start].split()
    return any(" ".join(words[-len(noun.split()) :]) == noun for noun in _OUTLET_KIND_NOUNS)


def according_last(
    attributor: Attributor, k: int, according_end: int, start: int, end: int
) -> tuple[Mention, Attribution] | None:
    """`Indonesia rejected the proposal, according to four officials.`: the source closes the sentence."""
    text = attributor.text
    start = past_sentence_adverb(attributor, start, k)
    before = text[start : attributor.tokens.tokens[k].start].rstrip()
    speaker = attributor.speaker_after(according_end, end)
    speaker = with_agent(attributor, speaker, end)  # `..., according to a report released by X.`
    special = closing_source(attributor, according_end, speaker, end)  # anonymity, `A and B, groups formed by ...`
    special = special or _apposed_source(attributor, speaker, end)  # `Free Soldiers, a group formed by ...`
    speaker = special or speaker
    if speaker is None or (
        special is None
        and text[speaker.end : end].strip(" .!?")
        and not _closing_apposition(text, speaker, end)
        and not (speaker.attrs.get("kind") in ("name", "role") and closing_tail(text, speaker.end, end))
    ):
        return None
    if not before.endswith(","):
        if speaker.attrs.get("kind") != "name":
            return None  # `built according to the plans of the city`: only a named person reports without a comma
        before += ","  # `6,000 families were affected according to Mayor X.`
    entities = attributor.analysis.entities
    body = speaker.attrs.get("kind") == "org" or any(m.end == speaker.end and m.label == "ORG" for m in entities)
    place = any(m.end == speaker.end and m.label == "GPE" for m in entities)
    outlet = text[speaker.start : speaker.end].rsplit(" ", 1)[-1] in _OUTLET_TAILS  # `Lao National Radio`
    outlet = outlet or _after_outlet_kind(attributor, speaker)  # `Thai news outlet Naewna`
    # `..., according to the Department of Health`: a body's figure is data, no speech; its claim or
    # account is its report (`The typhoons landed hours apart, according to the weather centre.`,
    # en_indirect26); a place credited stays no speaker
    if (
        (body or place)
        and not outlet
        and not document_speaker(text, speaker)
        and (place or not attributor.english or is_figure(text, attributor.analysis.lang, start, start + len(before)))
    ):
        return None
    clause = reported_clause(attributor, start, start + len(before) - 1, closed=True)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, according_end - 1, "CUE"), speaker, INDIRECT_SCORE)


#: Words that open a relative clause on a closing source (`..., according to the board, which ...`).
_RELATIVE_TAIL_OPENERS = speech_words()["closing_source_relatives_en"]


def closing_tail(text: str, source_end: int, end: int) -> bool:
    """English: whether what follows a closing source (`..., according to the Roads Authority`) up to
    the sentence's end is a relative clause on it (`, which manages the road`), a participle
    that is no speech verb (`, speaking on condition of anonymity`, `, citing ...`): words about the
    source, never a report of their own (en_indirect13)."""
    rest = text[source_end:end].rstrip(" .!?")
    if not rest.startswith(", "):
        return False
    first = rest[2:].split(None, 1)[0] if rest[2:].split() else ""
    if first in _RELATIVE_TAIL_OPENERS:
        return True
    return first.islower() and first.isalpha() and first.endswith("ing") and first not in PARTICIPLES


#: Capitalised words up to a comma after a source read as a title alone (`Major General [To An Xo],`).
_NAME_AFTER_TITLE = re.compile(r"\s+((?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)(?=,)")


def _apposed_source(attributor: Attributor, speaker: Mention | None, end: int) -> Mention | None:
    """English: a capitalised closing source that the speaker search read as a role, closed by its
    apposition: a title before a name it could not read (`..., according to Major General To An Xo,
    chief of the Office of ...` gives `To An Xo`) or a body's name (`..., according to Free
    Soldiers, a group formed by ...`). The apposition is about the source, the report is before it."""
    if not attributor.english or speaker is None or speaker.attrs.get("kind") != "role":
        return None
    text = attributor.text
    if not text[speaker.start : speaker.start + 1].isupper():
        return None
    name = _NAME_AFTER_TITLE.match(text, speaker.end, end)
    if not apposition_closes(text, name.end() if name else speaker.end, end):
        return None
    return speaker if name is None else attributor.mention(name.start(1), name.end(1), "SPEAKER", kind="name")


def _closing_apposition(text: str, speaker: Mention, end: int) -> bool:
    """`..., according to Golam Sobur, deputy commissioner of the Tejgaon Division.`: a named
    speaker's apposition closes the sentence (a comma, a noun phrase with no predicate)."""
    return speaker.attrs.get("kind") == "name" and apposition_closes(text, speaker.end, end)


def apposition_closes(text: str, pos: int, end: int) -> bool:
    """Whether what follows ``pos`` up to the sentence's end is a comma and a noun-phrase apposition
    with no predicate (`, deputy commissioner of ...`, `, a group formed by ...`)."""
    rest = text[pos:end].rstrip(" .!?")
    if not rest.startswith(", "):
        return False
    words = rest[2:].split()
    if not words or len(words) > MAX_APPOSITION_WORDS or has_predicate(rest) or "," in rest[2:]:
        return False
    first = words[0]
    # `deputy commissioner of ...`, `a spokesman for ...`; not `remains on desk duty` (a predicate).
    return first in ARTICLES or first in APPOSITION_OPENERS or (first.islower() and not first.endswith(("s", "ed")))


def long_name_subject(attributor: Attributor, comma: int, k: int) -> bool:
    """`..., the National Disaster Risk Reduction and Management Council said.`: the words between the
    comma and the verb are one long name (an organisation or person), with at most an article before it."""
    text, tokens = attributor.text, attributor.tokens.tokens
    entity = attributor.entity_by_last.get(k - 1)
    if entity is None or entity.label not in ("ORG", "PERSON"):
        return False
    before = text[comma + 1 : entity.start].split()
    if entity.end > tokens[k].start:
        return False
    if len(before) <= 1 and all(w.lower() in ARTICLES for w in before):
        return True
    # `..., Chief of the North Sumatra Provincial Police Inspector General Agus Andrianto said.`: a title chain.
    return (
        entity.label == "PERSON"
        and len(before) <= MAX_APPOSITION_WORDS
        and all(w[:1].isupper() or w.lower() in _TITLE_JOINERS for w in before)
    )


#: Small words inside a title chain before a name (`Chief of the Provincial Police and ...`).
_TITLE_JOINERS = speech_words()["title_joiners"]


@cache
def _english_titles() -> frozenset[str]:
    """Single-word honorifics and ranks of English (`Mr`, `Colonel`, `Superintendent`) that may stand
    before the name of a closing apposition."""
    return frozenset(title for title in load_resources("en").titles if " " not in title)


def name_in_apposition_last(
    attributor: Attributor,
    k: int,
    verb_end: int,
    start: int,
    comma: int,
    apposition_end: int,
    end: int,
    after_verb: int | None = None,
) -> tuple[Mention, Attribution] | None:
    """`The toll rose to 20, Mark Timbal, a spokesman for the council, said Tuesday.`: the report
    first, then a name and its apposition after a comma, then the verb closing the sentence
    (``after_verb``: where the words after the verb start, past whom it addresses: `said to the
    Gazette`)."""
    if comma < 0:
        return None
    text, tokens = attributor.text, attributor.tokens.tokens
    apposition = text[comma + 1 : apposition_end].strip()
    first = apposition.split(" ", 1)[0]
    if len(apposition.split()) > MAX_APPOSITION_WORDS or has_predicate(apposition):
        return None
    if not (first.lower() in ARTICLES or first.lower() in role_openers(attributor.analysis.lang)):
        return None
    before = text.rfind(",", start, comma)
    if before < 0:
        return None
    name = attributor.tokens.first_at_or_after(before + 1)
    while name < len(tokens) and tokens[name].start < comma and tokens[name].text in _english_titles():
        name += 1  # `..., Colonel Ramon Cruz, an army spokesman, said ...`: a rank before the name
    person = attributor.entity_by_first.get(name)
    if person is None or person.label != "PERSON" or text[person.end : comma].strip():
        return None
    after_verb = tokens[verb_end - 1].end if after_verb is None else after_verb
    when = WHEN.match(text, after_verb, end)
    rest = text[when.end() if when else after_verb : end].strip(" .!?")
    if rest and not occasion_closes(rest):
        return None  # only the verb, a time and where it was said (`said in a text message`) may close the sentence
    clause = reported_clause(attributor, start, before, closed=True)
    if clause is None:
        return None
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, attributor.name_speaker(person), INDIRECT_SCORE)

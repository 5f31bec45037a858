"""A direct quote left unattributed right after indirect speech continues its speaker (the shared
"Real pages: decisions"): SPEAKER, no CUE."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.indirect.indirect_trailing_cue import trailing_attribution
from annotator.nlp.quotes.listed_speakers import speaker_listed_before
from annotator.nlp.quotes.open_continuation import (
    CONNECTIVE,
    SENTENCE_BREAK,
    SINGLE_PRONOUNS,
    continue_open_quotes,
    speaking_subject_before,
)
from annotator.nlp.quotes.quote_sharing import only_furniture_between
from annotator.nlp.quotes.signed_quotes import speaker_signed_after
from annotator.nlp.resources import load_resources

#: The rest of a reported clause's sentence up to its stop (`, Foster said` before `.`).
_CLAUSE_REST = re.compile(r"[^.!?\n“”\"]*")
#: Score of a direct quote's speaker taken from the indirect speech before it.
CONTINUATION_SCORE = 0.55


def continue_reported_speech(analysis: Analysis) -> None:
    """A direct quote left unattributed right after indirect speech (in its paragraph, or in the
    paragraph before when the quote opens its own) continues that speaker: SPEAKER, no CUE."""
    text = analysis.text
    speaker_of = {id(link.head): link.child for link in analysis.links if link.label == "SPEAKER"}
    furniture = [(m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") != "dateline"]
    indirect = sorted(
        (q for q in analysis.quotes if q.attrs.get("type") == "indirect" and id(q) in speaker_of), key=lambda q: q.start
    )
    if not indirect:
        speaker_named_before(analysis)
        speaker_listed_before(analysis)
        continue_open_quotes(analysis)
        speaker_signed_after(analysis)
        return
    for quote in analysis.quotes:
        if quote.attrs.get("type") == "indirect" or id(quote) in speaker_of:
            continue
        para_start = text.rfind("\n", 0, quote.start) + 1
        opens_paragraph = not text[para_start : quote.start].strip(" \"“”'‘\x00")
        before = [q for q in indirect if q.end <= quote.start]
        if not before:
            continue
        # The report that ends last; of two ending together, the outer one (`X told police that
        # [...], he said`: the sentence is his).
        last = max(before, key=lambda q: (q.end, -q.start))
        # `X told police that [...], Foster said.` / `“...”`: the sentence is Foster's, and so is the quote.
        clause_end = last.end + len(_CLAUSE_REST.match(text, last.end).group())
        trailing = trailing_attribution(text, analysis.lang, last.start, clause_end)
        between = text[max(last.end, trailing.end()) if trailing else last.end : quote.start]
        if "\n" in between:
            # Only the paragraph right before (blank lines and `Baca juga:` lines between allowed),
            # ended by the indirect speech, and only when the quote opens its own paragraph.
            gap_start = quote.start - len(between) + between.index("\n")
            if not opens_paragraph or any(char.isalnum() for char in between[: between.index("\n")]):
                continue
            if not only_furniture_between(text, gap_start, para_start, furniture):
                continue
        elif any(other.end <= quote.start and other.start > last.end for other in analysis.quotes):
            continue
        speaker = speaker_of[id(last)]
        if trailing is not None:
            speaker = _trailing_speaker(analysis, trailing)
            if speaker is None:
                continue
            if speaker not in analysis.speakers:
                analysis.speakers.append(speaker)
        analysis.links.append(Link(quote, speaker, "SPEAKER", score=CONTINUATION_SCORE))
    speaker_named_before(analysis)
    speaker_listed_before(analysis)
    continue_open_quotes(analysis)
    speaker_signed_after(analysis)


def _trailing_speaker(analysis: Analysis, trailing: re.Match[str]) -> Mention | None:
    """The person of a trailing attribution (`, Foster said`, `, he said`, `, said Foster`): a PERSON
    entity filling its subject, or a pronoun of one speaker; None for anyone else (`, police said`)."""
    group = "before" if trailing.group("before") is not None else "after"
    start, end = trailing.span(group)
    if trailing.group(group).lower() in SINGLE_PRONOUNS:
        return analysis.speaker_at(start, end, "pronoun", "trailing_attribution")
    for entity in analysis.entities:
        if entity.label == "PERSON" and start <= entity.start and entity.end == end:
            return analysis.speaker_at(entity.start, entity.end, "name", "trailing_attribution")
    return None


#: Score of a speaker named by the sentence before an unattributed quote.
NAMED_BEFORE_SCORE = 0.5
#: `the Chief`, `Sang Kapolres`: a determiner and a capitalised role word.
_THE_ROLE = re.compile(r"(?:the|The|Sang)\s+([A-Z][a-z]+)\b")


def speaker_named_before(analysis: Analysis) -> None:
    """A direct quote left without a speaker after a sentence whose subject is a person (`However,
    the Chief has refused to ... “No, we ...”`): that subject is its speaker, with no cue (the
    shared decisions: a quote after a sentence naming the speaker). Only the sentence right before
    the quote in its paragraph counts."""
    text = analysis.text
    spoken = {id(link.head) for link in analysis.links if link.label == "SPEAKER"}
    roles = _role_words(analysis.lang)
    for quote in analysis.quotes:
        if quote.attrs.get("type") == "indirect" or id(quote) in spoken:
            continue
        para_start = text.rfind("\n", 0, quote.start) + 1
        before = text[para_start : quote.start].rstrip(" \"“”'‘\x00")
        if not before:
            subject = speaking_subject_before(analysis, para_start)  # `X says ... .` / `“...`
            if subject is not None:
                _link_named(analysis, quote, subject)
            continue
        if not before.endswith((".", "!", "?")):
            continue
        breaks = list(SENTENCE_BREAK.finditer(before, 0, len(before) - 1))
        sentence_start = para_start + (breaks[-1].end() if breaks else 0)
        if any(q is not quote and sentence_start <= q.start < quote.start for q in analysis.quotes):
            continue
        connective = CONNECTIVE.match(text, sentence_start)
        subject = _subject_at(analysis, connective.end() if connective else sentence_start, roles)
        if subject is not None:
            _link_named(analysis, quote, subject)


def _link_named(analysis: Analysis, quote: Mention, subject: Mention) -> None:
    if subject not in analysis.speakers:
        analysis.speakers.append(subject)
    analysis.links.append(Link(quote, subject, "SPEAKER", score=NAMED_BEFORE_SCORE))


@cache
def _role_words(lang: str) -> frozenset[str]:
    return frozenset(role.lower() for role in load_resources(lang).roles)


def _subject_at(analysis: Analysis, start: int, roles: set[str]) -> Mention | None:
    """The person a sentence opens with: a PERSON, a singular pronoun or `the <Role>`."""
    text = analysis.text
    for entity in analysis.entities:
        if entity.start == start and entity.label == "PERSON":
            return analysis.speaker_at(entity.start, entity.end, "name", "speaker_named_before")
    word = re.match(r"\w+", text[start:])
    if word and word.group().lower() in SINGLE_PRONOUNS:
        return analysis.speaker_at(start, start + len(word.group()), "pronoun", "speaker_named_before")
    role = _THE_ROLE.match(text, start)
    if role and role.group(1).lower() in roles:
        # A definite role points back like a pronoun (at the last speaker), so it is resolved as one.
        return analysis.speaker_at(start, role.end(), "pronoun", "speaker_named_before")
    return None

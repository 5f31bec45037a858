"""A quote paragraph that carries on the quote ending the paragraph before (`“There is more to do.`
or `... explained. “She slept all day.”` / `“We hope ...”`): when the paragraph before ended with a
direct quote (left open, or closed with nothing after the mark), the next paragraph opening with a
mark and attributed to no one continues it, so it takes that quote's speaker and cue (the shared
"Real pages: decisions": a quote paragraph with no attribution right after a direct quote of the
same speaker is a continuation). The attribution rules already share one attribution over such a
run when a cue closes it; this covers runs whose first quote got its speaker afterwards (from the
indirect speech or the sentence before it)."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.quotes.quote_sharing import only_crosshead_between, only_furniture_between
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speakers.speaker_descriptions import person_heads
from annotator.nlp.text.marks import CLOSING_MARKS, OPENING_MARKS, mark_chars

#: Score of a speaker carried over from the open quote before.
OPEN_CONTINUATION_SCORE = 0.5
#: What may follow a quote to its paragraph's end: its closing mark, and the full stop some
#: newsrooms set after it (`“We will patrol every market”.`).
_AFTER_QUOTE = mark_chars(CLOSING_MARKS, " \t.")
#: What may stand before a quote in its paragraph: its opening mark and spaces (NUL too).
_BEFORE_QUOTE = mark_chars(OPENING_MARKS, " \x00")


def continue_open_quotes(analysis: Analysis) -> None:
    """Give an unattributed direct quote that opens its paragraph the speaker (and cue) of the
    direct quote ending the paragraph before."""
    text = analysis.text
    speaker_of = {id(link.head): link.child for link in analysis.links if link.label == "SPEAKER"}
    cue_of = {id(link.head): link.child for link in analysis.links if link.label == "CUE"}
    direct = sorted((q for q in analysis.quotes if q.attrs.get("type") != "indirect"), key=lambda q: q.start)
    for previous, quote in pairwise(direct):
        if id(quote) in speaker_of or id(previous) not in speaker_of:
            continue
        if not _ends_paragraph(text, previous):
            continue
        if not _opens_next_paragraph(text, previous, quote) and not _opens_after_crosshead(analysis, previous, quote):
            continue
        speaker_of[id(quote)] = speaker_of[id(previous)]
        analysis.links.append(Link(quote, speaker_of[id(previous)], "SPEAKER", score=OPEN_CONTINUATION_SCORE))
        cue = cue_of.get(id(previous))
        if cue is not None:
            cue_of[id(quote)] = cue
            analysis.links.append(Link(quote, cue, "CUE", score=OPEN_CONTINUATION_SCORE))


def _ends_paragraph(text: str, quote: Mention) -> bool:
    """Whether only white space, or its closing mark (a full stop after it allowed), follows the quote
    to the end of its paragraph."""
    line_end = text.find("\n", quote.end)
    return not text[quote.end : line_end if line_end >= 0 else len(text)].strip(_AFTER_QUOTE)


def _opens_next_paragraph(text: str, previous: Mention, quote: Mention) -> bool:
    """Whether ``quote`` opens, with a quotation mark, the first paragraph after ``previous``."""
    between = text[previous.end : quote.start]
    if "\n" not in between:
        return False
    head = between[between.rindex("\n") + 1 :]
    closed = not between[: between.rindex("\n")].strip(_AFTER_QUOTE + "\n")  # its own mark (and stop) only
    return closed and bool(head.strip()) and not head.strip(_BEFORE_QUOTE)


def _opens_after_crosshead(analysis: Analysis, previous: Mention, quote: Mention) -> bool:
    """Whether ``quote`` opens, with a quotation mark, the paragraph after one crosshead line (and
    page furniture) that follows the paragraph of ``previous`` (`“...”` / `What comes next` / `“...`)."""
    text = analysis.text
    gap_start = text.find("\n", previous.end)
    gap_end = text.rfind("\n", 0, quote.start) + 1
    if gap_start < 0 or gap_end <= gap_start or text[gap_end : quote.start].strip(_BEFORE_QUOTE):
        return False
    furniture = [(m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") != "dateline"]
    return only_crosshead_between(text, gap_start, gap_end, furniture)


#: A sentence break inside a paragraph (a full stop and closing marks, then white space).
SENTENCE_BREAK = re.compile(r"[.!?…][”\"’)]*\s+")
#: A connective or time adverb opening the sentence before the quote (`However, the Chief ...`,
#: `Earlier she called on ...`).
CONNECTIVE = re.compile(
    r"(?:However|But|Meanwhile|Still|Earlier|Namun|Tetapi|Tapi|Sementara itu|Selain itu|Kemudian|Lebih lanjut"
    r"|Sebelumnya)\s*,?\s+"
)
#: Pronouns that name one speaker at a sentence's start (plural ones name no one person).
SINGLE_PRONOUNS = frozenset(speech_words()["single_speaker_pronouns"])
#: Verbs of request and command: a call is the speaker's own words too (`X urged MPs to ...` / `“...`).
_DIRECTIVES = frozenset(speech_words()["directives"])
#: `The former manager`: a definite article and up to three words in small letters.
_DEFINITE_WORDS = re.compile(r"[Tt]he((?:\s+[a-z][\w'’-]*){1,3})")
#: What a speaker did, thought or felt: the quote paragraph after it is theirs (`She felt that ...` / `“...`).
_STANCES = frozenset(speech_words()["stance_verbs_en"])


def speaking_subject_before(analysis: Analysis, para_start: int) -> Mention | None:
    """`Commissioner X says to stop ..., the police call on residents to stay home.` / `“...`: for a
    quote paragraph with no attribution, the person (titles before the name allowed) who opens the
    last sentence of the paragraph before and is followed there by a speech verb, when that
    paragraph holds no quote of its own (those are continued by their own rules)."""
    text = analysis.text
    end = para_start - 1
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    furniture = [(m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") != "dateline"]
    if end <= 0 or not only_furniture_between(text, end, para_start, furniture):
        return None
    if any(start <= q.end and q.start < end for q in analysis.quotes):
        return None
    breaks = list(SENTENCE_BREAK.finditer(text, start, end - 1))
    sentence_start = breaks[-1].end() if breaks else start
    connective = CONNECTIVE.match(text, sentence_start, end)
    if connective:
        sentence_start = connective.end()
    res = load_resources(analysis.lang)
    speech = set(res.cues_after) | set(res.cues_before) | _DIRECTIVES | _STANCES
    pronoun = re.match(r"\w+", text[sentence_start:end])
    if pronoun and pronoun.group().lower() in SINGLE_PRONOUNS:
        # `She urged MPs to ...` / `“...`: the pronoun is the speaker, resolved like any other.
        if not _speech_verb_at(text, sentence_start + pronoun.end(), end, speech):
            return None
        return analysis.speaker_at(sentence_start, sentence_start + pronoun.end(), "pronoun", "speaker_named_before")
    role_end = _definite_role_end(text, sentence_start, end, analysis.lang)
    if role_end is not None:
        # `The former manager felt that ...` / `“...`: a definite role points back like a pronoun.
        if not _speech_verb_at(text, role_end, end, speech):
            return None
        return analysis.speaker_at(sentence_start, role_end, "pronoun", "speaker_named_before")
    person = next(
        (m for m in analysis.entities if m.label == "PERSON" and sentence_start <= m.start < end), None
    )
    if person is None:
        return None
    if not title_lead(text[sentence_start : person.start].split(), analysis.lang):
        return None  # only a title and its capitalised words (`Fire Commissioner X`), not `Police arrested X`
    if not _speech_verb_at(text, person.end, end, speech):
        return None
    return analysis.speaker_at(person.start, person.end, "name", "speaker_named_before")


@cache
def title_words(lang: str) -> frozenset[str]:
    """Single-word titles and roles of ``lang``, in small letters and without a final stop."""
    res = load_resources(lang)
    return frozenset(word.lower().rstrip(".") for word in (*res.roles, *res.titles) if " " not in word)


def title_lead(lead: list[str], lang: str) -> bool:
    """Whether the words before a name are nothing, or capitalised words ending on a title or role
    (`Fire Commissioner`, `Chief Justice`): the name still opens its clause."""
    if any(not word[:1].isupper() for word in lead):
        return False
    return not lead or lead[-1].lower().rstrip(".") in title_words(lang)


def _speech_verb_at(text: str, start: int, end: int, speech: set[str]) -> bool:
    """Whether the first word from ``start`` (before ``end``, its commas, stops and colons aside) is one
    of the ``speech`` verbs: the subject before it speaks."""
    verb = text[start:end].split()[:1]
    return bool(verb) and verb[0].strip(",.:") in speech


def _definite_role_end(text: str, start: int, end: int, lang: str) -> int | None:
    """The end of a definite role opening the sentence at ``start`` (`The former manager`): the
    article, at most two words in small letters and a person's role head, the last word before the
    verb; None when the sentence opens otherwise."""
    words = _DEFINITE_WORDS.match(text, start, end)
    if words is None:
        return None
    heads = person_heads(lang)
    offset = words.start(1)
    for word in words.group(1).split():
        offset = text.index(word, offset) + len(word)
        if word in heads:
            return offset
    return None

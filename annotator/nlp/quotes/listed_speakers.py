"""Round-ups that list their speakers (`1. X, Menteri Y di sela ...` then X's quotes, each in its own
paragraph with no cue): each quote under a numbered heading that opens with a person is that
person's (SPEAKER, no CUE, as for a quote after a sentence naming its speaker). A short label line
ending in a colon (`X, club coach:` / `Club coach X:`) heads its quotes the same way, and so does
the last sentence before a quote on its line when it ends in a colon and opens with a (titled)
name (`Deputy Speaker X then rounds on the bloc: “...”`), or with a singular pronoun when it is
short (`He went on: “...”`: the pronoun, resolved as any other). In an interview's transcript the name line
needs no colon when the interviewer's topic lines stand under it (`X, centre` / `On the final:` /
`“...”` / `On his future:` / `“...”`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.quotes.open_continuation import SINGLE_PRONOUNS, title_lead
from annotator.nlp.resources import load_resources

#: Score of a speaker taken from the numbered heading above a quote.
LISTED_SCORE = 0.5
#: A numbered heading: `1. `, `2) ` at a paragraph's start.
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")
#: A speaker label line: short, no quotation mark, ending in a colon (`X, club coach:`).
_LABEL = re.compile(r"[ \t]*[^\n\"“”:]{3,80}:[ \t]*")
#: A name line heading an interview's answers: short, no colon, stop or quotation mark (`X, centre`).
_NAME_LINE = re.compile(r"[ \t]*[^\n\"“”:.!?]{3,60}")
#: The most words of a name line (`Harbour City coach Daniel Foster`, `Daniel Foster, head coach`).
_MAX_NAME_LINE_WORDS = 7
#: The most words of a label opening with a pronoun (`He went on:`, `She then put it simply:`).
_MAX_PRONOUN_LABEL_WORDS = 5
#: A sentence end inside a paragraph's lead: a stop, spaces, then a capital.
_SENTENCE_END = re.compile(r"[.!?][”\"’)]*[ \t]+(?=[A-Z])")
#: Opening marks a quote paragraph may start with.
_OPENERS = "\"“”'‘"


def speaker_listed_before(analysis: Analysis) -> None:
    """Link each unattributed direct quote that opens its paragraph, with only such quote
    paragraphs between it and a numbered heading, to the person the heading opens with."""
    spoken = {id(link.head) for link in analysis.links if link.label == "SPEAKER"}
    direct = sorted((q for q in analysis.quotes if q.attrs.get("type") != "indirect"), key=lambda q: q.start)
    for quote in direct:
        if id(quote) in spoken:
            continue
        heading = _heading_above(analysis, quote, direct)
        if heading is None:
            continue
        speaker = _heading_person(analysis, heading)
        if speaker is not None:
            if speaker not in analysis.speakers:
                analysis.speakers.append(speaker)
            analysis.links.append(Link(quote, speaker, "SPEAKER", score=LISTED_SCORE))


def _heading_above(analysis: Analysis, quote: Mention, direct: list[Mention]) -> int | None:
    """The start of the numbered heading or label line above ``quote`` when every non-blank
    paragraph from it to the quote is one whole quote, or of the label ``quote`` follows on its
    own line; else None."""
    text = analysis.text
    para = text.rfind("\n", 0, quote.start) + 1
    lead = text[para : quote.start].rstrip(_OPENERS + " \t")
    if lead:  # the quote opens its paragraph, or follows a label on its line (`X, club coach: “...”`)
        label = para + _last_sentence(lead)  # or a clause ending in a colon (`X then rounds on them: “...”`)
        if speech_word_in(analysis.lang, text[label : para + len(lead)]):
            return None  # `X ... was told: “...”`: the attribution rules read a clause with a speech verb
        return label if _LABEL.fullmatch(text, label, para + len(lead)) else None
    asked = False  # an interviewer's topic line (`On the final:`) stands between the quote and here
    while para > 0:
        prev_end = para - 1
        prev = text.rfind("\n", 0, prev_end) + 1
        line = text[prev:prev_end]
        para = prev
        if not line.strip():
            continue
        if _NUMBERED.match(line):
            return prev
        if _LABEL.fullmatch(line):
            if _heading_person(analysis, prev) is not None:
                return prev
            asked = True  # a label naming no one is a topic or a question: its speaker is above it
            continue
        if asked and _NAME_LINE.fullmatch(line) and len(line.split()) <= _MAX_NAME_LINE_WORDS:
            return prev
        if not _whole_quote(text, prev, prev_end, direct):
            return None  # a paragraph that is not a whole quote breaks the list item
    return None


def _last_sentence(lead: str) -> int:
    """Offset in ``lead`` of its last sentence (after the last `. `, `! ` or `? ` before a capital)."""
    ends = list(_SENTENCE_END.finditer(lead))
    return ends[-1].end() if ends else 0


def speech_word_in(lang: str, clause: str) -> bool:
    """Whether a word of ``clause`` is a one-word cue of ``lang`` (`said`, `told`)."""
    res = load_resources(lang)
    return any(word.strip(",.:;") in res.cues_after or word.strip(",.:;") in res.cues_before for word in clause.lower().split())


def _whole_quote(text: str, start: int, end: int, direct: list[Mention]) -> bool:
    """Whether the paragraph ``text[start:end]`` is one quote and its marks."""
    return any(
        start <= q.start
        and q.end <= end
        and not text[start : q.start].strip(_OPENERS + " \t")
        and not text[q.end : end].strip(_OPENERS + " \t.,")
        for q in direct
    )


def _heading_person(analysis: Analysis, heading: int) -> Mention | None:
    """A SPEAKER on the PERSON right after the heading's number, or on the PERSON a label line
    opens with (after title words only: `Senate President X then ...:`) or ends on just before
    its colon."""
    text = analysis.text
    numbered = _NUMBERED.match(text, heading)
    if numbered is not None:
        starts, ends, end = {numbered.end()}, set(), numbered.end() + 1
    else:
        line_end = text.find("\n", heading)
        line_end = len(text) if line_end < 0 else line_end
        colon = text.find(":", heading, line_end)  # a label has one colon, at its end; a name line none
        label = text[heading : colon if colon >= 0 else line_end]
        starts, ends = {heading + len(label) - len(label.lstrip(" \t"))}, {heading + len(label)}
        end = heading + len(label)
    for entity in analysis.entities:
        if entity.label != "PERSON" or not heading <= entity.start < end:
            continue
        titled = numbered is None and title_lead(text[heading : entity.start].split(), analysis.lang)
        if entity.start in starts or entity.end in ends or titled:
            return analysis.speaker_at(entity.start, entity.end, "name", "speaker_listed_before")
    return None if numbered is not None else _pronoun_label(analysis, min(starts), end)


def _pronoun_label(analysis: Analysis, start: int, end: int) -> Mention | None:
    """A SPEAKER on the singular pronoun a short label opens with (`He went on:`), or None."""
    words = analysis.text[start:end].split()
    if not words or len(words) > _MAX_PRONOUN_LABEL_WORDS or words[0].lower() not in SINGLE_PRONOUNS:
        return None
    return analysis.speaker_at(start, start + len(words[0]), "pronoun", "speaker_listed_before")

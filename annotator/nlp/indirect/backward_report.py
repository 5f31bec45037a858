"""A report read BACKWARDS: the sentence before a cue is the indirect speech of the speaker the cue
names, when the cue's own sentence reports nothing of its own.

- `[The police will add patrols.] X made the remark after the incident` (en/cues.toml, [backward_only])
- `[The ferries will stop on Friday.] This was stated by the harbour master ...`
- `[Keempat mahasiswa itu dilepas Kamis malam.] Hal itu disampaikan Direktur LBH X, Budi, saat ...`
- `[Gempa itu direvisi menjadi 4,4 SR.] Demikian diulas oleh Kepala Pusat Data BNPB X ...`

Each trailing form is a row of ``TRAILING_FORMS``: its languages, how it finds its cue (and where
its speaker is looked for) and whether the sentence before must stand in the same paragraph with no
dateline opening it (the Indonesian forms: the lead a dateline opens is the reporter's own summary,
as the real gold of the ninth batch has it). The sentence before becomes the report unless
something reports it already or it holds a quote; the shared guidelines treat all three as
`This is what X said`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.indirect_backward import reports_backward_only
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: The most words before a `made the remark` cue (the speaker with its titles).
MAX_SUBJECT_WORDS = 10
#: The most words of the agent phrase after `by` (`the Palace Press Officer`).
MAX_AGENT_WORDS = 10

_OPENERS = frozenset(speech_words()["after_quote_opener_phrases"])
_SAID_THUS_CUES = frozenset(speech_words()["said_thus_cues"])
_DEMIKIAN = frozenset(speech_words()["demikian_backward_openers"])
_DEMIKIAN_CUES = frozenset(speech_words()["demikian_backward_cues"])
_DIRECTIVES = frozenset(speech_words()["directives"])
_LEAD_SPEECH_PREFIXES = speech_words()["lead_speech_prefixes"]
#: `This was (also) stated by`: a pronoun for the sentence before, a passive of
#: [passive_backward_verbs], then `by` and the agent.
_PASSIVE_BACKWARD = re.compile(
    r"(?:This|That|It)\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?P<verb>"
    + "|".join(sorted(speech_words()["passive_backward_verbs"]))
    + r")\s+by\s+(?P<agent>\S)"
)
#: A dateline the furniture rules did not mark (`JAKARTA -`, `Jayapura, Jubi –`) opening the sentence.
_DATELINE = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}(?:, [\w. ]{2,30}?)?\s*[-–—]+\s")


@dataclass(frozen=True)
class Cue:
    """A trailing form's cue tokens and how its speaker is found (called only once the sentence
    before qualifies)."""

    first: int
    last: int
    speaker: Callable[[], Mention | None]


@dataclass(frozen=True)
class TrailingForm:
    name: str
    english: bool  # English texts only, else Indonesian only
    find: Callable[[Attributor, int, int], Cue | None]
    same_paragraph: bool  # the sentence before: same paragraph, no dateline opening it
    whole_paragraph: bool = False  # the report runs back over the paragraph's unreported sentences


def _remark(attributor: Attributor, start: int, end: int) -> Cue | None:
    """`X made the remark ...`: the first cue of the sentence, reporting backward only, no comma before it."""
    tokens = attributor.tokens
    first = tokens.first_at_or_after(start)
    for k in range(first, min(first + MAX_SUBJECT_WORDS, len(tokens.tokens))):
        if tokens.tokens[k].start >= end or "," in attributor.text[start : tokens.tokens[k].start]:
            return None
        match = attributor.lex.cues_before.match(tokens, k)
        if match is not None:
            if not reports_backward_only(match[1], attributor.analysis.lang):
                return None
            return Cue(k, match[0] - 1, lambda k=k: attributor.speaker_before(k, start))
    return None


def _passive_by(attributor: Attributor, start: int, end: int) -> Cue | None:
    """`This was stated by X, ...`: the agent up to its first comma."""
    found = _PASSIVE_BACKWARD.match(attributor.text, start, end)
    if found is None:
        return None
    tokens = attributor.tokens

    def speaker() -> Mention | None:
        agent = tokens.first_at_or_after(found.start("agent"))
        limit = min(end, agent + MAX_AGENT_WORDS)
        agent_end = next((i for i in range(agent, limit) if tokens.gap(i, i + 1).startswith(",")), None)
        return attributor.speaker_after(agent, tokens.tokens[agent_end].end if agent_end is not None else end)

    verb = tokens.first_at_or_after(found.start("verb"))
    return Cue(verb, verb, speaker)


def _said_thus(attributor: Attributor, start: int, end: int) -> Cue | None:
    """`Hal itu disampaikan X ...`: an opener of [after_quote_opener_phrases], a [said_thus_cues] passive."""
    tokens = attributor.tokens
    first = tokens.first_at_or_after(start)
    if first + 3 >= len(tokens.tokens) or tokens.tokens[first + 2].start >= end:
        return None
    opener = f"{tokens.tokens[first].text} {tokens.tokens[first + 1].text}".lower()
    if opener not in _OPENERS or tokens.tokens[first + 2].text.lower() not in _SAID_THUS_CUES:
        return None
    cue = first + 2
    return Cue(cue, cue, lambda: attributor.speaker_after(cue + 1, end))


def _demikian(attributor: Attributor, start: int, end: int) -> Cue | None:
    """`Demikian diulas (oleh) X ...`: `demikian`, a [demikian_backward_cues] passive, the agent."""
    tokens = attributor.tokens
    first = tokens.first_at_or_after(start)
    if first + 2 >= len(tokens.tokens) or tokens.tokens[first + 1].start >= end:
        return None
    if tokens.tokens[first].text.lower() not in _DEMIKIAN or tokens.tokens[first + 1].text.lower() not in _DEMIKIAN_CUES:
        return None
    cue = first + 1
    agent = cue + 2 if tokens.tokens[cue + 1].text.lower() == "oleh" else cue + 1
    return Cue(cue, cue, lambda: attributor.speaker_after(agent, end))


TRAILING_FORMS = (
    TrailingForm("made the remark", english=True, find=_remark, same_paragraph=False),
    TrailingForm("this was stated by", english=True, find=_passive_by, same_paragraph=False),
    TrailingForm("hal itu disampaikan", english=False, find=_said_thus, same_paragraph=True),
    TrailingForm("demikian diulas oleh", english=False, find=_demikian, same_paragraph=True, whole_paragraph=True),
)


def previous_sentence(attributor: Attributor, start: int) -> tuple[int, int] | None:
    """The sentence before ``start`` (its start after furniture, its end before the full stop)."""
    text = attributor.text
    stop = start
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    if stop == 0 or text[stop - 1] != ".":
        return None
    stop -= 1
    begin = max(text.rfind("\n", 0, stop) + 1, *(text.rfind(mark, 0, stop) + 2 for mark in (". ", "? ", "! ")))
    for mention in attributor.analysis.furniture:  # a dateline (`MANILA —`) opens no report
        if mention.start <= begin < mention.end or begin <= mention.start < begin + 2:
            begin = max(begin, mention.end)
    while begin < stop and text[begin].isspace():
        begin += 1
    return (begin, stop) if begin < stop else None


def _lead_or_new_paragraph(attributor: Attributor, begin: int, stop: int, start: int) -> bool:
    """The sentence before lies in another paragraph, or is the lead a dateline opens."""
    text = attributor.text
    if "\n" in text[stop:start]:
        return True  # a new paragraph: what it refers to is no single sentence
    dateline = _DATELINE.match(text, begin) is not None or any(
        mention.end <= begin and not text[mention.end : begin].strip() for mention in attributor.analysis.furniture
    )
    # `JAKARTA - BNPB ingatkan ...`: the lead a dateline opens is the reporter's own when it names a
    # speech act itself; `BANJARMASIN - Klub X didirikan ...` is the speaker's after `Hal tersebut ...`.
    return dateline and _lead_speaks(attributor, begin, stop)


def _lead_speaks(attributor: Attributor, begin: int, stop: int) -> bool:
    """Whether the sentence ``begin``..``stop`` holds a speech verb or a directive, also as a
    headline writes it, without its active prefix (`ingatkan` for `mengingatkan`)."""
    verbs = _speech_and_directive_words(attributor.analysis.lang)
    for word in attributor.text[begin:stop].lower().split():
        word = word.strip(",;:()")
        if word in verbs or any(prefix + word in verbs for prefix in _LEAD_SPEECH_PREFIXES):
            return True
    return False


@cache
def _speech_and_directive_words(lang: str) -> frozenset[str]:
    """The language's cue verbs, before and after a quote, in small letters, and the directives."""
    res = load_resources(lang)
    return frozenset(word.lower() for word in (*res.cues_before, *res.cues_after)) | _DIRECTIVES


def _paragraph_start(attributor: Attributor, begin: int) -> int:
    """The start of the run of sentences before ``begin`` in its paragraph that nothing reports or
    quotes: `Demikian ...` sums up what the paragraph said (the real gold: `[A. B.] Demikian diulas X`)."""
    text = attributor.text
    while True:
        previous = previous_sentence(attributor, begin)
        if previous is None or "\n" in text[previous[1] : begin]:
            return begin
        if any(quote.start < previous[1] and previous[0] < quote.end for quote in attributor.analysis.quotes):
            return begin
        if _lead_or_new_paragraph(attributor, previous[0], previous[1], begin):
            return begin
        begin = previous[0]


def _report_before(attributor: Attributor, form: TrailingForm, start: int, end: int) -> tuple[Mention, Attribution] | None:
    cue = form.find(attributor, start, end)
    previous = previous_sentence(attributor, start) if cue is not None else None
    if cue is None or previous is None:
        return None
    begin, stop = previous
    if form.same_paragraph and _lead_or_new_paragraph(attributor, begin, stop, start):
        return None
    if any(quote.start < stop and begin < quote.end for quote in attributor.analysis.quotes):
        return None  # the sentence before is reported already (or holds a quote)
    if form.whole_paragraph:
        begin = _paragraph_start(attributor, begin)
    speaker = cue.speaker()
    clause = reported_clause(attributor, begin, stop) if speaker is not None else None
    if clause is None or speaker is None:
        return None
    return clause, Attribution(attributor.token_mention(cue.first, cue.last, "CUE"), speaker, INDIRECT_SCORE)


def report_before(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The sentence before ``start`` reported by a trailing form opening the sentence ``start``..``end``."""
    english = attributor.english
    indonesian = attributor.analysis.lang == "id"
    for form in TRAILING_FORMS:
        if english if form.english else indonesian:
            found = _report_before(attributor, form, start, end)
            if found is not None:
                return found
    return None


def backward_cues(attributor: Attributor) -> list[int]:
    """Token indices of the cue of each `Hal itu disampaikan` and `Demikian diulas` (so that its
    sentence is looked at); the English forms' cues are cue words already."""
    if attributor.analysis.lang != "id":
        return []
    tokens = attributor.tokens
    found: list[int] = []
    for word in ("Hal", "hal"):
        for index in tokens.by_text.get(word, ()):
            if (
                index + 2 < len(tokens.tokens)
                and tokens.tokens[index + 2].text.lower() in _SAID_THUS_CUES
                and f"{word} {tokens.tokens[index + 1].text}".lower() in _OPENERS
            ):
                found.append(index + 2)
    for word in _DEMIKIAN:
        for index in (*tokens.by_text.get(word, ()), *tokens.by_text.get(word.capitalize(), ())):
            if index + 1 < len(tokens.tokens) and tokens.tokens[index + 1].text.lower() in _DEMIKIAN_CUES:
                found.append(index + 1)
    return found

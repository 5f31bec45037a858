"""`[Keempat mahasiswa itu akhirnya dilepas pada Kamis malam.] Hal itu disampaikan Direktur LBH X,
Budi Santoso, saat dihubungi ...`: a sentence opening with `Hal itu`/`Hal tersebut` and a passive
cue attributes the sentence right before it, in the same paragraph, to the speaker after the cue.
That sentence becomes the indirect item, unless something reports it already or it is the lead
sentence a dateline opens (the reporter's own summary), as the real gold of the ninth batch has it."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.attribution import Attribution, Attributor
from annotator.nlp.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect_remark import previous_sentence
from annotator.nlp.resources import speech_words

_OPENERS = frozenset(speech_words()["after_quote_opener_phrases"])
_CUES = frozenset(speech_words()["said_thus_cues"])
#: A dateline the furniture rules did not mark (`JAKARTA -`, `Jayapura, Jubi –`) opening the sentence.
_DATELINE = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}(?:, [\w. ]{2,30}?)?\s*[-–—]+\s")


def said_thus(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The sentence before ``start`` when the sentence ``start``..``end`` is `Hal itu disampaikan X ...`."""
    if attributor.analysis.lang != "id":
        return None
    tokens = attributor.tokens
    first = tokens.first_at_or_after(start)
    if first + 3 >= len(tokens.tokens) or tokens.tokens[first + 2].start >= end:
        return None
    opener = f"{tokens.tokens[first].text} {tokens.tokens[first + 1].text}".lower()
    if opener not in _OPENERS or tokens.tokens[first + 2].text.lower() not in _CUES:
        return None
    previous = previous_sentence(attributor, start)
    if previous is None:
        return None
    begin, stop = previous
    text = attributor.text
    if "\n" in text[stop:start]:
        return None  # a new paragraph: what it refers to is no single sentence
    if any(mention.end <= begin and not text[mention.end : begin].strip() for mention in attributor.analysis.furniture):
        return None  # `JAKARTA - BNPB ingatkan ...`: the lead a dateline opens is the reporter's own
    if _DATELINE.match(text, begin):
        return None
    if any(quote.start < stop and begin < quote.end for quote in attributor.analysis.quotes):
        return None  # reported already, or holding a quote
    cue = first + 2
    speaker = attributor.speaker_after(cue + 1, end)
    if speaker is None:
        return None
    clause = reported_clause(attributor, begin, stop)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(cue, cue, "CUE"), speaker, INDIRECT_SCORE)


def said_thus_cues(attributor: Attributor) -> list[int]:
    """Token indices of the cue of each `Hal itu disampaikan` (so that its sentence is looked at)."""
    if attributor.analysis.lang != "id":
        return []
    tokens = attributor.tokens
    by_text = tokens.by_text
    found: list[int] = []
    for word in ("Hal", "hal"):
        for index in by_text.get(word, ()):
            if (
                index + 2 < len(tokens.tokens)
                and tokens.tokens[index + 2].text.lower() in _CUES
                and f"{word} {tokens.tokens[index + 1].text}".lower() in _OPENERS
            ):
                found.append(index + 2)
    return found

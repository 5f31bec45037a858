"""An English participle with `that` opening a sentence whose subject then speaks (`Stating that
[the clinic was the third this year], the mayor said that more would follow.`; en_indcount3): the
clause between `that` and the comma before the speaker is a second report of that speaker. With no
other report in the sentence the subject after the comma speaks all the same (`Noting that [the
budget had been cut twice], the ministry criticised the council.`; en_particip1)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE
from annotator.nlp.indirect.participle_reports import SUBJECT_END_VERB
from annotator.nlp.indirect.short_reports_en import clause_at_en
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

_OPENING_PARTICIPLES = frozenset(speech_words()["participles"]) | frozenset(speech_words()["opening_participles_en"])
#: A capitalised participle and `that` at the sentence's start.
_OPENING = re.compile(r"([A-Z][a-z]+ing)\s+that\s+")
#: Participles of speech alone, and verbs of an act of speech: one of them makes the subject after the
#: comma the speaker of an opening participle with no other report (`Noting that [...], the ministry
#: criticised ...`), which a plain act does not (`Noting that [...], the farmers planted maize`).
_SPEECH_ONLY = frozenset(speech_words()["speech_only_participles_en"])
_SPEECH_ACTS = frozenset(speech_words()["speech_act_verbs_en"])
#: Relative words that open a clause inside the report, no speaker (`Noting that the plan, which was ...`).
_RELATIVES = frozenset(speech_words()["relative_openers"])


def opening_participle(
    attributor: Attributor, start: int, clause: Mention, attribution: Attribution
) -> tuple[Mention, Attribution] | None:
    """The report of `<Participle> that [...], <speaker> <verb> ...` when the sentence's first
    report (``clause``, ``attribution``) is spoken by the subject right after the comma."""
    if attributor.analysis.lang != "en" or attribution.speaker is None:
        return None
    text = attributor.text
    opening = _OPENING.match(text, start)
    if opening is None or opening.group(1).lower() not in _OPENING_PARTICIPLES:
        return None
    speaker = attribution.speaker
    if not opening.end() < speaker.start < clause.start:
        return None
    comma = text.rfind(",", opening.end(), speaker.start)
    if comma < 0 or not _titles_only(text[comma + 1 : speaker.start]):
        return None  # `Saying that the roads were safe does not mean ...`: no speaker after a comma
    if not clause_at_en(text, opening.end(), comma):
        return None
    return _report(attributor, opening, comma, speaker)


def opening_participle_alone(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Noting that [the budget had been cut twice], the ministry criticised the council.`: a
    sentence with no other report, whose subject after the comma that closes the participle's
    clause is its speaker (the subject of the first verb after that comma)."""
    if attributor.analysis.lang != "en":
        return None
    text = attributor.text
    opening = _OPENING.match(text, start)
    if opening is None or opening.group(1).lower() not in _OPENING_PARTICIPLES:
        return None
    comma = text.find(",", opening.end(), end)
    while comma >= 0:
        verb = SUBJECT_END_VERB.search(text, comma + 1, end)
        if verb is None:
            return None
        speech = opening.group(1).lower() in _SPEECH_ONLY or verb.group().lower() in _SPEECH_ACTS
        if speech and clause_at_en(text, opening.end(), comma):
            k = attributor.tokens.first_at_or_after(verb.start())
            speaker = attributor.speaker_before(k, comma + 1)
            if (
                speaker is not None
                and speaker.start > comma
                and _titles_only(text[comma + 1 : speaker.start])
                and text[speaker.start : speaker.end].lower() not in _RELATIVES
            ):
                return _report(attributor, opening, comma, speaker)
        comma = text.find(",", comma + 1, end)
    return None


def _titles_only(gap: str) -> bool:
    """Whether the words between the comma and the speaker are none or capitalised titles (`, Mayor
    [Ann Keller] said`)."""
    return all(word[:1].isupper() and word.isalpha() for word in gap.split())


def _report(attributor: Attributor, opening: re.Match[str], comma: int, speaker: Mention) -> tuple[Mention, Attribution]:
    """The clause between the opening participle's `that` and ``comma``, reported by ``speaker``."""
    k = attributor.tokens.first_at_or_after(opening.start(1))
    report = Mention(opening.end(), comma, "QUOTE", score=INDIRECT_SCORE, attrs={"type": "indirect"}, rule="indirect_speech")
    return report, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)

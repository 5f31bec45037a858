"""A speech participle after `for` (`A court jailed a teacher for alleging that [...]`, `X was
sued for claiming [...]`, `X, who has been arrested for robbing a shop and claiming [...]`): what
someone was punished or blamed for saying is a report. The one who said it is the object of an
active verb (`jailed a teacher`) or the subject of a passive one (`was sued`, `who has been
arrested`); the participle is the cue (en_open2). Words in ``common/speech_words.toml``."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.short_reports_en import clause_at_en
from annotator.nlp.resources import speech_word_list
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: `for [<a gerund phrase> and] alleging (that)`: the participle after `for`, or after `and` in its phrase.
_FOR_PARTICIPLE = re.compile(
    r"\bfor\s+(?:[^,.;:“”\"]{1,80}?\s+and\s+)?(" + "|".join(speech_word_list("for_participles_en")) + r")\s+(that\s+)?"
)
_RELATIVES = frozenset(speech_word_list("relative_speakers_en"))
#: A passive before `for` (`was sued`, `has been arrested`, `were jailed`): its subject said it.
_PASSIVE = re.compile(
    r"\b(?:(?:has|have|had)\s+been|(?:is|are|was|were)\s+being|(?:will|would|could|may|might|can)\s+be|was|were|is|are|been|being)"
    r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ld|nt|ht)\b"
)
#: The object right before `for` (`jailed a teacher for`): a determiner and at most three words.
_OBJECT = re.compile(
    r"\b(?:" + "|".join(speech_word_list("noun_phrase_determiners_en")) + r")(?:\s+[\w'’-]+){1,3}\s+$",
    re.IGNORECASE,
)


def for_participle_report(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The first `for <participle> [...]` report of the English sentence from ``start`` to ``end``."""
    if not attributor.english or "for " not in attributor.text[start:end]:
        return None
    text, tokens = attributor.text, attributor.tokens
    found = _FOR_PARTICIPLE.search(text, start, end)
    if found is None or (not clause_at_en(text, found.end(), end) and found.group(2) is None):
        return None  # `for saying goodbye`: no clause, nothing reported
    speaker = _passive_subject(attributor, start, found.start()) or _object_before(attributor, start, found.start())
    if speaker is None:
        return None
    if text[speaker.start : speaker.end].lower() in _RELATIVES:
        comma = text.find(",", found.end(), end)
        end = comma if comma >= 0 else end  # `X, who was arrested for ... claiming [...], said`: the relative clause ends
    clause = reported_clause(attributor, found.end(), end)
    if clause is None:
        return None
    cue = tokens.first_at_or_after(found.start(1))
    return clause, Attribution(attributor.token_mention(cue, cue, "CUE"), speaker, INDIRECT_SCORE)


def _passive_subject(attributor: Attributor, start: int, at: int) -> Mention | None:
    """The subject of the last passive before `for` at ``at`` (`A teacher was jailed for`)."""
    passives = list(_PASSIVE.finditer(attributor.text, start, at))
    if not passives:
        return None
    return attributor.speaker_before(attributor.tokens.first_at_or_after(passives[-1].start()), start)


def _object_before(attributor: Attributor, start: int, at: int) -> Mention | None:
    """The object right before `for` at ``at``: a PERSON ending there, or a short determiner phrase."""
    text = attributor.text
    people = (m for m in attributor.analysis.entities if m.label == "PERSON" and start <= m.start and m.end <= at)
    person = next((m for m in people if not text[m.end : at].strip()), None)
    if person is not None:
        return attributor.name_speaker(person)
    found = _OBJECT.search(text, start, at)
    if found is None:
        return None
    tokens = attributor.tokens
    return attributor.token_mention(
        tokens.first_at_or_after(found.start()), tokens.last_ending_at_or_before(found.end()), "SPEAKER", kind="role"
    )

"""A speech verb whose report is a gerund clause: `He confessed to [being a drug mule ...]`, `X
denied [being involved in any conspiracy]`, `admitted to [having taken the money]`, `admitted to
[torching one bus ...]`. The verbs, the gerunds that open such a report and the words in -ing that
open none are in en/cues.toml, [gerund]."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import read_toml
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.text.patterns import phrase_alternation

#: A complementiser or relative before the verb: its clause belongs to a noun phrase or another report.
_EMBEDDED = re.compile(r"\b(?:that|which)\b")


@cache
def _ends(lang: str) -> tuple[str, ...]:
    return tuple(read_toml(lang, "cues.toml").get("gerund", {}).get("ends", []))


@cache
def _predicate(lang: str) -> re.Pattern[str] | None:
    """The subject's own next predicate after `and` (`... and was handed ...`), from [gerund] predicates."""
    words = read_toml(lang, "cues.toml").get("gerund", {}).get("predicates", [])
    return re.compile(rf",?\s+and\s+(?:later\s+)?(?:{'|'.join(words)})\b") if words else None


#: A bare past verb in -ed after `and` (`... and resigned`), the subject's own next predicate.
_PAST_PREDICATE = re.compile(r",?\s+and\s+(?:later\s+)?[a-z]{3,}ed\b")


@cache
def _participle_auxiliaries(lang: str) -> re.Pattern[str] | None:
    """A word that a coordinated participle can follow inside the report (`having stolen and sold`)."""
    words = read_toml(lang, "cues.toml").get("gerund", {}).get("participle_auxiliaries", [])
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE) if words else None


def _past_predicate(text: str, begin: int, end: int, lang: str) -> int | None:
    """Where a bare past predicate after `and` ends the gerund report from ``begin`` (`denied
    [taking bribes] and resigned`), unless the report has a word before it that a participle can
    follow, so that `and sold` joins `having stolen` inside the report."""
    auxiliaries = _participle_auxiliaries(lang)
    found = _PAST_PREDICATE.search(text, begin, end) if auxiliaries is not None else None
    if found is None or auxiliaries.search(text, begin, found.start()):
        return None
    return found.start()


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    section = read_toml(lang, "cues.toml").get("gerund", {})
    verbs, gerunds = section.get("verbs", []), section.get("gerunds", [])
    if not verbs or not gerunds:
        return None
    alternatives = phrase_alternation(verbs)
    others = section.get("not_gerunds")
    if others is not None:  # any word in -ing but those (`denied [taking payments ...]`)
        gerunds = [*gerunds, rf"(?!(?:{'|'.join(others)})\s)[a-z]{{2,}}ing"]
    return re.compile(rf"\b(?P<cue>{alternatives})\s+(?P<gerund>(?:{'|'.join(gerunds)})\s)")


def gerund_report(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The first `verb [gerund ...]` report of the sentence from ``start`` to ``end``."""
    pattern = _pattern(attributor.analysis.lang)
    found = pattern.search(attributor.text, start, end) if pattern is not None else None
    if found is None:
        return None
    if _EMBEDDED.search(attributor.text, start, found.start("cue")):
        return None  # `Apandi's statement that MACC admitted to having ...`: a clause inside a noun phrase
    tokens = attributor.tokens
    first = tokens.first_at_or_after(found.start("cue"))  # the cue is the verb, `to` stays out
    speaker = attributor.speaker_before(first, start)
    begin = found.start("gerund")
    cuts = [at for at in (attributor.text.find(marker, begin, end) for marker in _ends(attributor.analysis.lang)) if at >= 0]
    predicate = _predicate(attributor.analysis.lang)
    own = predicate.search(attributor.text, begin, end) if predicate is not None else None
    if own is not None:
        cuts.append(own.start())  # `confessed to [killing X] and was handed ...`: the speaker's own predicate
    past = _past_predicate(attributor.text, begin, end, attributor.analysis.lang)
    if past is not None:
        cuts.append(past)  # `denied [taking bribes] and resigned`
    clause = reported_clause(attributor, begin, min(cuts, default=end)) if speaker is not None else None
    if clause is None or speaker is None:
        return None
    return clause, Attribution(attributor.token_mention(first, first, "CUE"), speaker, INDIRECT_SCORE)

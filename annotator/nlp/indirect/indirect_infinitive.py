"""Claims in an infinitive (b9en round, issue 11): `Police claimed to have arrested a man ...`,
`Kim claims to have produced ...`. The report is what follows `to` (`have arrested a man ...`),
the verb `claimed` its cue and the subject before it the speaker; English only, verbs and
infinitives from ``speech_words.toml`` (`infinitive_claims`, `claim_infinitives`)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.text.patterns import bounded_words


@cache
def _pattern() -> re.Pattern[str] | None:
    words = speech_words()
    verbs, infinitives = words.get("infinitive_claims", []), words.get("claim_infinitives", [])
    if not verbs or not infinitives:
        return None
    return re.compile(bounded_words(verbs) + r"\s+to\s+(?=" + "|".join(sorted(infinitives)) + r"\b)")


def infinitive_claim(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`X claimed to have Y`: the report `have Y`, said by X."""
    pattern = _pattern()
    if attributor.analysis.lang != "en" or pattern is None:
        return None
    found = pattern.search(attributor.text, start, end)
    if found is None:
        return None
    tokens = attributor.tokens
    verb = tokens.first_at_or_after(found.start())
    speaker = attributor.speaker_before(verb, start)
    # the report opens with its auxiliary (`have arrested ...`), which the clause check would refuse
    clause = reported_clause(attributor, found.end(), end, whole_sentence=True)
    if speaker is None or clause is None:
        return None
    return clause, Attribution(attributor.token_mention(verb, verb, "CUE"), speaker, INDIRECT_SCORE)

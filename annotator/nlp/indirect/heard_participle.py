"""A report in a speech participle after a passive verb of perception: `In the video, the coach can
be heard complaining that [the referee had cost them the match]`, `The driver was filmed boasting
[nobody could stop him]`. The one heard or filmed is the speaker, the participle the cue, and the
clause after it (with or without `that`) the report (en_indirect26; the direct form, `was heard
saying, “...”`, is read by nlp/speakers/attribution_forms.py). Words in ``common/speech_words.toml``
([heard_or_quoted], [heard_auxiliaries], [participles], [heard_participles_en])."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.short_reports_en import clause_at_en
from annotator.nlp.resources import speech_word_list
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.text.tokens import words_present

#: Participles of loud or boastful speech, a cue only after a perception verb.
_LOUD = frozenset(speech_word_list("heard_participles_en"))
_PERCEIVED = [word for word in speech_word_list("heard_or_quoted") if word != "as"] + ["overheard"]
#: `can be heard complaining (that)`, `was filmed boasting`: a passive of perception and a speech participle.
_HEARD_PARTICIPLE = re.compile(
    r"\b(?:(?:can|could|may|might|will|would)\s+(?:[a-z]+ly\s+)?)?(?:(?:has|have|had)\s+)?(?:"
    + "|".join(speech_word_list("heard_auxiliaries"))
    + r")\s+(?:[a-z]+ly\s+)?(?:"
    + "|".join(_PERCEIVED)
    + r")\s+(?P<cue>"
    + "|".join(speech_word_list("participles") + speech_word_list("heard_participles_en"))
    + r")\s+(?P<that>that\s+)?"
)


def heard_participle(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The report of the first `<be> heard <participle> (that) [...]` in the English sentence."""
    if not attributor.english:
        return None
    text = attributor.text
    if not any(word in text[start:end] for word in _PERCEIVED):
        return None
    found = _HEARD_PARTICIPLE.search(text, start, end)
    if found is None or (found.group("that") is None and not clause_at_en(text, found.end(), end)):
        return None  # `was heard saying goodbye`: no clause
    tokens = attributor.tokens
    speaker = attributor.speaker_before(tokens.first_at_or_after(found.start()), start)
    if speaker is None:
        return None
    clause = reported_clause(attributor, found.end(), end)
    if clause is None:
        return None
    cue = tokens.first_at_or_after(found.start("cue"))
    return clause, Attribution(attributor.token_mention(cue, cue, "CUE"), speaker, INDIRECT_SCORE)


def heard_cue_words(attributor: Attributor) -> list[int]:
    """Word indices of the participles that report only after a perception verb (`shouting`), so that
    their sentences are looked at."""
    if not attributor.english:
        return []
    by_lower = attributor.tokens.by_lower
    return [k for word in words_present(by_lower, _LOUD) for k in by_lower[word]]

"""Where or when the speaker of an inverted English report spoke: `..., said the police spokesman at
the media briefing held on Friday.`, `..., revealed X during a press conference.`, `..., said Mr Tan
when met by reporters after the ceremony.`, `..., Lina Wong, a spokeswoman for the agency, said in a
text message.` Wire copy and South Asian, African and Malaysian papers
close reports so; the occasion after the speaker is no report of its own, so the part before the
comma is the report (annotator.nlp.indirect.report_last), not the speaker of a report after the verb."""

from __future__ import annotations

import re

from annotator.nlp.indirect.predicates import has_predicate
from annotator.nlp.resources import speech_words

_OCCASION_PREPOSITIONS_EN = frozenset(speech_words()["occasion_prepositions_en"])
#: A preposition or conjunction of place, time or occasion first (`at`, `during`, `when`, `here at`).
_OCCASION_START = re.compile(
    r"(?:here\s+)?(?:" + "|".join(sorted(speech_words()["closing_occasion_openers"])) + r")\s+\S"
)


def occasion_after_speaker(rest: str) -> bool:
    """Whether ``rest``, what follows a speaker (or a verb) closing the sentence, up to a comma, is where or
    when the speaker spoke (`at the media conference held at ...`, `when met by reporters`), not a
    clause with a predicate of its own (`when he was asked ...`, `in 2019 was ...`)."""
    occasion = rest.split(",", 1)[0].strip()
    return bool(_OCCASION_START.match(occasion)) and not has_predicate(occasion)


#: A participle after the occasion's comma (`said in a statement, adding that ...`): more of the same speaker.
_PARTICIPLE_AFTER = re.compile(r"\s*(?:while\s+)?[a-z]+ing\b")


def occasion_closes(rest: str) -> bool:
    """Whether ``rest``, what follows a closing verb, is an occasion alone or an occasion then a
    participle of the speaker (`in a text message`, `at a briefing, adding that ...`), so that the
    report is the part of the sentence before the speaker."""
    if not occasion_after_speaker(rest):
        return False
    after = rest.split(",", 1)[1] if "," in rest else ""
    return not after.strip() or bool(_PARTICIPLE_AFTER.match(after))


#: Nouns of an occasion or a document (`in a statement`, `in an interview with ...`).
_OCCASION_NOUNS = frozenset(speech_words()["statement_adjunct_nouns"])
#: The most words of an occasion taken for one after a speech verb.
MAX_OCCASION_WORDS = 8
#: Subject pronouns: a clause of its own after the occasion (`in an interview he denied ...`).
_SUBJECTS = frozenset(speech_words()["clause_subject_pronouns_en"])


def occasion_alone(words: list[str]) -> bool:
    """Whether ``words``, all that follows a speech verb (or its `that`) up to the sentence's end,
    are only where it was said: a preposition and an occasion's noun among the next three words,
    few words, no predicate, pronoun or past verb (`she said in comments to a TV channel.`, `He
    said that in an interview with a local daily.`; en_b22). The report is elsewhere."""
    if not words or len(words) > MAX_OCCASION_WORDS or words[0].lower() not in _OCCASION_PREPOSITIONS_EN:
        return False
    if not any(word.lower().strip(",.") in _OCCASION_NOUNS for word in words[1:4]):
        return False
    lower = [word.lower().strip(",.\"'”“") for word in words]
    return not has_predicate(" ".join(lower)) and _SUBJECTS.isdisjoint(lower) and not any(w.endswith("ed") for w in lower)

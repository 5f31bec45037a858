"""Where or when the speaker of an inverted English report spoke: `..., said the police spokesman at
the media briefing held on Friday.`, `..., revealed X during a press conference.`, `..., said Mr Tan
when met by reporters after the ceremony.` Wire copy and South Asian, African and Malaysian papers
close reports so; the occasion after the speaker is no report of its own, so the part before the
comma is the report (annotator.nlp.indirect.report_last), not the speaker of a report after the verb."""

from __future__ import annotations

import re

from annotator.nlp.indirect.clauses import has_predicate
from annotator.nlp.resources import speech_words

#: A preposition or conjunction of place, time or occasion first (`at`, `during`, `when`, `here at`).
_OCCASION_START = re.compile(
    r"(?:here\s+)?(?:" + "|".join(sorted(speech_words()["closing_occasion_openers"])) + r")\s+\S"
)


def occasion_after_speaker(rest: str) -> bool:
    """Whether ``rest``, what follows a speaker who closes the sentence, up to a comma, is where or
    when the speaker spoke (`at the media conference held at ...`, `when met by reporters`), not a
    clause with a predicate of its own (`when he was asked ...`, `in 2019 was ...`)."""
    occasion = rest.split(",", 1)[0].strip()
    return bool(_OCCASION_START.match(occasion)) and not has_predicate(occasion)

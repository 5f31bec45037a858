"""Where or how an English report was made, between the verb and a report with no `that` (`said in a
statement the plant would close`, `said at a press conference on Monday the ...`, `said via text
message the ...`): the occasion is no part of the report, which starts after it when a clause
follows (a subject, then soon a finite verb)."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_word_list, speech_words
from annotator.nlp.speakers.addressee import reads_as_clause

_NOUNS = "|".join(sorted(speech_words()["statement_adjunct_nouns"] | speech_words()["report_occasion_nouns"]))
#: A preposition, an optional determiner, at most three words, the occasion's noun, an optional day.
_OCCASION = re.compile(
    r"\s*(?:in|at|during|via|through|by)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:"
    + _NOUNS
    + r")\b(?:\s+(?:on\s+)?(?:" + "|".join(speech_word_list("occasion_days_en")) + r"))?\s+"
)


def past_occasion(text: str, begin: int, end: int) -> int:
    """Where the report starts after an occasion right after the verb (``begin``); else ``begin``."""
    found = _OCCASION.match(text, begin, end)
    if found is None or not reads_as_clause(text[found.end() : end]):
        return begin
    return found.end()

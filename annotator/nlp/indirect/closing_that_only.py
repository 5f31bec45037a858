"""A verb of `[that_only]` closing an inverted report after a comma (`[...], the minister continued.`,
`[...], the institute forecast.`, `[...], the Courier reports.`): the verb reports only with `that`
elsewhere (`Aftershocks continued`), so it closes a report only when a speaking subject stands
between the comma and the verb and nothing but a time follows it (en_indirect21). A phrase of
`[closing_only]` (`[...], the prosecutor went on.`) closes one the same way and reports nowhere else
(en_indirect22)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.quoted_saying import closes_sentence
from annotator.nlp.indirect.report_last import inverted_report
from annotator.nlp.resources import read_toml, speech_words
from annotator.nlp.speakers.addressee import reads_as_clause
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.text.patterns import bounded_words

#: Speaker kinds that can close a report (a name, a role, a body, a pronoun); `the search` is none.
_SPEAKER_KINDS = frozenset({"name", "role", "org", "pronoun"})
#: Words opening a second clause, not a subject (`..., and the meeting continued.`).
_CLAUSE_OPENERS = frozenset(speech_words()["closing_clause_openers_en"])


@cache
def _closing(lang: str) -> re.Pattern[str] | None:
    """A comma, up to five words and a verb of `[that_only]` (the verb's group 2), then at most a
    few words (a time) and the sentence's end, so no other sentence is read for them."""
    cues = read_toml(lang, "cues.toml")
    verbs = sorted({**cues.get("that_only", {}), **cues.get("closing_only", {})}, key=lambda verb: (-len(verb), verb))
    if not verbs:
        return None
    return re.compile(r",\s+((?:[\w’'.-]+\s+){1,5}?)(" + bounded_words(verbs) + r")(?=[^,;:.!?\n]{0,30}[.!?])")


def _last_closing(attributor: Attributor, start: int, end: int) -> re.Match[str] | None:
    pattern = _closing(attributor.analysis.lang)
    if pattern is None:
        return None
    found = list(pattern.finditer(attributor.text, start, end))
    return found[-1] if found else None


def closing_that_only_verbs(attributor: Attributor) -> list[int]:
    """Word indices of the verbs of `[that_only]` after a comma and a short subject (so that their
    sentences are read)."""
    if not attributor.english:
        return []
    pattern = _closing(attributor.analysis.lang)
    if pattern is None:
        return []
    tokens = attributor.tokens
    return [tokens.first_at_or_after(m.start(2)) for m in pattern.finditer(attributor.text)]


def closing_that_only(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The report before `, <speaker> <verb of [that_only]>.` closing the sentence."""
    if not attributor.english:
        return None
    found = _last_closing(attributor, start, end)
    if found is None or found.group(1).split()[0].lower() in _CLAUSE_OPENERS:
        return None  # `..., but the search continued.`: a second clause
    k = attributor.tokens.first_at_or_after(found.start(2))
    verb_end = k + len(found.group(2).split())  # `went on`: two words
    if not closes_sentence(attributor, verb_end, end):
        return None
    if not reads_as_clause(attributor.text[start : found.start()].strip()):
        return None  # `Despite the rain, the search continued.`: an adjunct, nothing reported
    speaker = attributor.speaker_before(k, found.start(1))
    if speaker is None or speaker.attrs.get("kind") not in _SPEAKER_KINDS:
        return None
    before = attributor.text[found.start(1) : speaker.start].split()
    if any(word.lower() not in attributor.lex.res.determiners for word in before):
        return None  # `..., the rain over the capital continued.`: the subject is not the speaker
    return inverted_report(attributor, k, verb_end, start, end)

"""An English sentence closed by `said`/`says` and its speaker with no comma before the verb (`A
detention order has been issued for 14 days says police spokesman SP X.`, `... from the suspects said
the police spokesman.`), as Sri Lankan and other South Asian copy prints it: the words before the
verb are the report, the role or name after it the speaker. When a name closes the sentence right
after the verb and its titles (`[...] says Prime Minister X.`), this reading is tried before `X says
[...]` takes the words before the verb for a subject (``name_closes_sentence``; en_open2)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.closing_role_name import rest_after_speaker, role_name_after
from annotator.nlp.indirect.predicates import has_predicate
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: The closing verb after a word (no comma) and before the first word of its speaker.
_CLOSING = re.compile(r"(?<=[\w)])\s+(said|says)\s+(?=\w)")
#: The fewest words of the report before the verb (a subject and a predicate at least).
MIN_REPORT_WORDS = 6
#: Auxiliaries before `said` that make it a passive (`were said to be found`).
_PASSIVE_AUXILIARIES = speech_words()["passive_auxiliaries"]
#: The most words of titles and roles between the verb and a name that closes the sentence.
MAX_TITLE_WORDS = 6
#: Speaker kinds that close such a sentence (no pronoun: `... said he` opens a clause).
_SPEAKER_KINDS = frozenset({"name", "role", "org"})


def closing_without_comma(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The report before a closing `said X` with no comma, when the speaker closes the sentence."""
    if not attributor.english:
        return None
    text = attributor.text
    found = list(_CLOSING.finditer(text, start, end))
    if not found:
        return None
    verb = found[-1]
    before = text[start : verb.start()]
    words = before.split()
    if len(words) < MIN_REPORT_WORDS or "," in before[-40:] or words[-1].lower() in _PASSIVE_AUXILIARIES:
        return None  # `... were said to be found`: a passive, no one speaks
    k = attributor.tokens.first_at_or_after(verb.start(1))
    speaker = role_name_after(attributor, verb.end(1), end) or attributor.speaker_after(k + 1, end)  # `says police spokesman X`
    if speaker is None or speaker.attrs.get("kind") not in _SPEAKER_KINDS:
        return None
    if rest_after_speaker(text, speaker.end, end) or has_predicate(text[speaker.start : speaker.end]):
        return None
    clause = reported_clause(attributor, start, verb.start(), closed=True)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)


def name_closes_sentence(attributor: Attributor, start: int, end: int) -> bool:
    """Whether a PERSON ends the sentence and stands after its last `said`/`says` following a word (no
    comma), with at most ``MAX_TITLE_WORDS`` title words between (`... next year says Prime Minister
    X.`)."""
    if not attributor.english:
        return False
    tokens = attributor.tokens
    k = tokens.last_ending_at_or_before(end)
    while k >= 0 and not tokens.tokens[k].text[:1].isalnum():
        k -= 1  # the sentence's closing stop
    person = attributor.entity_by_last.get(k)
    if person is None or person.label != "PERSON" or person.start <= start:
        return False
    found = list(_CLOSING.finditer(attributor.text, start, person.start))
    if not found:
        return False
    titles = attributor.text[found[-1].end(1) : person.start]
    return "," not in titles and len(titles.split()) <= MAX_TITLE_WORDS and not has_predicate(titles)

"""`Police said the suspect told them that ...`: a speech verb with its own subject right after an
outer cue owns the `that` after it, so the outer report starts at that subject (en_indirect13; the
inner report is added by :mod:`annotator.nlp.indirect.nested_inner`)."""

from __future__ import annotations

from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.cue_not_verb import not_a_verb

#: How many words after the outer cue the inner speech verb may stand (a short subject).
MAX_WORDS_BEFORE_FORWARD_INNER_VERB = 4
#: Words that open a clause of time or cause inside the report (`the man became aggressive when she
#: suggested that ...`): a speech verb after them is no subject's own report.
_SUBORDINATORS = frozenset(word for word in speech_words()["report_subordinators"] if " " not in word)
#: Words that open the inner verb's subject (`the`, `he`, `two`); a capitalised name opens it too. A
#: report opening otherwise (`out of the nine admitted seven were discharged`) holds no inner subject.
_SUBJECT_OPENERS = frozenset(speech_words()["no_comma_report_openers_en"])


def inner_verb_before(attributor: Attributor, begin: int, end: int) -> bool:
    """English: whether a speech verb with a subject before it stands between ``begin`` (right after
    an outer cue) and ``end`` (a `that`): `said Adjei told the police that ...`, where the `that`
    is the inner verb's and the outer report starts at `Adjei`."""
    tokens = attributor.tokens
    first = tokens.first_at_or_after(begin)
    if first >= len(tokens) or not (tokens.tokens[first].is_cap or tokens.tokens[first].text.lower() in _SUBJECT_OPENERS):
        return False
    last = min(tokens.last_ending_at_or_before(end), first + MAX_WORDS_BEFORE_FORWARD_INNER_VERB)
    for j in range(first + 1, last + 1):
        if tokens.tokens[j].text.lower() in _SUBORDINATORS:
            return False
        match = attributor.lex.cues_before.match(tokens, j)
        if match is not None and not not_a_verb(attributor, j, match[0]):
            return True
    return False

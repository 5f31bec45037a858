"""`Police said the suspect told them that ...`: a speech verb with its own subject right after an
outer cue owns the `that` after it, so the outer report starts at that subject, not after the inner
verb's `that` (en_indirect13, narrowed in en_indirect14).

Only the frame whose `that` is plainly the inner verb's counts: the inner verb stands right before
`that` or before whom it addresses and then `that` (`told the police that`, `warned residents
that`), and its subject is a name or a noun phrase, not a personal pronoun (`said he believes the
...` is the outer speaker's own view). The inner verb's own report (the gold's second item) is not
added: tried in en_indirect14, it cost a report on the held-out part (see the round page)."""

from __future__ import annotations

from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.addressee_that import owns_that
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.cue_not_verb import not_a_verb

#: How many words after the outer cue the inner speech verb may stand (a short subject).
MAX_WORDS_BEFORE_FORWARD_INNER_VERB = 4
_WORDS = speech_words()
#: Words that open a clause of time or cause inside the report (`the man became aggressive when she
#: suggested that ...`): a speech verb after them is no subject's own report.
_SUBORDINATORS = frozenset(word for word in _WORDS["report_subordinators"] if " " not in word)
#: Words that open the inner verb's subject (`the`, `two`); a capitalised name opens it too. A report
#: opening otherwise (`out of the nine admitted seven were discharged`) holds no inner subject.
_SUBJECT_OPENERS = frozenset(_WORDS["no_comma_report_openers_en"])
#: Personal pronouns: as the inner subject they make the outer speaker's own view (`said he believes`).
_PRONOUN_SUBJECTS = frozenset(_WORDS["nested_inner_pronoun_subjects_en"])


def inner_verb_before(attributor: Attributor, begin: int, end: int) -> bool:
    """English: whether a speech verb with a subject before it stands right after ``begin`` (the end
    of an outer cue) and owns a `that` before ``end``: `said Adjei told the police that ...`, where
    the outer report starts at `Adjei`."""
    tokens = attributor.tokens
    first = tokens.first_at_or_after(begin)
    if first >= len(tokens):
        return False
    opener = tokens.tokens[first].text.lower()
    if opener in _PRONOUN_SUBJECTS or not (tokens.tokens[first].is_cap or opener in _SUBJECT_OPENERS):
        return False
    last = min(tokens.last_ending_at_or_before(end), first + MAX_WORDS_BEFORE_FORWARD_INNER_VERB)
    for j in range(first + 1, last + 1):
        if tokens.tokens[j].text.lower() in _SUBORDINATORS:
            return False
        match = attributor.lex.cues_before.match(tokens, j)
        if match is not None and not not_a_verb(attributor, j, match[0]):
            return owns_that(attributor.text, match[1], tokens.tokens[match[0] - 1].end, end)
    return False

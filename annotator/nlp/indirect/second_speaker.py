"""A second speaker coordinated after a report: `The mayor said [the road would reopen] and the police
chief said [the suspect had fled]`, `X said [the decision was unacceptable], and they questioned
whether ...`.

After `and`/`but`, a subject of its own (one to four words, no adverb or auxiliary first) and a
speech verb open a clause that is no part of the first report: the first report ends before the
conjunction, and the second verb reports for its own subject. A verb must stand between the first
report's start and the conjunction, so a coordinated subject of the report (`said the family and
neighbours told officers ...`) is not cut.
"""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

_WORDS = speech_words()
#: Words that cannot open or make up the new subject (`and later told`, `and were reported`).
_NOT_SUBJECT = (
    frozenset(_WORDS["adverbs"])
    | frozenset(_WORDS["passive_auxiliaries"])
    | _WORDS["not_second_subject"]
)
_DIRECTIVES = frozenset(_WORDS["directives"])
_QUESTION_CUES = frozenset(cue for cue in _WORDS["reported_question_cues"] if " " not in cue)
_QUESTION_OPENERS = frozenset(_WORDS["question_openers"])
#: The most words of the new subject between the conjunction and its speech verb.
MAX_SUBJECT_WORDS = 4
#: `and`/`but` after the first report, with or without a comma (`“unfair,” and`: the mark goes too),
#: or a contrast (`, while his lawyer said ...`, `, whereas`; en_indirect20). ``(?:,[\"”’']?)?\s+`` written
#: ``[,\s](?:(?<=,)[\"”’']?\s+|(?<=\s)\s*)`` (the same matches): ``re`` then tries it only at a comma or
#: white space, not at every character.
_CONJUNCTION = re.compile(r"[,\s](?:(?<=,)[\"”’']?\s+|(?<=\s)\s*)(?:and|but|while|whereas)\s+")
#: A finite verb before the conjunction: the first report is a clause, not a subject being listed
#: (a past in `-ed` or an irregular one, `fled`, `took`; an auxiliary or a modal).
_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|"
    + "|".join(sorted(_WORDS["irregular_pasts"]))
    + r")\b"
)


def _possessive_clitic(word: str) -> bool:
    """A possessive `'s` the tokenizer split off a subject word (`the victim's family`)."""
    return len(word) == 2 and word[0] in "'’" and word[1] == "s"


def _speech_verb_after_subject(attributor: Attributor, after: int, end: int) -> int | None:
    """The token of a speech verb that follows one to four subject words from ``after``, or None."""
    tokens = attributor.tokens
    first = tokens.first_at_or_after(after)
    for k in range(first + 1, min(first + MAX_SUBJECT_WORDS + 1, len(tokens))):
        token = tokens.tokens[k]
        if token.end > end:
            return None
        subject = tokens.tokens[k - 1]
        if "," in tokens.gap(k - 1, k) or not (
            subject.text.replace("’s", "").replace("'s", "").isalpha() or _possessive_clitic(subject.text)
        ):
            return None  # an insertion or a number: no plain subject
        if subject.text.lower() in _NOT_SUBJECT:
            return None
        word = token.text.lower()
        match = attributor.lex.cues_before.match(tokens, k)
        if match is not None and match[1].lower() not in _DIRECTIVES:
            return k
        if word in _QUESTION_CUES and k + 1 < len(tokens) and tokens.tokens[k + 1].text.lower() in _QUESTION_OPENERS:
            return k  # `and they questioned whether ...`
    return None


def second_speaker_start(attributor: Attributor, begin: int, end: int) -> int | None:
    """Where the report between ``begin`` and ``end`` stops before `and <subject> <speech verb>`,
    or None (English only)."""
    if attributor.analysis.lang != "en":
        return None
    text = attributor.text
    for found in _CONJUNCTION.finditer(text, begin, end):
        if _VERB_BEFORE.search(text, begin, found.start()) is None:
            continue
        k = _speech_verb_after_subject(attributor, found.end(), end)
        # read from the conjunction on: `, and his lawyer said [...]` is no closing cue of the first report
        if k is not None and _opens_report(attributor, k, found.end(), end):
            return found.start()
    return None


def _opens_report(attributor: Attributor, k: int, begin: int, end: int) -> bool:
    """Whether the speech verb ``k`` opens a report of its own (`and the chief said [...]`), not an
    object (`and the group claimed responsibility`) that belongs to the first report."""
    from annotator.nlp.indirect.indirect_cue import indirect_at  # the cue rule builds on the clause rules

    word = attributor.tokens.tokens[k].text.lower()
    if word in _QUESTION_CUES:
        return True  # `and they questioned whether ...`: a reported question
    report = indirect_at(attributor, k, begin, end)
    return report is not None and report[0].start >= attributor.tokens.tokens[k].end


def second_speaker_report(
    attributor: Attributor, clause: Mention, start: int, end: int
) -> tuple[Mention, Attribution] | None:
    """The report of the second speaker right after ``clause`` (`..., and they said ...`), found by
    the speech verb's own rule, or None."""
    if attributor.analysis.lang != "en":
        return None
    found = _CONJUNCTION.match(attributor.text, clause.end, end)
    if found is None:
        return None
    k = _speech_verb_after_subject(attributor, found.end(), end)
    if k is None:
        return None
    from annotator.nlp.indirect.indirect_cue import indirect_at  # the cue rule builds on the clause rules

    report = indirect_at(attributor, k, found.end(), end)  # from the conjunction on, as above
    if report is None or report[0].start < attributor.tokens.tokens[k].end or report[1].speaker is None:
        return None
    return report

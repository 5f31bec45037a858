"""Report bounds when a sentence holds more than the verb and its clause: a second verb after
`According to X,` or after the first verb's object, an opening concession, or a prepositional
opening before an inner cue (round 5 of issue 11, from the real development articles)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clause_or_object import subject_first
from annotator.nlp.indirect.clauses import CONCESSIONS, INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.coordinated_clause import second_cue_with_that
from annotator.nlp.indirect.speech_occasion import opens_occasion
from annotator.nlp.resources import speech_word_list, speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.speakers.cue_not_verb import not_a_verb
from annotator.nlp.speakers.subject_adjuncts import past_opening_adjunct
from annotator.nlp.text.patterns import bounded_words

#: The most words of a subject before a speech verb opening the stretch after `According to X,`.
MAX_INNER_SUBJECT_WORDS = 4
#: Verbs that make the speech verb after them a complement (`pernyataan X membuat publik menilai ...`).
_CAUSATIVES = speech_words()["causative_verbs"]
#: Adverbs and auxiliaries between a coordinating `and` and its speech verb (`and later told`).
_ADVERBS = frozenset(speech_words()["adverbs"])


def verb_opens(attributor: Attributor, clause: Mention) -> bool:
    """`According to news reports, police said two men were held`: a short subject and a speech verb
    open what follows `according to`, so the report is that verb's own (the next cue is tried)."""
    tokens = attributor.tokens
    first = tokens.first_at_or_after(clause.start)
    for k in range(first + 1, min(first + MAX_INNER_SUBJECT_WORDS + 1, len(tokens))):
        if tokens.tokens[k].start >= clause.end or "," in tokens.gap(k - 1, k):
            return False
        if tokens.tokens[k].text.lower() in _CAUSATIVES:
            return False  # `Menurut X, pernyataan Y membuat publik menilai ...`: one report of X's
        match = attributor.lex.cues_before.match(tokens, k)
        if match is not None and not not_a_verb(attributor, k, match[0]):  # not `the said suspects`
            return _reports_of_its_own(attributor, match[1], tokens.tokens[match[0] - 1].end, clause.end)
    return False


#: Verbs of [direct_only] that take whom they told before their clause (`told reporters the ...`).
_TELLING = frozenset(speech_words()["telling_verbs_en"])


def _reports_of_its_own(attributor: Attributor, verb: str, begin: int, end: int) -> bool:
    """Whether the speech verb ending at ``begin`` opens a report of its own: a verb that takes an
    object ([direct_only]) does only with `that` soon after it, a comma or a subject (`According to
    his statement, the driver had assured them of money`: an object, so the report is the source's),
    or when the same subject goes on with a speech verb and its own `that`."""
    if verb not in attributor.lex.res.cues_direct_only or verb.lower() in _TELLING:
        return True
    text = attributor.text
    stops = [at for at in (text.find(". ", end), text.find("\n", end)) if at >= 0]
    second = second_cue_with_that(attributor, begin, min(stops, default=len(text)))  # within the sentence
    if second is not None and not re.search(r"[.;!?]", text[begin : second.start()]):
        return True  # `the tshogpa confessed to ... and acknowledged that ...`: the subject speaks further on
    after = text[begin:end].lstrip()
    return after.startswith(",") or re.search(r"\bthat\b", after[:40]) is not None or subject_first(attributor, verb, after)


#: Prepositions that open an adverbial phrase of the report itself (`Di Kecamatan X, ia mengatakan, ...`).
#: Not `terkait`/`mengenai`: the topic of the speaking (`Terkait posisi polisi, X mengatakan, ...`)
#: stays out of the report, as the real gold has it (b9id).
_ADJUNCT_OPENERS = speech_words()["adjunct_prepositions"]


def adjunct_first(opening: list[str]) -> bool:
    """Whether the words before an inner cue are a prepositional phrase (`Dengan kejadian itu
    menurutnya ...`), which belongs to the report, so the clause is the whole sentence."""
    if len(opening) < 2 or opening[0].lower() not in _ADJUNCT_OPENERS:
        return False
    # `Dalam kesempatan itu, ia mengatakan, ...`: the occasion of the speaking is no part of the report.
    return not names_occasion(opening)


def names_occasion(opening: list[str]) -> bool:
    """Whether the words name the occasion of speaking (`Dalam kesempatan itu`, `Di sela rapat`,
    `Dalam arahannya`: a preposition and a noun of speaking, as after the verb)."""
    if len(opening) >= 2 and opens_occasion(opening[0], opening[1]):
        return True
    return any(word.lower().startswith(_OCCASION_STEMS) for word in opening[1:])


#: Stems of nouns that name the occasion of speaking (`kesempatan`, `keterangannya`, `sela-sela`).
_OCCASION_STEMS = speech_word_list("occasion_stems")


def clause_begin_after_verb(attributor: Attributor, verb_end: int) -> int:
    """Where the words right after a verb begin (past spaces)."""
    text = attributor.text
    at = attributor.tokens.tokens[verb_end - 1].end
    while at < len(text) and text[at].isspace():
        at += 1
    return at


#: `... and said that ...` inside the object of a first verb.
_AND_VERB_THAT = re.compile(bounded_words(["and"]) + r"\s+(?:also\s+)?(\w+)\s+that\b")
#: `... but said ...` (English, no `that`) after a short object of the first verb.
_AND_VERB = re.compile(bounded_words(["and", "but"]) + r"\s+(?:also\s+)?(\w+)\b")
#: The most words of the first verb's object before `and`/`but` and the second verb.
MAX_OBJECT_WORDS = 8
#: A finite verb in the stretch before `and`/`but`: a clause of its own, not the first verb's object.
_FINITE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|has|have|had|will|would|could|can|may|might|must|should)\b")
_DIRECTIVES = speech_words()["directives"]
#: Verbs whose addressee comes first (`and told reporters he ...`): no report right after them.
_ADDRESSING = frozenset(speech_words()["addressing_cues"]) | {"told"}


def _second_verb(attributor: Attributor, clause: Mention) -> tuple[re.Match[str], int] | None:
    """The `and <verb> that` in ``clause``, or in English a `and/but <verb>` right after a short
    object with no verb of its own (`confirmed the arrests but said he ...`); with the verb's token."""
    text = attributor.text
    found = _AND_VERB_THAT.search(text, clause.start, clause.end)
    if found is None and attributor.analysis.lang == "en":
        found = _AND_VERB.search(text, clause.start, clause.end)
        if found is None or len(text[clause.start : found.start()].split()) > MAX_OBJECT_WORDS:
            return None
        if _FINITE.search(text, clause.start, found.start()) is not None:
            return None  # `said the man fled and said ...`: a report of its own before the conjunction
    if found is None:
        return None
    k = attributor.tokens.first_at_or_after(found.start(1))
    match = attributor.lex.cues_before.match(attributor.tokens, k)
    if match is None:
        return None
    verb = match[1]
    bare = not found.group().endswith("that")
    if bare and (verb.lower() in _DIRECTIVES | _ADDRESSING or verb in attributor.lex.res.cues_direct_only):
        return None  # `confirmed the arrests and urged ...`: a directive reports nothing
    return found, k


def second_verb_report(attributor: Attributor, clause: Mention, speaker: Mention, end: int) -> tuple[Mention, Attribution] | None:
    """A second speech verb after the first verb's object (`X confirmed the arrests and said that
    ...`, `X confirmed the arrests but said he ...`): its clause is the report, by the same speaker."""
    second = _second_verb(attributor, clause)
    if second is None:
        return None
    found, k = second
    match = attributor.lex.cues_before.match(attributor.tokens, k)
    if match is None:
        return None
    begin = found.end() if found.group().endswith("that") else attributor.tokens.tokens[match[0] - 1].end
    report = reported_clause(attributor, begin, end)
    if report is None:
        return None
    return report, Attribution(attributor.token_mention(k, match[0] - 1, "CUE"), speaker, INDIRECT_SCORE)


#: Words after a concession that make it a connective (`Meski demikian, ia mengatakan ...`).
_CONNECTIVE_AFTER_CONCESSION = speech_words()["connective_after_concession"]


#: English words opening a clause of time or cause before the main clause (`As X told the manager
#: that ..., police believe ...`).
_TIME_OR_CAUSE = frozenset(speech_words()["report_subordinators"])
#: The most words between such a word and the speech verb (its subject).
MAX_SUBORDINATE_SUBJECT_WORDS = 5


def _time_or_cause_clause(attributor: Attributor, opening: list[str], before: str) -> bool:
    """Whether the speech verb is the verb of an English clause of time or cause opening the sentence
    (`When the guard told police that ...,`): its subject follows the word with no comma between."""
    if attributor.analysis.lang != "en" or "," in before:
        return False
    lowered = [word.lower() for word in opening[:2]]
    opener = 2 if " ".join(lowered) in _TIME_OR_CAUSE else 1 if lowered[0] in _TIME_OR_CAUSE else 0  # `Much as`
    return opener > 0 and len(opening) <= MAX_SUBORDINATE_SUBJECT_WORDS + opener


def subordinate_end(attributor: Attributor, start: int, k: int, clause_begin: int, end: int) -> int:
    """`Although X noted that A, B was happy ...`: a speech verb in a concession that opens the
    sentence reports up to the comma before the main clause, not the whole sentence."""
    text = attributor.text
    before = text[start : attributor.tokens.tokens[k].start]
    opening = before.replace(",", " ").split()
    if len(opening) < 2 or opening[1].lower() in _CONNECTIVE_AFTER_CONCESSION:
        return end
    if opening[0].lower() not in CONCESSIONS and not _time_or_cause_clause(attributor, opening, before):
        return end
    comma = text.find(", ", clause_begin, end)
    return comma if comma > clause_begin else end


#: The first verb of an English sentence, whose subject a coordinated `and said` / `but said` shares.
_FIRST_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|gave|made|took|held|met|sent|went|did|has|have|had|is|are|was|were|will|would|could|can)\b"
)


def coordinated_subject(attributor: Attributor, k: int, start: int) -> Mention | None:
    """`The embassy condemned the attack and said ...`, `Officials gave few details, but said ...`:
    a speech verb after `and`/`but` shares the subject of the sentence's first verb."""
    tokens = attributor.tokens.tokens
    if attributor.analysis.lang != "en" or k < 2:
        return None
    conjunction = k - 1
    while conjunction > 1 and tokens[conjunction].text.lower() in _ADVERBS:
        conjunction -= 1  # `took the bags home and later told police ...`: the adverb is no subject
    if tokens[conjunction].text.lower() not in ("and", "but"):
        return _new_subject_after_and(attributor, k, start)
    # `In a statement released on Monday, X described ... but suggested ...`: not the adjunct's participle
    clause_start = past_opening_adjunct(attributor.text, start, tokens[conjunction].start)
    first_verb = _FIRST_VERB.search(attributor.text, clause_start, tokens[conjunction].start)
    if first_verb is None:
        return None
    verb = attributor.tokens.first_at_or_after(first_verb.start())
    if verb >= conjunction or tokens[verb].start != first_verb.start():
        return None
    return attributor.speaker_before(verb, start)


#: The most words of a new subject (and its auxiliaries) between `and` and a speech verb.
MAX_SUBJECT_AFTER_AND = 4


def _new_subject_after_and(attributor: Attributor, k: int, start: int) -> Mention | None:
    """`X had a fake passport and police have said that ...`: a clause of its own after `and`/`but`
    (a verb before it), whose subject is the few words after the conjunction."""
    tokens = attributor.tokens.tokens
    for j in range(k - 1, max(k - 2 - MAX_SUBJECT_AFTER_AND, 0), -1):
        if "," in attributor.tokens.gap(j, j + 1):
            return None  # `..., and disruption of daily activities, warned that`: the end of an insertion
        word = tokens[j].text.lower()
        if word in ("and", "but"):
            if tokens[j].start <= start or _FIRST_VERB.search(attributor.text, start, tokens[j].start) is None:
                return None  # `Thai and Lao authorities said`: `and` inside the subject
            return attributor.speaker_before(k, tokens[j + 1].start)
        if not tokens[j].text.isalpha():
            return None
    return None

"""The reported clause of indirect speech: where it starts and ends, and what is not a report
(a purpose, a directive, a noun-phrase object, a fragment). Appositions skipped before it are in
:mod:`appositions`, the predicate test in :mod:`predicates`, a clause or an object after a
[direct_only] verb in :mod:`clause_or_object`."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clause_adjuncts import past_addressee_comma, past_adjunct
from annotator.nlp.indirect.closing_cue_trim import closing_cue_start
from annotator.nlp.indirect.closing_occasion import occasion_alone
from annotator.nlp.indirect.coordinated_clause import coordinated_end
from annotator.nlp.indirect.demonstrative_object import points_back
from annotator.nlp.indirect.participle_no_comma import bare_continuation
from annotator.nlp.indirect.predicates import has_predicate, verb_like
from annotator.nlp.indirect.remark_tail import remark_tail_start
from annotator.nlp.indirect.short_reports import minimum_words
from annotator.nlp.indirect.speech_occasion import past_occasion
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.text.marks import CLOSING_MARKS_WITH_GUILLEMETS

COMPLEMENTISERS = speech_words()["complementisers"]
#: A clause opening with one of these is a directive or a purpose, not reported speech.
_NOT_SPEECH_START = speech_words()["not_speech_start"]
#: Verbs of request and command: a report that opens with one is a directive (`..., meminta agar ...`).
_DIRECTIVES = speech_words()["directives"]
#: First words of a noun-phrase object (`menegaskan pentingnya ...`, `stressed the importance of`).
_NOUN_PHRASE_OPENERS = speech_words()["noun_phrase_openers"]
_CONSEQUENCE_OPENERS = frozenset(speech_words()["consequence_openers"])
ARTICLES = speech_words()["english_articles"]
CONCESSIONS = speech_words()["concessions"]
#: A source named after the reported clause ends it.
_SOURCE_TAIL = ", according to "
#: An agency relaying the report, closing the clause (`, the Associated Press reported Saturday`,
#: `, state media reported`, `, as quoted by Antara news agency`,
#: `, reports Xinhua news agency`).
_RELAYED_BY = re.compile(
    r",\s+(?:(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|(?:state|local|official)\s+media)\s+reported(?:\s+on)?(?:\s+[A-Z][a-z]+day|\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\s+\d{1,2}\s+[A-Z][a-z]{2,8})?"
    r"|reports?\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[\w.]+){0,3}"
    r"|as\s+quoted\s+by\s+\S+(?:\s+[\w.]+){0,3})\s*[.!?]?\s*$"
)
#: A speech participle after a comma ends the report: it reports more of the same speaker, which
#: its own rule finds (`said the road was closed, adding that rain fell`, `, while adding that`,
#: `was a "pilot run," adding that`).
#: `, citing a lack of evidence` (the speaker's grounds) and `, urging the jury to ...` (a request)
#: end it too; `, ruling` only with `that` (`, ruling party members ...` goes on).
_THAT_BOUND = speech_words()["that_bound_participles_en"]
_ENDING_PARTICIPLES = (
    speech_words()["participles"] | speech_words()["grounds_participles"] | speech_words()["request_participles_en"]
) - _THAT_BOUND
_PARTICIPLE_AFTER = re.compile(
    r",[\"”’']?\s+(?:while\s+)?(?:"
    + "|".join(sorted(_ENDING_PARTICIPLES))
    + r"|(?:"
    + "|".join(sorted(_THAT_BOUND))
    + r")(?=\s+that\b))\s"
    # what the words led to, before a reaction (`, sparking fears of ...`, en_indirect24)
    + r"|,\s+(?:" + "|".join(sorted(speech_words()["consequence_participles_en"])) + r")\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(speech_words()["consequence_reactions_en"])) + r")\b"
)
#: Marks a page sets after the article's last full stop (`... sesuai aturan yang berlaku.*`,
#: `... proses lebih lanjut.*****`): the end of the page, no part of a report that ends there.
_PAGE_END_MARKS = "*"
#: Clauses shorter than this are objects or fragments, not reported speech.
MIN_WORDS = 4
INDIRECT_SCORE = 0.6
#: Finite verbs after `that` that make it the report's subject, no complementiser (`said that was
#: not true`, `said that meant ...`).
_DEMONSTRATIVE_VERBS = speech_words()["demonstrative_that_verbs_en"]


def demonstrative_subject(words: list[str]) -> bool:
    """Whether a report's first word `that` is its subject, a demonstrative pointing back (`He
    said that was not true`, `Mr Malik said that went for the president too`): a finite verb
    follows it at once, so it stays in the report."""
    return len(words) > 1 and words[0] == "that" and words[1] in _DEMONSTRATIVE_VERBS


def conditional_opening(words: list[str], after_comma: bool = False) -> bool:
    """Whether a report's first word is `jika pun`/`kalaupun` (`menandaskan, jika pun terpaksa, ...`):
    a concession that belongs to the report, not a complementiser (`mengatakan jika ...`); or, right
    after the cue's comma (``after_comma``), a conditional `jika`/`kalau`/`apabila` whose clause
    ends at a comma before its consequent (`menambahkan, jika jembatan selesai, (maka) warga ...`),
    which the real set keeps in the item. With no comma after the cue (`mengatakan jika ...`) or no
    consequent after a comma, `jika` stays a complementiser."""
    first = words[0].lower().rstrip(",")
    if first in ("jikapun", "kalaupun"):
        return True
    if first in ("jika", "kalau") and len(words) > 1 and words[1].lower().rstrip(",") == "pun":
        return True
    return after_comma and first in _CONDITIONALS and _has_consequent(words)


#: Conditional conjunctions that open a reported conditional after the cue's comma.
_CONDITIONALS = frozenset(speech_words()["reported_conditionals"])
#: The fewest words of the condition and of the consequent after its comma.
_MIN_CONDITION_WORDS, _MIN_CONSEQUENT_WORDS = 3, 3


#: Words after the first comma that make it a list's or an apposition's (`jika pelaku, yakni AS
#: dan BR, ...`), not the comma before a consequent.
_NOT_CONSEQUENT = frozenset(speech_words()["not_consequent_openers"])


def _has_consequent(words: list[str]) -> bool:
    """Whether the condition that ``words`` open ends at a comma with a clause after it; a `yang`
    before that comma makes it a relative clause's (`jika pelaku yang ditahan, ...`)."""
    for i, word in enumerate(words[:-1]):
        if word.lower() == "yang":
            return False
        if word.endswith(","):
            after = words[i + 1].lower().strip(",")
            return (
                i + 1 >= _MIN_CONDITION_WORDS
                and len(words) - i - 1 >= _MIN_CONSEQUENT_WORDS
                and after not in _NOT_CONSEQUENT
            )
    return False


def reported_clause(
    attributor: Attributor,
    begin: int,
    end: int,
    *,
    whole_sentence: bool = False,
    inner_source: bool = False,
    closed: bool = False,
) -> Mention | None:
    """The report between ``begin`` and ``end``, or None when it is no report. With
    ``whole_sentence`` (a cue inside the clause) a first `jika`/`bahwa` is the sentence's own; with
    ``inner_source`` the `, according to` inside is the cue, not a source closing the clause; with
    ``closed`` the cue or source follows ``end`` (`..., but claimed ..., media reported`), so no
    coordinated clause is cut off."""
    text = attributor.text
    end = coordinated_end(attributor, begin, end, closed=closed)  # `..., but urged ...` ends the report
    participle = _PARTICIPLE_AFTER.search(text, begin, end)
    if participle is not None:
        end = participle.start()
    elif attributor.english and (bare := bare_continuation(text, begin, end)) is not None:
        end = bare  # `said the road was closed adding that ...`
    source = -1 if inner_source else text.find(_SOURCE_TAIL, begin, end)
    if source > begin:
        end = source  # `said two men were arrested, according to a report by ...`: the source is no speech
    relayed = _RELAYED_BY.search(text, begin, end) if "report" in text[begin:end] or "quoted by" in text[begin:end] else None
    if relayed is not None and relayed.start() > begin:
        end = relayed.start()  # `..., the Associated Press reported Saturday`: the agency relaying it is no speech
    while begin < end and (text[begin].isspace() or text[begin] in ",:"):
        begin += 1
    #: Whether the report follows its complementiser, which makes its first words a subject.
    introduced = False
    if not whole_sentence:
        begin = _past_adverb(text, begin, end)  # `menegaskan pula tidak ada ...`
        adjunct_end = past_adjunct(text, begin, end, COMPLEMENTISERS)  # `mengatakan kepada wartawan bahwa ...`
        introduced, begin = adjunct_end != begin, adjunct_end
        begin = past_addressee_comma(text, begin, end)  # `mengatakan kepada wartawan, warga sudah ...`
        begin = past_occasion(text, begin, end)  # `mengatakan saat dikonfirmasi, pelaku ...`
    words = text[begin:end].split()
    if (
        words
        and words[0].lower().rstrip(",:") in COMPLEMENTISERS
        and not whole_sentence
        and not conditional_opening(words, after_comma=text[:begin].rstrip().endswith(","))
        and not demonstrative_subject(words)
    ):
        introduced = True
        begin = text.index(words[0], begin) + len(words[0])
        while begin < end and (text[begin].isspace() or text[begin] in ",:"):
            begin += 1  # `mengatakan bahwa, hal itu ...`, `bahwa: ...`: the mark after the complementiser stays out
    begin = _past_opening_mark(text, begin, end)
    credit = _AGENCY_CREDIT.search(text, begin, end) if _ends_with_bracket(text, begin, end) else None
    if credit is not None:
        end = credit.start()  # `... for prosecution.(NAN)`: the agency's credit is no part of the report
    remark = remark_tail_start(attributor, begin, end)
    if remark is not None:
        end = remark  # `..., Hal ini disampaikannya saat ...`: where and when, no part of the report
    second_cue = closing_cue_start(attributor, begin, end) if not whole_sentence else None
    if second_cue is not None:
        end = second_cue  # `mengatakan harga masih stabil(,) katanya.`: the second cue is no part of it
        while end > begin and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
    while end > begin and (text[end - 1].isspace() or text[end - 1] in _PAGE_END_MARKS):
        end -= 1
    while end > begin and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    if end > begin and text[end - 1] in CLOSING_MARKS_WITH_GUILLEMETS:
        # `said the groups "have links abroad."`, `... in public places».`: a quoted phrase closing the
        # report leaves its closing mark (and a full stop inside it) outside; `!` and `?` are the words' own.
        while end > begin and text[end - 1] in CLOSING_MARKS_WITH_GUILLEMETS:
            end -= 1
        while end > begin and (text[end - 1].isspace() or text[end - 1] == "."):
            end -= 1
    words = text[begin:end].split()
    if len(words) < minimum_words(attributor, begin, introduced, words) or not text[begin : begin + 1].isalnum():
        return None
    # A purpose or a noun-phrase object follows a verb; a whole sentence is neither (`For this reason, ...`).
    head = words[1] if words[0].lower() in ARTICLES else words[0]
    noun_phrase = head.lower().strip(",") in _NOUN_PHRASE_OPENERS and not (
        attributor.analysis.lang == "id" and _clause_after_comma(text, begin, words)
    )
    # `adding that, for any new policy, it would ...`: after `that` a clause may open with `for`.
    after_that = re.search(r"\bthat[\s,]*$", text[max(0, begin - 12) : begin]) is not None
    purpose = _purpose(words) and not (after_that and words[0].lower() == "for")
    if not whole_sentence and not introduced and words[0].lower() in _CONSEQUENCE_OPENERS:
        return None  # `Yono menyangkal sehingga mereka dibawa ...`: what followed, not what was said
    if not whole_sentence and words[0].lower() in _DIRECTIVES:
        return None  # `mengatakan, meminta agar bupati ...`: a request after the verb, not a report
    if not whole_sentence and not introduced and (purpose or noun_phrase):
        return None  # after `bahwa` the same words are the report's subject (`bahwa rincian kasus akan ...`)
    if not whole_sentence and attributor.analysis.lang == "en" and words[0] in _EN_AUXILIARIES:
        return None  # `Man held at border says was present at ...`: a predicate without its subject
    if not whole_sentence and attributor.analysis.lang == "en" and words[0] in ("and", "but"):
        return None  # `Firemen responded and the fire was put out`: a second clause, no report
    opening = words[: MIN_WORDS + 3]
    if (
        not whole_sentence
        and not introduced
        and not after_that  # `said that their demand bore fruit`: after `that` the possessive opens a subject
        and words[0] in _POSSESSIVES
        and not has_predicate(" ".join(opening))
        and not any(word.endswith(("ed", "es")) for word in opening[2:])
    ):
        return None  # `reiterated Tuesday its warning on ...`: a noun-phrase object, not a clause
    if not whole_sentence and words[0].lower() in _DEMONSTRATIVES and words[1].lower() in WHEN_WORDS:
        return None  # `He said this when asked about ...`: the object `this` points back, no report follows
    if not whole_sentence and not introduced and words[0].lower() in _DEMONSTRATIVES and words[1] in _OCCASION_PREPOSITIONS:
        return None  # `He said this in a statement today.`: where it was said, no report
    if not whole_sentence and attributor.analysis.lang == "en" and occasion_alone(words):
        return None  # `she said in comments to a TV channel.`: where it was said, no report
    if not whole_sentence and not introduced and attributor.analysis.lang == "id" and points_back(words):
        return None  # `mengatakan hal itu dalam keterangan tertulisnya`: the object points back, no report
    if words[0].lower() == "as" and words[1].lower() == "quoted":
        return None  # `said on Monday as quoted by kompas.com`: the outlet relaying it, no report
    if not whole_sentence and words[0].lower() in WHEN_WORDS and words[1].lower().endswith(("ed", "ing")):
        return None  # `what X said when asked to comment ...`, `said while visiting ...`: a time clause, no report
    return Mention(begin, end, "QUOTE", score=INDIRECT_SCORE, attrs={"type": "indirect"}, rule="indirect_speech")


#: Adverbs right after the speech verb, before its report (`menegaskan pula ...`).
_ADVERBS_AFTER_VERB = speech_words()["adverbs_after_verb"]


def _past_adverb(text: str, begin: int, end: int) -> int:
    """Where the report starts when an adverb of ``_ADVERBS_AFTER_VERB`` opens the text at ``begin``."""
    rest = text[begin:end]
    stripped = rest.lstrip()
    word = stripped.split(None, 1)[0] if stripped else ""
    if word.lower().rstrip(",") not in _ADVERBS_AFTER_VERB:
        return begin
    offset = begin + (len(rest) - len(stripped)) + len(word)
    while offset < end and text[offset].isspace():
        offset += 1
    return offset


def _clause_after_comma(text: str, begin: int, words: list[str]) -> bool:
    """`mengatakan, kronologi kejadian bermula saat ...`: after a comma a noun that is no -nya form
    and a verb within a few words make a clause of its own, not the object (`membantah, adanya ...`)."""
    if not text[:begin].rstrip().endswith(",") or words[0].lower().endswith("nya"):
        return False
    return any(verb_like(word) for word in words[1:4])


#: English auxiliaries that cannot open a reported clause, which needs a subject first.
_EN_AUXILIARIES = speech_words()["auxiliaries_before_subject"]
#: English possessives opening a noun-phrase object (`its warning on ...`), unless a predicate soon follows.
_POSSESSIVES = speech_words()["object_possessives"]
#: An agency's credit glued after the last full stop (`... for prosecution.(NAN)`, `... year. (dpa)`),
#: with the editors' initials (`....(ant/dwi)`), or a known credit before it (`... terdampak (ant).`;
#: other short words in brackets there are the report's own, `... senjata tajam (sajam).`).
_AGENCY_CREDIT = re.compile(
    r"(?:[.!?]\s*\([A-Za-z]{2,10}(?:/[A-Za-z]{1,10}){0,3}\)|\s\((?i:"
    + "|".join(sorted(speech_words()["agency_credits"]))
    + r")(?:/[A-Za-z]{1,10}){0,3}\)[.!?]?)\s*$"
)


def _ends_with_bracket(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` ends with `)`, or `)` and `.`, `!` or `?`, before any white space:
    every match of `_AGENCY_CREDIT` does, so a clause that does not is not searched (the pattern,
    anchored at the end, would be tried at each full stop and white space of the clause)."""
    k = end
    while k > begin and text[k - 1].isspace():
        k -= 1
    if k > begin and text[k - 1] in ".!?":
        k -= 1
    return k > begin and text[k - 1] == ")"


#: A demonstrative object of a speech verb and a time clause after it (`said this when asked ...`).
_DEMONSTRATIVES = speech_words()["demonstrative_speech_objects"]
WHEN_WORDS = speech_words()["when_words"]
#: English prepositions of where or how something was said (`said this in a statement`, `at a briefing`).
_OCCASION_PREPOSITIONS = speech_words()["occasion_prepositions_en"]
#: Indonesian verb prefixes: `untuk` before a verb is a purpose (`untuk menjaga ...`), before a noun a topic.
_VERB_PREFIXES = ("me", "ber", "di", "ter")
#: Words after a closing mark that make the quote the whole clause (`said that “...” when asked`).
_AFTER_WHOLE_QUOTE = speech_words()["after_whole_quote"]


def _past_opening_mark(text: str, begin: int, end: int) -> int:
    """`stated that "some spy agencies" may be seeking ...`: a report opening with a quoted phrase
    starts after its opening mark (the phrase stays inside, as the shared decisions ask), when the
    phrase closes and the report goes on after it."""
    if begin >= end or text[begin] not in "\"“":
        return begin
    closing = re.compile(r"[\"”]").search(text, begin + 1, end)
    after = text[closing.end() : end].split() if closing is not None else []
    if len(after) < 2 or not after[0].isalpha() or not after[0].islower() or after[0] in _AFTER_WHOLE_QUOTE:
        return begin  # `said that “...” when asked about ...`: the quote is the whole clause, a direct quote
    return begin + 1


def _purpose(words: list[str]) -> bool:
    """A clause that opens with a purpose or a directive (`agar ...`, `untuk menjaga ...`, `to ...`);
    `untuk kenyamanan sopir, ...` (a topic) is still a report."""
    first = words[0].lower()
    if first not in _NOT_SPEECH_START:
        return False
    if first in ("untuk", "demi") and len(words) > 1:
        return words[1].lower().startswith(_VERB_PREFIXES)
    # `said for the time being, cancelling the deal was ...`: a time or topic, then the clause.
    return not (first == "for" and any(word.endswith(",") for word in words[1:MAX_FOR_PHRASE_WORDS]))


#: The most words of a `for` phrase closed by a comma that opens a report (`for the time being,`).
MAX_FOR_PHRASE_WORDS = 5

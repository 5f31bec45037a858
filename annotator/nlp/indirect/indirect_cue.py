"""The report that one cue word of a sentence opens (``indirect_at``): after `menurut` /
`according to` (``indirect_according``), after a clitic cue opening the sentence
(`Dijelaskannya, ...`, `Menurutnya ...`), or after a speech verb with its speaker before it
(`X mengatakan (bahwa) ...`, `X said (that) ...`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.adjunct_before_inner import adverbial_before_inner_cue
from annotator.nlp.indirect.clause_adjuncts import english_that_after_adjunct
from annotator.nlp.indirect.clause_or_object import naming, subject_first
from annotator.nlp.indirect.clauses import COMPLEMENTISERS, INDIRECT_SCORE, WHEN_WORDS, demonstrative_subject, reported_clause
from annotator.nlp.indirect.clitic_according_inside import clitic_inside
from annotator.nlp.indirect.connectives import connective_only
from annotator.nlp.indirect.indirect_according import according_report
from annotator.nlp.indirect.indirect_backward import reports_backward_only
from annotator.nlp.indirect.indirect_forms import WHEN
from annotator.nlp.indirect.inner_speech_verb import inner_verb_before
from annotator.nlp.indirect.lower_according import is_lower_passive
from annotator.nlp.indirect.opening_cue import BEFORE_OPENING_CUE
from annotator.nlp.indirect.passive_clitic_inside import passive_clitic_inside
from annotator.nlp.indirect.quoted_saying import closes_sentence
from annotator.nlp.indirect.relative_object import relative_object
from annotator.nlp.indirect.report_bounds import (
    adjunct_first,
    clause_begin_after_verb,
    coordinated_subject,
    second_verb_report,
    subordinate_end,
)
from annotator.nlp.indirect.report_last import inverted_report, predicate_first
from annotator.nlp.indirect.report_occasion import past_occasion
from annotator.nlp.indirect.second_verb_id import and_verb_report
from annotator.nlp.indirect.speech_occasion import occasion_then_comma
from annotator.nlp.indirect.unmarked_cues import only_a_date
from annotator.nlp.resources import speech_word_list, speech_words
from annotator.nlp.speakers.addressee import RELATIVE_ON_ADDRESSEE, after_addressee, reads_as_clause
from annotator.nlp.speakers.addressee_that import addressee_before_that, addresses
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.speakers.cue_not_verb import cue_word_idiom, not_a_verb
from annotator.nlp.speakers.speech_chains import chain_start

_PASSIVE_AUXILIARIES = speech_words()["passive_auxiliaries"]
#: Adverbs between a passive auxiliary and the participle (`was later informed`).
_ADVERBS = speech_words()["adverbs"]
#: Verbs of request and command (`asked that ...`, `meminta agar ...`): a directive, never a report.
_DIRECTIVES = speech_words()["directives"]
#: Bare -kan stems of the object-focus form (`Dia jelaskan, ...`): a verb only in small letters.
_OBJECT_FOCUS_STEMS = frozenset(speech_words()["object_focus_stems"])
#: What may stand between a speech verb and the `that` of its clause: nothing, a time or a place
#: (`said on Monday that`, `said here on Monday that`, `said in a statement that`, `said Sunday, that`,
#: `said Reuters that`; `explained further that` with the adverb right before `that`), never a noun
#: phrase (`say the toll ... that`). `told` takes whom it told first, so any words.
_SOON_BEFORE_THAT = re.compile(
    r"\s*(?:$|(?:" + "|".join(speech_word_list("adverbs_right_before_that_en")) + r")\s*$|(?:"
    + "".join(f"{word}|" for word in speech_word_list("before_that_words"))
    + r"[A-Z][\w'’]*|[a-z]+ly)\b|,\s*[a-z]+(?:\s+[a-z]+){0,2},\s*$)"  # `suggested strongly that`, `said, however, that`
)


def _opens_sentence(attributor: Attributor, k: int, start: int) -> bool:
    """Whether the word at ``k`` opens its sentence, capitalised, or comes after at most two
    connectives (`Lebih lanjut dikatakannya, ...`, `Namun diakuinya ...`) or one connective phrase
    (`Meski demikian, tambahnya, ...`)."""
    tokens = attributor.tokens.tokens
    if k == attributor.tokens.first_at_or_after(start):
        return tokens[k].is_cap
    opening = attributor.text[start : tokens[k].start]
    before = opening.replace(",", " ").split()  # `Namun, tambahnya, ...`: the connective's comma
    return (len(before) <= 2 and all(word.lower() in BEFORE_OPENING_CUE for word in before)) or connective_only(opening)


def _opening_clitic(attributor: Attributor, k: int) -> bool:
    """A clitic cue (`Lanjutnya`, `Dijelaskannya`) followed by a comma or a small word, not `Katanya`
    used as hearsay inside a sentence."""
    word = attributor.tokens.tokens[k].text.lower()
    return word.endswith("nya") and word != "menurutnya" and attributor.cues.clitic(k)


def _occasion_after(rest: str) -> bool:
    """`Disampaikannya usai rapat paripurna di ...`: a time clause right after the cue, with no comma
    between, tells when it was said, not what (`Dijelaskannya, saat ini ...` and `saat ini` report)."""
    words = rest.split(None, 2)
    if not words or words[0].lower() not in WHEN_WORDS:
        return False
    return len(words) < 2 or words[1].lower().strip(",") not in ("ini", "itu")


#: Quantifiers that speak as a group when they open the sentence (`Many pointed out that ...`).
_QUANTIFIERS = speech_words()["group_quantifiers"]
#: A preposition and a determiner right after the verb (`stressed on the need ...`): its object, no report.
_OBJECT_PREPOSITION = re.compile(
    r"\s*(?:" + "|".join(speech_word_list("object_prepositions_en"))
    + r")\s+(?:" + "|".join(speech_word_list("noun_phrase_determiners_en")) + r")\s"
)


def _quantifier(attributor: Attributor, k: int, start: int) -> Mention | None:
    """`Many pointed out that ...`: a quantifier alone before the verb, at the sentence start, is the
    (unresolved) speaker."""
    if k == 0 or attributor.tokens.first_at_or_after(start) != k - 1:
        return None
    if attributor.tokens.tokens[k - 1].text.lower() not in _QUANTIFIERS:
        return None
    return attributor.token_mention(k - 1, k - 1, "SPEAKER", kind="role")


#: The most words after a closing `told` (`..., X told a news conference in Manila on Monday.`).
MAX_WORDS_AFTER_TOLD = 8


#: Whom `told` addressed (and where or when), then a participle of the speaker (`told the Herald,
#: asking not to be named`, `told NBC News on Sunday night, calling the flooding ...`).
_PARTICIPLE_ON_ADDRESSEE = re.compile(r"(?:[\w'’.-]+\s+){0,6}[\w'’.-]+,\s+(?:while\s+)?[a-z]+ing\b")


def _closing_told(attributor: Attributor, verb: str, k: int, verb_end: int, start: int, end: int) -> bool:
    """`..., Interior Secretary X told reporters.`: `told` and whom it told close a sentence whose
    report came before a comma, so the sentence is read as an inverted report."""
    text, tokens = attributor.text, attributor.tokens.tokens
    if verb not in ("told", "informed") or "," not in text[start : tokens[k].start]:
        return False
    rest = text[tokens[verb_end - 1].end : end].strip(" .!?")
    if RELATIVE_ON_ADDRESSEE.match(rest) or _PARTICIPLE_ON_ADDRESSEE.match(rest):
        rest = rest[: rest.find(",")]  # `..., X told the paper, which is close to ...`, `..., asking not to be named`
    return len(rest.split()) <= MAX_WORDS_AFTER_TOLD and not reads_as_clause(rest) and " that " not in f" {rest} "


def indirect_at(attributor: Attributor, k: int, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The report that the cue word ``k`` opens in the sentence ``start``..``end``, with its cue and speaker."""
    tokens = attributor.tokens.tokens
    if attributor.analysis.lang == "en" and cue_word_idiom(attributor, k):
        return None  # `All told, 40 people were hurt`
    according_end = attributor.cues.according(k)
    if (
        according_end is None
        and is_lower_passive(attributor, k)
        and (
            len(attributor.text[start : tokens[k].start].split()) <= 2
            or connective_only(attributor.text[start : tokens[k].start])  # `Oleh karena itu, menurut X, ...`
        )
    ):
        according_end = k + 1  # `Namun menurut X, ...`, `Lebih jauh disampaikan X, ...`
    if according_end is not None:
        return according_report(attributor, k, according_end, start, end)
    if _opens_sentence(attributor, k, start) and _opening_clitic(attributor, k):
        # `Dijelaskannya, ...`, `Lanjutnya, ...`: a clitic cue opening the sentence is cue and speaker.
        clause = reported_clause(attributor, tokens[k].end, end)
        if clause is None or _occasion_after(attributor.text[tokens[k].end : end]) or only_a_date(attributor, clause):
            return None  # `Disampaikannya usai rapat ...`, `Sebutnya Senin (3/5).`: when, not what
        mention = attributor.token_mention(k, k, "SPEAKER", kind="clitic")
        return clause, Attribution(attributor.token_mention(k, k, "CUE"), mention, INDIRECT_SCORE)
    if attributor.cues.clitic(k) and (inside := passive_clitic_inside(attributor, k, start, end)) is not None:
        # `Jumlah laporan itu diakuinya tersebar ...`: the clitic passive inside its clause
        mention = attributor.token_mention(k, k, "SPEAKER", kind="clitic")
        return inside, Attribution(attributor.token_mention(k, k, "CUE"), mention, INDIRECT_SCORE)
    if tokens[k].text.lower().startswith("menurut") and attributor.cues.clitic(k):
        comma = attributor.text.find(",", tokens[k].end, end)
        if not attributor.text[start : tokens[k].start].strip() and not attributor.text[tokens[k].end :].startswith(","):
            comma = -1  # `Menurutnya warga diungsikan ke ..., yakni ...`: no comma after the cue
        clause = (
            clitic_inside(attributor, k, start, end)  # `Kerja sama itu, menurutnya, perlu ...`: the whole clause
            # `Begitu jembatan selesai, menurutnya, warga ...`: the adverbial stays in the item
            or adverbial_before_inner_cue(attributor, start, tokens[k].start, attributor.text[tokens[k].end : end], end)
            or reported_clause(attributor, comma + 1 if comma >= 0 else tokens[k].end, end)
        )
        opening = attributor.text[start : tokens[k].start].rstrip()
        inside = comma < 0 and (predicate_first(attributor.text[tokens[k].end : end]) or adjunct_first(opening.split()))
        if (clause is None or inside) and opening and not opening.endswith(","):
            # `Penangkapan itu menurutnya juga akan bertambah`: too little after the cue, or a predicate
            # without its subject, so the cue stands inside the clause, which is the whole sentence.
            clause = reported_clause(attributor, start, end, whole_sentence=True)
        if clause is None:
            return None
        mention = attributor.token_mention(k, k, "SPEAKER", kind="clitic")
        return clause, Attribution(attributor.token_mention(k, k, "CUE"), mention, INDIRECT_SCORE)
    match = attributor.lex.cues_before.match(attributor.tokens, k)
    if match is None:
        return None
    verb_end = match[0]
    if match[1].lower() in _DIRECTIVES:
        return None  # `asked that anyone ...`, `meminta agar ...`: a directive
    if match[1].lower() in _OBJECT_FOCUS_STEMS and not tokens[k].text.islower():
        return None  # `Ketua DPRD Tegaskan Tak Ada ...`: a headline's capitalised stem, no report
    if k > 0 and (
        tokens[k - 1].text.lower() in _PASSIVE_AUXILIARIES
        or (
            k > 1
            and (tokens[k - 1].text.lower().endswith("ly") or tokens[k - 1].text.lower() in _ADVERBS)
            and tokens[k - 2].text.lower() in _PASSIVE_AUXILIARIES
        )  # `was later informed that ...`: told, not telling
    ):
        return None  # `was declared eliminated`, `was previously reported`: a passive, not someone speaking
    if not_a_verb(attributor, k, verb_end):
        return None
    if attributor.cues.not_reporting(k, clause=True):
        return None  # `ia tak bisa menjelaskan langsung`, `diminta untuk mengingatkan`: nothing reported
    addressee_end: int | None = None
    if match[1] in attributor.lex.res.cues_direct_only:
        after = attributor.text[tokens[verb_end - 1].end : tokens[verb_end - 1].end + 40].lstrip()
        english_that = attributor.analysis.lang == "en" and (
            re.search(r"\bthat\b", after)
            or english_that_after_adjunct(attributor.text, tokens[verb_end - 1].end, end, any_words=True) is not None
        )  # `told reporters before leaving for X that ...`
        if not (
            after.startswith(",")
            or after.split(" ", 1)[0].lower().rstrip(",") in COMPLEMENTISERS  # `menyampaikan bahwa, ...` too
            or english_that
            or occasion_then_comma(attributor.text, tokens[verb_end - 1].end, end)  # `menyampaikan dalam paparannya, ...`
            or subject_first(
                attributor,
                match[1],
                attributor.text[tokens[verb_end - 1].end : end].lstrip(),
                relative=k > 0 and tokens[k - 1].text.lower() == "yang",
            )
        ):
            addressee_end = after_addressee(attributor, verb_end, end) if match[1] == "told" else None
            closing = _closing_told(attributor, match[1], k, verb_end, start, end) or closes_sentence(
                attributor, verb_end, end
            )  # `..., security officials have reported.`: the verb closes an inverted report
            if addressee_end is None and not closing:
                return None  # `mengimbau warga untuk ...`, `menyampaikan hasil survei`: not speech
    if addressee_end is None and addresses(match[1]):
        addressee_end = after_addressee(attributor, verb_end, end)  # `reassured residents [their homes were ...]`
    inverted = inverted_report(attributor, k, verb_end, start, end)
    if inverted is not None or reports_backward_only(match[1], attributor.analysis.lang):
        return inverted
    speaker = (
        coordinated_subject(attributor, k, start)
        or attributor.speaker_before(chain_start(attributor.tokens, k), start)  # `X went on to say`: X
        or _quantifier(attributor, k, start)
    )
    if speaker is None:
        return None
    clause_begin = tokens[verb_end - 1].end if addressee_end is None else addressee_end
    if attributor.analysis.lang == "en" and addressee_end is None:
        # `said on Monday that ...`: the clause starts after `that` when it comes soon.
        that = re.search(r"\bthat\b", attributor.text[clause_begin : min(end, clause_begin + 40)])
        before_that = attributor.text[clause_begin : clause_begin + that.start()] if that else ""
        if (
            that
            and match[1] != "told"
            and not _SOON_BEFORE_THAT.match(before_that)
            and not addressee_before_that(match[1], before_that)  # `warned residents that ...`
        ):
            that = None  # `say the death toll from a tsunami that barreled ...`: a relative `that`
        if that and inner_verb_before(attributor, clause_begin, clause_begin + that.start()):
            that = None  # `said Adjei told the police that ...`: the `that` is the inner verb's
        far_that = None if that else english_that_after_adjunct(attributor.text, clause_begin, end, any_words=match[1] == "told")
        if that is None and far_that is None and match[1] in attributor.lex.res.cues_direct_only:
            after = attributor.text[clause_begin:end].lstrip()
            if not after.startswith(",") and not subject_first(attributor, match[1], after):
                return None  # `denied the charges that ...`: a verb with an object reports only with `that`
        if (
            that
            and not before_that.strip()
            and demonstrative_subject(attributor.text[clause_begin + that.start() : end].split(None, 2))
        ):
            clause_begin += that.start()  # `said that was not true`: `that` is the report's subject
        elif that:
            clause_begin += that.end()
        elif far_that is not None:
            clause_begin = far_that  # `said in its statement, published on ..., that ...`
        else:
            # `officials said Sunday the death toll ...`: a time word is not part of the report.
            when = WHEN.match(attributor.text, clause_begin, end)
            if when:
                clause_begin = when.end()
            clause_begin = past_occasion(attributor.text, clause_begin, end)  # `said in a statement the ...`
            if _OBJECT_PREPOSITION.match(attributor.text, clause_begin, end):
                return None  # `stressed on the need for unity`: an object, nothing reported
    clause = reported_clause(attributor, clause_begin, subordinate_end(attributor, start, k, clause_begin, end))
    if clause is None or naming(attributor.text, match[1], clause):
        return None
    if clause.start == clause_begin_after_verb(attributor, verb_end):
        second = second_verb_report(attributor, clause, speaker, end) or and_verb_report(
            attributor, match[1], clause, speaker, end
        )  # `membenarkan kejadian itu dan memastikan ...`
        if second is not None:
            return second  # `confirmed the arrests and said that ...`: the object is no report, the next verb's clause is
        if attributor.analysis.lang == "id" and relative_object(match[1], attributor.text[clause.start : clause.end].split()):
            return None  # `membantah isu yang beredar di media sosial`: an object and its relative clause
    elif _object_after_comma(attributor, match[1], verb_end, clause):
        return None  # `mencontohkan, persoalan yang dialami petani`: the example is a noun phrase
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, speaker, INDIRECT_SCORE)


def _object_after_comma(attributor: Attributor, verb: str, verb_end: int, clause: Mention) -> bool:
    """Whether an Indonesian verb of [direct_only] is followed by only a comma and then a noun phrase
    with a relative clause and no predicate of its own (`mencontohkan, persoalan yang dialami ...`)."""
    if attributor.analysis.lang != "id" or verb not in attributor.lex.res.cues_direct_only:
        return False
    between = attributor.text[attributor.tokens.tokens[verb_end - 1].end : clause.start].strip()
    return between == "," and relative_object(verb, attributor.text[clause.start : clause.end].split())

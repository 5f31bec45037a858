"""Indirect speech: `X mengatakan (bahwa) ...`, `Menurut X, ...`, `X said (that) ...`.

The QUOTE (``attrs.type = "indirect"``) covers the reported clause without `bahwa`/`that` and
without the final full stop. Sentences that hold a direct quote are left alone, so a direct quote
is never taken for indirect speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.nlp import according_inside
from annotator.nlp.according_lists import subject_after_role
from annotator.nlp.according_unmarked import (
    according_mid_sentence,
    according_unmarked,
    comma_left_out,
    mid_sentence_cues,
)
from annotator.nlp.addressee import after_addressee, reads_as_clause
from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.attribution import Attribution, Attributor
from annotator.nlp.clause_adjuncts import english_that_after_adjunct
from annotator.nlp.clauses import (
    COMPLEMENTISERS,
    INDIRECT_SCORE,
    WHEN_WORDS,
    naming,
    past_apposition,
    reported_clause,
    subject_first,
)
from annotator.nlp.continuation import continue_reported_speech
from annotator.nlp.coordinated_report import coordinated_report
from annotator.nlp.cue_not_verb import not_a_verb
from annotator.nlp.document_speaker import with_agent
from annotator.nlp.indirect_backward import reports_backward_only
from annotator.nlp.indirect_forms import (
    BEFORE_OPENING_CUE,
    PARTICIPLES,
    WHEN,
    according_last,
    cue_inside_unpunctuated,
    opening_cue,
    participle_after_quote,
    participle_in,
)
from annotator.nlp.indirect_gerund import gerund_report
from annotator.nlp.indirect_question import question_report
from annotator.nlp.indirect_relative import relative_report
from annotator.nlp.indirect_remark import remark_on_previous
from annotator.nlp.lower_according import is_lower_passive, lower_passive_cues
from annotator.nlp.passive_quoted import passive_quoted
from annotator.nlp.passive_report import passive_report
from annotator.nlp.pattern_needs import finditer
from annotator.nlp.quoted_saying import closes_sentence, quoted_as_saying, that_only_report, that_only_verbs
from annotator.nlp.report_bounds import (
    adjunct_first,
    clause_begin_after_verb,
    coordinated_subject,
    second_verb_report,
    subordinate_end,
    verb_opens,
)
from annotator.nlp.report_datelines import after_furniture
from annotator.nlp.report_last import inverted_report, predicate_first, trailing_cue
from annotator.nlp.resources import speech_words
from annotator.nlp.second_verb_id import and_verb_report
from annotator.nlp.sentences import sentences
from annotator.nlp.speech import link_attribution
from annotator.nlp.speech_chains import chain_start
from annotator.nlp.subject_adjuncts import words_in_opening_adjunct
from annotator.nlp.unmarked_cues import clitic_after_opening, only_a_date

_PASSIVE_AUXILIARIES = speech_words()["passive_auxiliaries"]
#: Verbs of request and command (`asked that ...`, `meminta agar ...`): a directive, never a report.
_DIRECTIVES = speech_words()["directives"]
#: What may stand between a speech verb and the `that` of its clause: nothing, a time or a place
#: (`said on Monday that`, `said here on Monday that`, `said in a statement that`, `said Sunday, that`,
#: `said Reuters that`), never a noun phrase (`say the toll ... that`). `told` takes whom it told first, so any words.
_SOON_BEFORE_THAT = re.compile(
    r"\s*(?:$|(?:on|in|at|here|during|late|early|last|this|yesterday|today|earlier|later|again|also|repeatedly|"
    r"[A-Z][\w'’]*)\b)"
)
#: How many tokens at the end of a long sentence are tried for a closing `..., X said.`
MAX_TAIL_TOKENS = 10


def _between(indices: list[int], first: int, last: int) -> list[int]:
    return indices[bisect_left(indices, first) : bisect_right(indices, last)]


def _any_between(indices: list[int], first: int, last: int) -> bool:
    position = bisect_left(indices, first)
    return position < len(indices) and indices[position] <= last


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)


#: `menurut` in lower case opening a report after a connective (`Namun menurut X, ...`).
_LOWER_MENURUT = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:Namun|Tetapi|Sementara|Sedangkan|Adapun|Lalu|Kemudian|Selain itu)\b,?\s+(menurut)\b"
)
#: The ending of a word of at least four characters (the character before is checked apart: a
#: search for the ending alone skips to each `n` or `i` at once, a word pattern tries every word).
_CLITIC_OR_PARTICIPLE_END = re.compile(r"(?:nya|ing)\b")


def _cue_words(attributor: Attributor) -> tuple[list[int], list[int]]:
    """Sorted word indices of the text where a speech word starts: (verbs and `menurut`/`according
    to` or a clitic cue, which can open a report; those plus closing cues and participles, which a
    sentence needs to be looked at). Phrase matches are computed once per text, so no sentence is
    searched with a large alternation of cue words."""
    lex, tokens = attributor.lex, attributor.tokens
    openers = set(lex.cues_before.starts(tokens)) | set(lex.cues_according.starts(tokens))
    others = set(lex.cues_after.starts(tokens))
    # Clitic cues and participles: a search of the text for their endings, not a pass over every word.
    text = attributor.text
    for match in _CLITIC_OR_PARTICIPLE_END.finditer(text):
        before = text[match.start() - 1 : match.start()]
        if not (before.isalnum() or before == "_"):  # what re's \w is
            continue
        k = tokens.last_ending_at_or_before(match.end())
        if k < 0 or tokens.tokens[k].end != match.end():
            continue
        if match.group().endswith("nya"):
            if attributor.cues.clitic(k):
                openers.add(k)
        elif tokens.tokens[k].text.lower() in PARTICIPLES:
            others.add(k)
    others.update(that_only_verbs(attributor))  # `He continued that ...`
    others.update(mid_sentence_cues(attributor))  # `..., menurut Budi hal ini ...`
    # `Namun menurut Kepala Dinkes, X, ...`: `menurut` in lower case after a connective.
    openers.update(lower_passive_cues(attributor))  # `Lebih jauh disampaikan X, ...`
    for match in finditer(_LOWER_MENURUT, text):
        k = tokens.first_at_or_after(match.start(1))
        if k < len(tokens) and tokens.tokens[k].start == match.start(1):
            openers.add(k)
    return sorted(openers), sorted(openers | others)


def find_indirect(analysis: Analysis, attributor: Attributor) -> None:
    text = analysis.text
    openers, any_cue = _cue_words(attributor)
    if not any_cue:
        continue_reported_speech(analysis)
        return
    # Datelines do not block a sentence (its report starts after them); other furniture does.
    blocked = [(m.start, m.end) for m in analysis.quotes] + [
        (m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") != "dateline"
    ]
    tokens = attributor.tokens
    speaker_of = {id(link.head): link.child for link in analysis.links if link.label == "SPEAKER"}
    direct = list(analysis.quotes)
    for start, end in sentences(text):
        first = tokens.first_at_or_after(start)
        last = tokens.last_ending_at_or_before(end)
        if not _any_between(any_cue, first, last):
            continue
        if _overlaps(start, end, blocked):
            found = _after_direct_quote(attributor, direct, speaker_of, start, end)
            if found is not None:
                analysis.quotes.append(found[0])
                link_attribution(analysis, found[0], found[1], INDIRECT_SCORE)
            continue
        start = after_furniture(attributor, start)
        first = tokens.first_at_or_after(start)
        # The verb is near the start (`X said ...`) or, in a long sentence, near its end (`..., X said.`).
        head_end, tail_start = min(last, first + 25), max(first + 26, last - MAX_TAIL_TOKENS)
        head_end = min(last, head_end + words_in_opening_adjunct(attributor, start, end))  # `In his speech at ..., X said`
        near = [k for k in _between(openers, first, last) if k <= head_end or k >= tail_start]
        # `X also reminded that A and this, the President added, puts ...`: the verb of [that_only]
        # is the sentence's own verb, an inner cue after it stays inside its report.
        found = that_only_report(attributor, start, end) or remark_on_previous(attributor, start, end)
        for k in near if found is None else []:
            found = _indirect_at(attributor, k, start, end)
            if found is not None:
                break
        if found is None:
            found = (
                opening_cue(attributor, start, end)
                or trailing_cue(attributor, start, end)
                or cue_inside_unpunctuated(attributor, start, end)
                or clitic_after_opening(attributor, start, end)
                or according_mid_sentence(attributor, start, end)
                or quoted_as_saying(attributor, start, end)
                or passive_quoted(attributor, start, end)  # `X was quoted as saying ...`
                or participle_in(attributor, start, end)
                or gerund_report(attributor, start, end)
                or relative_report(attributor, start, end)
                or passive_report(attributor, start, end)  # `It was reported by CNN that ...`
            )
        taken: list[Mention] = []
        while found is not None:
            clause, attribution = found
            analysis.quotes.append(clause)
            taken.append(clause)
            link_attribution(analysis, clause, attribution, INDIRECT_SCORE)
            # `X said the road was closed, adding that ...`: the participle reports more of the same speaker.
            found = (
                participle_after_quote(attributor, clause, attribution.speaker, end)
                or coordinated_report(attributor, clause, attribution.speaker, end)  # `, and added that ...`
                if attribution.speaker
                else None
            )
        question = question_report(attributor, start, end, taken)  # `..., and asked if ...`: a second report
        if question is not None:
            analysis.quotes.append(question[0])
            link_attribution(analysis, question[0], question[1], INDIRECT_SCORE)
    continue_reported_speech(analysis)


def _after_direct_quote(
    attributor: Attributor, direct: list[Mention], speaker_of: dict[int, Mention], start: int, end: int
) -> tuple[Mention, Attribution] | None:
    """The sentence of a direct quote may go on with a participle (`..., adding that ...`)."""
    inside = [q for q in direct if start < q.end <= end and id(q) in speaker_of]
    if not inside:
        return None
    quote = max(inside, key=lambda q: q.end)
    if any(other.start > quote.end and other.start < end for other in direct):
        return None
    return participle_after_quote(attributor, quote, speaker_of[id(quote)], end)


def _opens_sentence(attributor: Attributor, k: int, start: int) -> bool:
    """Whether the word at ``k`` opens its sentence, capitalised, or comes after at most two
    connectives (`Lebih lanjut dikatakannya, ...`, `Namun diakuinya ...`)."""
    tokens = attributor.tokens.tokens
    if k == attributor.tokens.first_at_or_after(start):
        return tokens[k].is_cap
    before = attributor.text[start : tokens[k].start].split()
    return len(before) <= 2 and all(word.lower() in BEFORE_OPENING_CUE for word in before)


def _opening_clitic(attributor: Attributor, k: int) -> bool:
    """A clitic cue (`Lanjutnya`, `Dijelaskannya`) followed by a comma or a small word, not `Katanya`
    used as hearsay inside a sentence."""
    word = attributor.tokens.tokens[k].text.lower()
    return word.endswith("nya") and word != "menurutnya" and attributor.cues.clitic(k)


def _agentless(attributor: Attributor, k: int, speaker: Mention | None) -> bool:
    """A passive cue (`Dijelaskan`, `Ditambahkan`) followed by one lower-case word, an adverb
    (`pula`, `juga`), rather than the agent who spoke (`Ditambahkan Trio, ...`)."""
    if speaker is None or speaker.attrs.get("kind") != "role":
        return False
    words = attributor.text[speaker.start : speaker.end].split()
    return attributor.tokens.tokens[k].text.lower().startswith("di") and len(words) == 1 and words[0].islower()


#: `bahwa` after the source of `Menurut` (`Menurut X bahwa ...`).
_ACCORDING_THAT = speech_words()["according_complementisers"]
#: The most words of a source between `Menurut` and its `bahwa`.
_MAX_ACCORDING_WORDS = 10


def _according_that(
    attributor: Attributor, k: int, according_end: int, limit: int, end: int
) -> tuple[Mention, Attribution] | None:
    """`Menurut Kepala Dinas X bahwa kasus ...`: a complementiser, not a comma, ends the source
    (before ``limit``, the first comma); the speaker is before it and the report after it."""
    tokens = attributor.tokens.tokens
    last = min(according_end + _MAX_ACCORDING_WORDS, len(tokens))
    that = next(
        (j for j in range(according_end + 1, last) if tokens[j].start < limit and tokens[j].text.lower() in _ACCORDING_THAT),
        None,
    )
    if that is None or tokens[according_end].text.lower() in attributor.lex.res.not_speakers:
        return None
    speaker = attributor.speaker_after(according_end, tokens[that].start)
    if speaker is None or speaker.end > tokens[that].start:
        return None
    clause = reported_clause(attributor, tokens[that].start, end)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, according_end - 1, "CUE"), speaker, INDIRECT_SCORE)


def _occasion_after(rest: str) -> bool:
    """`Disampaikannya usai rapat paripurna di ...`: a time clause right after the cue, with no comma
    between, tells when it was said, not what (`Dijelaskannya, saat ini ...` and `saat ini` report)."""
    words = rest.split(None, 2)
    if not words or words[0].lower() not in WHEN_WORDS:
        return False
    return len(words) < 2 or words[1].lower().strip(",") not in ("ini", "itu")


#: Quantifiers that speak as a group when they open the sentence (`Many pointed out that ...`).
_QUANTIFIERS = frozenset({"many", "some", "most", "several", "few", "both", "all", "banyak", "sebagian"})


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


def _closing_told(attributor: Attributor, verb: str, k: int, verb_end: int, start: int, end: int) -> bool:
    """`..., Interior Secretary X told reporters.`: `told` and whom it told close a sentence whose
    report came before a comma, so the sentence is read as an inverted report."""
    text, tokens = attributor.text, attributor.tokens.tokens
    if verb != "told" or "," not in text[start : tokens[k].start]:
        return False
    rest = text[tokens[verb_end - 1].end : end].strip(" .!?")
    return len(rest.split()) <= MAX_WORDS_AFTER_TOLD and not reads_as_clause(rest) and " that " not in f" {rest} "


def _indirect_at(attributor: Attributor, k: int, start: int, end: int) -> tuple[Mention, Attribution] | None:
    tokens = attributor.tokens.tokens
    according_end = attributor.cues.according(k)
    if (
        according_end is None
        and is_lower_passive(attributor, k)
        and len(attributor.text[start : tokens[k].start].split()) <= 2
    ):
        according_end = k + 1  # `Namun menurut X, ...`, `Lebih jauh disampaikan X, ...`
    if according_end is not None:
        comma = attributor.text.find(",", tokens[k].end, end)
        that = _according_that(attributor, k, according_end, comma if comma >= 0 else end, end)
        if that is not None:
            return that
        if comma < 0:
            return according_last(attributor, k, according_end, start, end) or according_unmarked(
                attributor, k, according_end, end
            )
        if attributor.text[start : tokens[k].start].rstrip().endswith(","):
            # `..., according to Chief Political, Legal and Security Minister X.`: commas in the title.
            last = according_last(attributor, k, according_end, start, end)
            if last is not None:
                return last
        if according_end < len(tokens) and tokens[according_end].text.lower() in attributor.lex.res.not_speakers:
            return None  # `Menurut catatan Perludem, ...`: a data source, not speech
        cue = attributor.token_mention(k, according_end - 1, "CUE")
        speaker = with_agent(attributor, attributor.speaker_after(according_end, comma), comma)  # `a report by X`
        if _agentless(attributor, k, speaker):
            return None  # `Dijelaskan pula, ...`: no one named, an adverb is no speaker
        unmarked = comma_left_out(attributor, according_end, speaker, comma, end)
        if unmarked is not None:
            return unmarked[1], Attribution(cue, unmarked[0], INDIRECT_SCORE)  # `Menurut Kadis X, Budi kasus ...`
        if speaker is not None and speaker.end > comma:
            comma = attributor.text.find(",", speaker.end, end)
            if comma < 0:
                return None
        inside = according_inside.whole_clause(attributor, k, start, speaker, end) if speaker is not None else None
        if inside is not None:
            return inside, Attribution(cue, speaker, INDIRECT_SCORE)  # `Alvarez, according to X, remains ...`
        if not subject_after_role(attributor.text, speaker, comma, attributor.analysis.lang):  # `..., the rise came`
            comma = past_apposition(attributor.text, comma, end, attributor.analysis.lang)
        clause = reported_clause(attributor, comma + 1, end)
        if clause is None or speaker is None or verb_opens(attributor, clause):
            return None
        return clause, Attribution(cue, speaker, INDIRECT_SCORE)
    if _opens_sentence(attributor, k, start) and _opening_clitic(attributor, k):
        # `Dijelaskannya, ...`, `Lanjutnya, ...`: a clitic cue opening the sentence is cue and speaker.
        clause = reported_clause(attributor, tokens[k].end, end)
        if clause is None or _occasion_after(attributor.text[tokens[k].end : end]) or only_a_date(attributor, clause):
            return None  # `Disampaikannya usai rapat ...`, `Sebutnya Senin (3/5).`: when, not what
        mention = attributor.token_mention(k, k, "SPEAKER", kind="clitic")
        return clause, Attribution(attributor.token_mention(k, k, "CUE"), mention, INDIRECT_SCORE)
    if tokens[k].text.lower().startswith("menurut") and attributor.cues.clitic(k):
        comma = attributor.text.find(",", tokens[k].end, end)
        if not attributor.text[start : tokens[k].start].strip() and not attributor.text[tokens[k].end :].startswith(","):
            comma = -1  # `Menurutnya warga diungsikan ke ..., yakni ...`: no comma after the cue
        clause = reported_clause(attributor, comma + 1 if comma >= 0 else tokens[k].end, end)
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
    if k > 0 and (
        tokens[k - 1].text.lower() in _PASSIVE_AUXILIARIES
        or (k > 1 and tokens[k - 1].text.lower().endswith("ly") and tokens[k - 2].text.lower() in _PASSIVE_AUXILIARIES)
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
            or after.split(" ", 1)[0].lower() in COMPLEMENTISERS
            or english_that
            or subject_first(attributor, match[1], attributor.text[tokens[verb_end - 1].end : end].lstrip())
        ):
            addressee_end = after_addressee(attributor, verb_end, end) if match[1] == "told" else None
            closing = _closing_told(attributor, match[1], k, verb_end, start, end) or closes_sentence(
                attributor, verb_end, end
            )  # `..., security officials have reported.`: the verb closes an inverted report
            if addressee_end is None and not closing:
                return None  # `mengimbau warga untuk ...`, `menyampaikan hasil survei`: not speech
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
        if that and match[1] != "told" and not _SOON_BEFORE_THAT.match(before_that):
            that = None  # `say the death toll from a tsunami that barreled ...`: a relative `that`
        far_that = None if that else english_that_after_adjunct(attributor.text, clause_begin, end, any_words=match[1] == "told")
        if that is None and far_that is None and match[1] in attributor.lex.res.cues_direct_only:
            after = attributor.text[clause_begin:end].lstrip()
            if not after.startswith(",") and not subject_first(attributor, match[1], after):
                return None  # `denied the charges that ...`: a verb with an object reports only with `that`
        if that:
            clause_begin += that.end()
        elif far_that is not None:
            clause_begin = far_that  # `said in its statement, published on ..., that ...`
        else:
            # `officials said Sunday the death toll ...`: a time word is not part of the report.
            when = WHEN.match(attributor.text, clause_begin, end)
            if when:
                clause_begin = when.end()
    clause = reported_clause(attributor, clause_begin, subordinate_end(attributor, start, k, clause_begin, end))
    if clause is None or naming(attributor.text, match[1], clause):
        return None
    if clause.start == clause_begin_after_verb(attributor, verb_end):
        second = second_verb_report(attributor, clause, speaker, end) or and_verb_report(
            attributor, match[1], clause, speaker, end
        )  # `membenarkan kejadian itu dan memastikan ...`
        if second is not None:
            return second  # `confirmed the arrests and said that ...`: the object is no report, the next verb's clause is
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, speaker, INDIRECT_SCORE)

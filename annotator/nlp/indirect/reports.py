"""Indirect speech: `X mengatakan (bahwa) ...`, `Menurut X, ...`, `X said (that) ...`.

The QUOTE (``attrs.type = "indirect"``) covers the reported clause without `bahwa`/`that` and
without the final full stop. Sentences that hold a direct quote are left alone, so a direct quote
is never taken for indirect speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.indirect.according_document_outer import according_document
from annotator.nlp.indirect.according_nested import according_nested
from annotator.nlp.indirect.according_unmarked import according_mid_sentence, mid_sentence_cues
from annotator.nlp.indirect.backward_report import backward_cues, report_before
from annotator.nlp.indirect.clauses import INDIRECT_SCORE
from annotator.nlp.indirect.closing_no_comma import closing_without_comma, name_closes_sentence
from annotator.nlp.indirect.closing_that_only import closing_that_only, closing_that_only_verbs
from annotator.nlp.indirect.connective_trim import past_connective
from annotator.nlp.indirect.connectives import LOWER_MENURUT
from annotator.nlp.indirect.coordinated_report import coordinated_report
from annotator.nlp.indirect.for_participle import for_participle_report
from annotator.nlp.indirect.heard_participle import heard_cue_words, heard_participle
from annotator.nlp.indirect.indirect_cue import indirect_at
from annotator.nlp.indirect.indirect_gerund import gerund_report
from annotator.nlp.indirect.indirect_infinitive import infinitive_claim
from annotator.nlp.indirect.indirect_question import question_cue_words, question_report
from annotator.nlp.indirect.indirect_relative import relative_report
from annotator.nlp.indirect.inner_cue import cue_inside_unpunctuated
from annotator.nlp.indirect.inside_cue_first import inside_cue_before
from annotator.nlp.indirect.lower_according import lower_passive_cues
from annotator.nlp.indirect.nested_inner import claim_before_inner, inner_report
from annotator.nlp.indirect.opening_cue import opening_cue
from annotator.nlp.indirect.opening_participle import opening_participle, opening_participle_alone
from annotator.nlp.indirect.outlet_relayed import outlet_relaying, relay_cue_words
from annotator.nlp.indirect.participle_reports import PARTICIPLES, participle_after_quote, participle_in
from annotator.nlp.indirect.passive_inside import inner_passive_cues, passive_inside
from annotator.nlp.indirect.passive_quoted import passive_quoted
from annotator.nlp.indirect.passive_report import passive_report
from annotator.nlp.indirect.quoted_saying import quoted_as_saying, that_only_report, that_only_verbs
from annotator.nlp.indirect.relative_after_speaker import relative_after_speaker
from annotator.nlp.indirect.report_before_quote import end_before_quoting_participle
from annotator.nlp.indirect.report_closing_subject import split_closing_subject
from annotator.nlp.indirect.report_datelines import after_furniture
from annotator.nlp.indirect.report_last import trailing_cue
from annotator.nlp.indirect.second_speaker import second_speaker_report
from annotator.nlp.indirect.unmarked_cues import clitic_after_opening
from annotator.nlp.quotes.continuation import continue_reported_speech
from annotator.nlp.quotes.speech import link_attribution
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.speakers.subject_adjuncts import words_in_opening_adjunct
from annotator.nlp.text.page_headline import page_headline
from annotator.nlp.text.pattern_needs import finditer
from annotator.nlp.text.sentences import sentences
from annotator.nlp.text.tokens import TokenIndex, words_present

#: How many tokens at the end of a long sentence are tried for a closing `..., X said.`
MAX_TAIL_TOKENS = 10
#: How many tokens a closing `according to` and its source (with an apposition) may take.
MAX_CLOSING_ACCORDING_TOKENS = 20


def _between(indices: list[int], first: int, last: int) -> list[int]:
    return indices[bisect_left(indices, first) : bisect_right(indices, last)]


#: A pronoun subject after `and`/`but` before a speech verb late in a long sentence (`but he said`).
_CONJUNCT_PRONOUNS = frozenset(speech_words()["speaker_pronouns"])
#: A determiner opening a noun phrase subject after `and`/`but` (`but the minister said`), and the
#: most words of that subject.
_CONJUNCT_DETERMINERS = frozenset(speech_words()["conjunct_subject_determiners_en"])
_MAX_CONJUNCT_SUBJECT = 4


def _closing_according(attributor: Attributor, k: int, last: int) -> bool:
    """Whether the English `according to` at token ``k`` follows a comma and its source closes the
    sentence within a few words (`[... long report ...], according to A and B, groups formed by
    ...`; en_indirect20): looked at however far into a long sentence it stands."""
    tokens = attributor.tokens
    return (
        attributor.analysis.lang == "en"
        and k > 0
        and last - k <= MAX_CLOSING_ACCORDING_TOKENS
        and tokens.gap(k - 1, k).startswith(",")
        and attributor.lex.cues_according.match(tokens, k) is not None
    )


def _and_verb_that(attributor: Attributor, k: int) -> bool:
    """Whether the English speech verb at token ``k`` follows `and` and takes `that` (`The minister
    expressed grief over ... in a long phrase and added that ...`, en_indirect16), or follows `and`
    / `but` and `he` / `she` (`..., but he said it was ...`, en_indirect17) or a short noun phrase
    that opens with a determiner (`..., but the minister said ...`, en_indirect18): looked at however
    far into a long sentence it stands."""
    tokens = attributor.tokens.tokens
    if attributor.analysis.lang != "en" or not 0 < k < len(tokens) - 1:
        return False
    if tokens[k - 1].text.lower() == "and":
        return tokens[k + 1].text.lower() == "that"
    # `..., but he said it was necessary ...`: a pronoun subject after the conjunction (en_indirect17)
    if k > 1 and tokens[k - 1].text.lower() in _CONJUNCT_PRONOUNS and tokens[k - 2].text.lower() in ("and", "but"):
        return True
    # `..., but the transport minister said ...`: a short noun phrase that opens with a determiner
    # after the conjunction (en_indirect18)
    for conjunction in range(max(0, k - 1 - _MAX_CONJUNCT_SUBJECT), k - 2):
        subject = attributor.text[tokens[conjunction].end : tokens[k].start].split()
        if (
            tokens[conjunction].text.lower() in ("and", "but")
            and subject[0].lower() in _CONJUNCT_DETERMINERS
            and all(word.isalpha() for word in subject)
        ):
            return True
    return False


def _any_between(indices: list[int], first: int, last: int) -> bool:
    position = bisect_left(indices, first)
    return position < len(indices) and indices[position] <= last


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)


#: `nya` at a word's end (the character before is checked apart: a search for the ending alone
#: skips to each `n` at once, a word pattern tries every word).
_CLITIC_END = re.compile(r"nya\b")


def _participle_words(tokens: TokenIndex, text: str) -> list[int]:
    r"""Word indices of the participles (`adding`, `saying`; any case) whose word ends where an
    ``ing\b`` after a word character ends: looked up among the text's distinct words in small
    letters, not by a search of every `ing` of the text (many in English) and a look-up per match."""
    by_lower, words = tokens.by_lower, tokens.tokens
    found = []
    for word in words_present(by_lower, PARTICIPLES):
        for k in by_lower[word]:
            end = words[k].end
            before, after = text[end - 4 : end - 3], text[end : end + 1]  # what re's \w is, around `ing`
            if (
                end >= 4
                and text.startswith("ing", end - 3)
                and (before.isalnum() or before == "_")
                and not (after.isalnum() or after == "_")
                and tokens.last_ending_at_or_before(end) == k
            ):
                found.append(k)
    return found


def _cue_words(attributor: Attributor) -> tuple[list[int], list[int]]:
    """Sorted word indices of the text where a speech word starts: (verbs and `menurut`/`according
    to` or a clitic cue, which can open a report; those plus closing cues and participles, which a
    sentence needs to be looked at). Phrase matches are computed once per text, so no sentence is
    searched with a large alternation of cue words."""
    lex, tokens = attributor.lex, attributor.tokens
    openers = set(lex.cues_before.starts(tokens)) | set(lex.cues_according.starts(tokens))
    others = set(lex.cues_after.starts(tokens))
    # Clitic cues: a search of the text for their ending, not a pass over every word.
    text = attributor.text
    for match in _CLITIC_END.finditer(text):
        before = text[match.start() - 1 : match.start()]
        if not (before.isalnum() or before == "_"):  # what re's \w is
            continue
        k = tokens.last_ending_at_or_before(match.end())
        if k < 0 or tokens.tokens[k].end != match.end():
            continue
        if attributor.cues.clitic(k):
            openers.add(k)
    others.update(_participle_words(tokens, text))
    others.update(that_only_verbs(attributor))  # `He continued that ...`
    others.update(backward_cues(attributor))  # `Hal itu disampaikan X` after a reported sentence
    others.update(mid_sentence_cues(attributor))  # `..., menurut Budi hal ini ...`
    others.update(question_cue_words(attributor))  # `questioned whether ...`
    others.update(heard_cue_words(attributor))  # `was heard shouting that ...`
    others.update(relay_cue_words(attributor))  # `[...], reports Xinhua news agency.`
    others.update(closing_that_only_verbs(attributor))  # `[...], the minister continued.`
    others.update(inner_passive_cues(attributor))  # `..., disampaikan Pelatih Budi karena ...`
    # `Namun menurut Kepala Dinkes, X, ...`: `menurut` in lower case after a connective.
    openers.update(lower_passive_cues(attributor))  # `Lebih jauh disampaikan X, ...`
    for match in finditer(LOWER_MENURUT, text):
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
    headline = page_headline(text, analysis.lang)
    for start, end in sentences(text, analysis.lang):
        first = tokens.first_at_or_after(start)
        last = tokens.last_ending_at_or_before(end)
        if not _any_between(any_cue, first, last):
            continue
        if headline is not None and headline[0] <= start and not text[headline[1] : max(end, headline[1])].strip():
            continue  # `Bridge to reopen in June, says minister`: the page's headline reports nothing
        if _overlaps(start, end, blocked):
            found = _after_direct_quote(attributor, direct, speaker_of, start, end)
            if found is not None:
                analysis.quotes.append(found[0])
                link_attribution(analysis, found[0], found[1], INDIRECT_SCORE)
            cut = None if found is not None else end_before_quoting_participle(text, analysis.lang, blocked, start, end)
            if cut is None:
                continue
            end, last = cut, tokens.last_ending_at_or_before(cut)  # `X said [...], adding, "..."`
        start = after_furniture(attributor, start)
        first = tokens.first_at_or_after(start)
        # The verb is near the start (`X said ...`) or, in a long sentence, near its end (`..., X said.`).
        head_end, tail_start = min(last, first + 25), max(first + 26, last - MAX_TAIL_TOKENS)
        head_end = min(last, head_end + words_in_opening_adjunct(attributor, start, end))  # `In his speech at ..., X said`
        near = [
            k
            for k in _between(openers, first, last)
            if k <= head_end or k >= tail_start or _and_verb_that(attributor, k) or _closing_according(attributor, k, last)
        ]
        # `X also reminded that A and this, the President added, puts ...`: the verb of [that_only]
        # is the sentence's own verb, an inner cue after it stays inside its report.
        # `[...]. Hal itu disampaikan X`, `This was stated by X`
        found = that_only_report(attributor, start, end) or report_before(attributor, start, end)
        # `[...] says Prime Minister X.`: before the words before the verb are taken for its subject
        closing_tried = found is None and name_closes_sentence(attributor, start, end)
        if closing_tried:
            found = closing_without_comma(attributor, start, end)
        for k in near if found is None else []:
            # `X, lanjutnya, akan ... memastikan ...`: the cue inside the opening governs the later verb
            found = inside_cue_before(attributor, k, start, end) or indirect_at(attributor, k, start, end)
            if found is not None:
                break
        if found is None:
            found = (
                opening_cue(attributor, start, end)
                or trailing_cue(attributor, start, end)
                or cue_inside_unpunctuated(attributor, start, end)
                or passive_inside(attributor, start, end)
                or clitic_after_opening(attributor, start, end)
                or according_mid_sentence(attributor, start, end)
                or quoted_as_saying(attributor, start, end)
                or passive_quoted(attributor, start, end)  # `X was quoted as saying ...`
                or infinitive_claim(attributor, start, end)  # `X claimed to have arrested ...`
                or opening_participle_alone(attributor, start, end)  # `Noting that [...], the ministry criticised ...`
                or participle_in(attributor, start, end)
                or gerund_report(attributor, start, end)
                or heard_participle(attributor, start, end)  # `X can be heard complaining that ...`
                or for_participle_report(attributor, start, end)  # `jailed a teacher for alleging that ...`
                or relative_report(attributor, start, end)
                or passive_report(attributor, start, end)  # `It was reported by CNN that ...`
                # `[...] says police spokesman X.` (asked above already when a name closes the sentence)
                or (None if closing_tried else closing_without_comma(attributor, start, end))
                or closing_that_only(attributor, start, end)  # `[...], the minister continued.`
            )
        taken: list[Mention] = []
        # `Stating that [...], the mayor said ...`: the opening participle's report of the same speaker
        opening = opening_participle(attributor, start, *found) if found is not None else None
        if opening is not None:
            analysis.quotes.append(opening[0])
            taken.append(opening[0])
            link_attribution(analysis, opening[0], opening[1], INDIRECT_SCORE)
        while found is not None:
            clause, attribution = found
            clause = past_connective(text, clause, attribution.cue, start)  # `Namun, menurutnya, [...]`
            analysis.quotes.append(clause)
            taken.append(clause)
            link_attribution(analysis, clause, attribution, INDIRECT_SCORE)
            outer = split_closing_subject(attributor, clause, start)  # `reported that [...], they said.`
            if outer is not None:
                analysis.quotes.append(outer[0])
                link_attribution(analysis, outer[0], outer[1], INDIRECT_SCORE)
            inner = inner_report(attributor, clause, attribution.cue, taken) if attribution.cue else None
            if inner is not None:  # `[X said he wanted ...], police said.`: X's own report inside
                analysis.quotes.append(inner[0])
                taken.append(inner[0])
                link_attribution(analysis, inner[0], inner[1], INDIRECT_SCORE)
            # `[A man, who was held for claiming [...], said [...]], police said.`: the relative's claim
            nesting = (outer[0], (clause, attribution)) if outer is not None else (clause, inner) if inner is not None else None
            claim = claim_before_inner(attributor, *nesting) if nesting is not None else None
            if claim is not None:
                analysis.quotes.append(claim[0])
                taken.append(claim[0])
                link_attribution(analysis, claim[0], claim[1], INDIRECT_SCORE)
            # `X said the road was closed, adding that ...`: the participle reports more of the same speaker.
            found = (
                participle_after_quote(attributor, clause, attribution.speaker, end)
                or coordinated_report(attributor, clause, attribution.speaker, end)  # `, and added that ...`
                if attribution.speaker
                else None
            ) or second_speaker_report(attributor, clause, start, end)  # `... and the chief said ...`
        # `[X claims to [have ...]], according to Y`: the claim inside the report found
        inner = infinitive_claim(attributor, start, max(q.end for q in taken)) if taken else None
        if inner is not None and all((q.start, q.end) != (inner[0].start, inner[0].end) for q in taken):
            analysis.quotes.append(inner[0])
            link_attribution(analysis, inner[0], inner[1], INDIRECT_SCORE)
        relayed = outlet_relaying(attributor, start, end, taken) or according_document(
            attributor, start, end, taken
        )  # `[...], reports Xinhua news agency.`, `[X told police that ...], according to the charge sheet.`
        nested = according_nested(attributor, start, end, taken)  # `According to police, residents said ...`
        for report in [relayed, *nested] if relayed is not None else nested:
            analysis.quotes.append(report[0])
            link_attribution(analysis, report[0], report[1], INDIRECT_SCORE)
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
    speaker = speaker_of[id(quote)]
    return participle_after_quote(attributor, quote, speaker, end) or relative_after_speaker(attributor, speaker, end)

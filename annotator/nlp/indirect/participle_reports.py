"""A speech participle after a comma (`The ministry issued a statement, saying that ...`,
`“...,” he said, adding that ...`): the participle is the cue, the sentence's subject or the
quote's speaker the speaker, the clause after it the report. In English also `saying` with no comma
after a past verb and its object (`opposed the bail application saying ...`, en_indirect15)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.participle_no_comma import (
    CONJUNCTION_BEFORE_PARTICIPLE,
    VERB_BEFORE_PARTICIPLE,
    bare_continuation,
)
from annotator.nlp.indirect.short_reports_en import clause_at_en
from annotator.nlp.resources import speech_word_list, speech_words
from annotator.nlp.speakers.addressee import after_addressee
from annotator.nlp.speakers.addressee_that import is_addressee
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.speakers.attribution_forms import bare_participle_reports
from annotator.nlp.speakers.speaker_pairs import paired_speaker
from annotator.nlp.text.marks import CLOSING_MARKS, mark_chars

PARTICIPLES = speech_words()["participles"]
_CONJUNCTIONS = speech_words()["participle_conjunctions_en"]
#: What may close before the comma ahead of a participle: a bracket or a closing quotation mark.
_BRACKET_OR_MARK_CLOSING = mark_chars(CLOSING_MARKS, ")]")
#: Participles that report only with `that` after them (`, revealing that ...`, not `, revealing the names`).
_THAT_PARTICIPLES = speech_words()["that_participles"]
#: Participles whose object is whom they address before `that` (`, warning them that ...`).
_ADDRESSING_PARTICIPLES = frozenset(speech_words()["addressing_participles_en"])
#: Participles that report a question (`, asking whether ...`), and what must open it.
_QUESTION_PARTICIPLES = frozenset(speech_words()["question_participles_en"])
_QUESTION_OPENER = re.compile(r"\s+(?:" + "|".join(speech_word_list("question_openers")) + r")\b")
#: A question word that opens the reported question and stays in it (`, questioning [how ...]`).
_QUESTION_WORD = re.compile(r"\s+(?=(?:" + "|".join(speech_word_list("question_words_en")) + r")\s)")
#: Up to five words and then `that` (`, telling reporters that`): the words are checked as an addressee.
_WORDS_THEN_THAT = re.compile(r"\s+((?:[^\s,;:]+\s+){1,5}?)that\b")
#: A clause right after an addressing participle, no `that`: a subject of at most four words, then an
#: auxiliary or a modal (`, warning the bridge could close`).
_BARE_CLAUSE = re.compile(
    r"\s+(?:"
    + "|".join(speech_word_list("noun_phrase_determiners_en") + speech_word_list("clause_subject_pronouns_en"))
    + r")\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + "|".join(sorted(speech_words()["bare_clause_auxiliaries_en"]))
    + r")\b"
)
SENTENCE_ADVERBS = speech_words()["sentence_adverbs"]
#: Adverbs between a subject and its verb (`X also said`), no part of a role speaker.
SUBJECT_ADVERBS = frozenset(speech_words()["adverbs"])
_PHRASE_BREAK = re.compile(r"[,;:()]")
#: Prepositions that open an adjunct before the subject (`In a statement issued on Wednesday, X ...`).
_OPENING_PREPOSITIONS = speech_words()["opening_prepositions"]
#: What speaks through a participle with no comma (`issued a statement saying that ...`).
_DOCUMENTS = speech_words()["participle_documents"]
#: `countered by arguing that ...`, `was criticised after saying that ...`: a participle after `by`
#: (the manner of the subject's answer; en_indcount1) or `after` (the words that drew what the
#: sentence tells; en_resolve4) reports with `that` (``participle_prepositions_en``).
_PARTICIPLE_PREPOSITIONS = speech_words()["participle_prepositions_en"]
_BY_BEFORE_PARTICIPLE = r"\b(?:" + "|".join(sorted(_PARTICIPLE_PREPOSITIONS)) + r")\s+(?=[a-z]+\s+that\b|saying\s)"
_PARTICIPLE_AFTER_COMMA = re.compile(
    r"(?:,[\"”’']?\s+" + CONJUNCTION_BEFORE_PARTICIPLE
    + r"|\b(?:" + "|".join(sorted(_DOCUMENTS)) + r")\s+|" + VERB_BEFORE_PARTICIPLE
    + "|" + _BY_BEFORE_PARTICIPLE + r")("
    + "|".join(sorted(PARTICIPLES)) + r")\b"
)
#: A participle with no comma before it after a lower-case word (`opposed the bail application saying ...`);
#: one that carries on the speaker's words only with `that` after it (`accused the rivals of sabotage
#: adding that ...`, en_indcount2).
_BARE_PARTICIPLE = re.compile(
    r"(?<=[a-z])\s+((?:" + "|".join(sorted(speech_words()["bare_participles_en"])) + r")(?=\s)|(?:"
    + "|".join(sorted(speech_words()["continuation_participles_en"])) + r")(?=\s+that\s))"
)
#: `with <speaker> <participle>` (`, with the premier cautioning ...`): up to ten words of the speaker.
_WITH_PARTICIPLE = re.compile(
    r"\bwith\s+((?:[^\s;:.()]+\s+){1,10}?)(" + "|".join(sorted(speech_words()["with_participles_en"])) + r")\s"
)
_DETERMINERS = frozenset(speech_word_list("noun_phrase_determiners_en"))
#: Participles that report with no comma before them only when `that` opens a clause after them.
_CONTINUATIONS = frozenset(speech_words()["continuation_participles_en"])
#: Words after which a sentence's subject ends (`The ministry issued ...`, `Police have said ...`,
#: `The coach left ...`); a past verb after an article or a possessive is a noun (`Counsel for the
#: accused objected`, `the cut`; en_fresh1, en_indirect16).
SUBJECT_END_VERB = re.compile(
    r"\b(?:(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\btheir )(?:[a-z]+ed|"
    + "|".join(sorted(speech_words()["irregular_pasts"]))
    + r")|is|was|are|were|has|had|have|will|would|said|says|made|gave|told|sent|put)\b"
)
#: The longest subject taken for a participle's speaker.
MAX_SUBJECT_WORDS = 6


def participle_in(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """A participle after a comma anywhere in the sentence (`..., saying that ...`)."""
    found = _PARTICIPLE_AFTER_COMMA.search(attributor.text, start, end)
    if found is None:
        if attributor.analysis.lang != "en":
            return None
        return _with_participle(attributor, start, end) or _bare_participle(attributor, start, end)
    if found.group().split(None, 1)[0] in _PARTICIPLE_PREPOSITIONS and not clause_at_en(attributor.text, found.end(1), end):
        return None  # `surprised everyone by saying nothing`; `by saying [the plan had no merit]` (en_indcount2)
    k = attributor.tokens.first_at_or_after(found.start(1))
    return _participle(attributor, k, start, end) if k > 0 else None


def _bare_participle(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`The prosecution opposed the bail application saying the probe was ongoing.`: a participle with
    no comma before it, after a verb in the past and its object or adjunct, reports the subject's
    words (en_indirect15)."""
    text = attributor.text
    found = _BARE_PARTICIPLE.search(text, start, end)
    if found is None:
        return None
    if not bare_participle_reports(text, start, found.start()):
        return None
    governed = _WITH_PARTICIPLE.search(text, start, end) if "with " in text[start:end] else None
    if governed is not None and governed.start(2) == found.start(1):
        return None  # `, with residents saying goodbye ...`: the phrase after `with` is who speaks, and it reports nothing
    if found.group(1) in _CONTINUATIONS and not clause_at_en(text, text.index("that", found.end()) + 4, end):
        return None  # `raised prices adding that fee to every bill`: a demonstrative and its noun
    k = attributor.tokens.first_at_or_after(found.start(1))
    return _participle(attributor, k, start, end, bare=True) if k > 0 else None


def _with_participle(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`..., with the premier cautioning the storms could last two days.`, `with Minister of Health,
    Dr X saying ...`: the phrase after `with` speaks through the participle, and a clause with a
    finite verb after it (or after `that`) is its report (en_indcount2)."""
    text = attributor.text
    found = _WITH_PARTICIPLE.search(text, start, end) if "with " in text[start:end] else None
    if found is None:
        return None
    k = attributor.tokens.first_at_or_after(found.start(2))
    first = attributor.tokens.first_at_or_after(found.start(1))
    if k <= first:
        return None
    that = re.match(r"\s+that\b", text[found.end(2) : end])
    if not clause_at_en(text, found.end(2) + (that.end() if that else 0), end):
        return None  # `with residents saying goodbye to ...`: no clause
    entity = attributor.entity_by_last.get(k - 1)
    tokens = attributor.tokens.tokens
    if entity is not None and entity.start >= tokens[first].start and entity.label in ("PERSON", "ORG"):
        speaker = (
            attributor.name_speaker(entity)
            if entity.label == "PERSON"
            else attributor.mention(entity.start, entity.end, "SPEAKER", kind="org")
        )
    elif tokens[first].text.lower() in _DETERMINERS and k - first <= MAX_SUBJECT_WORDS and "," not in found.group(1):
        speaker = attributor.token_mention(first, k - 1, "SPEAKER", kind="role")  # `with the premier`
    else:
        return None
    return _report_after_participle(attributor, k, speaker, end, clause_checked=True)


def _participle(
    attributor: Attributor, k: int, start: int, end: int, *, bare: bool = False
) -> tuple[Mention, Attribution] | None:
    """`The ministry issued a statement, saying (that) ...`: the participle is the cue, the subject
    of the sentence the speaker, the clause after it (and `that`) the report (``bare``: no comma
    before the participle, checked by the caller)."""
    tokens = attributor.tokens.tokens
    if tokens[k].text.lower() not in PARTICIPLES:
        return None
    # `... (Bersih), asserting that`, `... as "a disaster", saying`: a bracket or a mark closed before the comma
    if (
        not bare
        and not attributor.tokens.gap(k - 1, k).lstrip(_BRACKET_OR_MARK_CLOSING).startswith(",")
        and tokens[k - 1].text.lower() not in _DOCUMENTS
        and tokens[k - 1].text.lower() not in _PARTICIPLE_PREPOSITIONS  # `countered by arguing that ...`
    ):
        return None
    first = attributor.tokens.first_at_or_after(start)
    adverb = tokens[first].text.lower() in SENTENCE_ADVERBS
    if adverb and first + 1 < k and attributor.tokens.gap(first, first + 1).startswith(","):
        first += 1  # `Separately, Fahmi commented on ..., asserting that ...`: the subject follows the adverb
    elif attributor.analysis.lang == "en" and tokens[first].text.lower() in _OPENING_PREPOSITIONS:
        comma = attributor.text.find(",", tokens[first].end, tokens[k].start)
        if comma >= 0:  # `In a statement issued on Wednesday, X warned ..., saying ...`: the subject follows
            first = attributor.tokens.first_at_or_after(comma + 1)
    speaker: Mention | None = None
    entity = attributor.entity_by_first.get(first)
    titled = first
    while (
        entity is None
        and titled + 1 < k
        and (tokens[titled].is_cap or tokens[titled].text == ".")
        and not attributor.tokens.gap(titled, titled + 1).strip()
    ):
        titled += 1  # `Interior Secretary Paul Mwangi warned ...`: the name after capitalised titles
        entity = attributor.entity_by_first.get(titled)
    if entity is not None and entity.label != "PERSON" and titled != first:
        entity = None
    if tokens[first].text.lower() in attributor.lex.pronouns:
        speaker = attributor.token_mention(first, first, "SPEAKER", kind="pronoun")
    elif entity is not None and entity.label in ("PERSON", "ORG"):
        pair = _listed_people(attributor, entity, k) if entity.label == "PERSON" else None
        if pair is not None:
            speaker = attributor.mention(*pair, "SPEAKER", kind="role")  # `A, B and C left ..., claiming`: one speaker
        elif entity.label == "PERSON":
            speaker = attributor.name_speaker(entity)
        else:
            speaker = attributor.mention(entity.start, entity.end, "SPEAKER", kind="org")
    else:
        verb = SUBJECT_END_VERB.search(attributor.text, tokens[first].end, tokens[k].start)
        if verb is not None:
            subject_end = attributor.tokens.last_ending_at_or_before(verb.start())
            while subject_end > first and _adverb(tokens[subject_end].text):
                subject_end -= 1  # `The official also criticized ..., emphasizing that`: the adverb is no part of the role
            words = attributor.text[tokens[first].start : tokens[subject_end].end].split()
            if 0 < len(words) <= MAX_SUBJECT_WORDS and not _PHRASE_BREAK.search(" ".join(words)):
                speaker = attributor.token_mention(first, subject_end, "SPEAKER", kind="role")
            elif bare:  # `The presiding judge, Justice X denied ... saying`: the subject before the verb
                speaker = attributor.speaker_before(attributor.tokens.first_at_or_after(verb.start()), start)
    if attributor.analysis.lang == "en" and not bare and (speaker is None or _person_after_org(attributor, speaker, k)):
        # `Earlier on Saturday, the party criticised ...`, `Congress leader X advised ...`: the
        # subject of the sentence's first verb, as any speech verb's (en_indirect16)
        verb = SUBJECT_END_VERB.search(attributor.text, tokens[first].end, tokens[k].start)
        if verb is not None:
            speaker = attributor.speaker_before(attributor.tokens.first_at_or_after(verb.start()), start) or speaker
    if speaker is None or speaker.start >= tokens[k].start:
        return None
    return _report_after_participle(attributor, k, speaker, end)


def _listed_people(attributor: Attributor, entity: Mention, k: int) -> tuple[int, int] | None:
    """The offsets of `A and B` (or `A, B and C`) when the PERSON ``entity`` opens such a list as the
    subject of the sentence's first verb before the participle at token ``k`` (en_particip1)."""
    if attributor.analysis.lang != "en":
        return None
    verb = SUBJECT_END_VERB.search(attributor.text, entity.end, attributor.tokens.tokens[k].start)
    if verb is None:
        return None
    last = max(
        (m for m in attributor.analysis.entities if m.label == "PERSON" and entity.start < m.start and m.end <= verb.start()),
        key=lambda m: m.start,
        default=None,
    )
    if last is None or attributor.text[last.end : verb.start()].strip():
        return None
    pair = paired_speaker(attributor.text, attributor.analysis.entities, last, entity.start)
    return pair if pair is not None and pair[0] == entity.start else None


def _person_after_org(attributor: Attributor, speaker: Mention, k: int) -> bool:
    """Whether an organisation or a role taken as the speaker has a person after its start, before
    the participle at token ``k`` (`Congress leader Rahul Gandhi advised ..., warning that`)."""
    if speaker.attrs.get("kind") not in ("org", "role"):
        return False
    end = attributor.tokens.tokens[k].start
    return any(m.label == "PERSON" and speaker.start < m.start < end for m in attributor.analysis.entities)


def _adverb(word: str) -> bool:
    """An adverb after a subject (`also`, `briefly`): no part of a role speaker."""
    return word.lower() in SUBJECT_ADVERBS or (word.islower() and len(word) > 4 and word.endswith("ly"))


def _report_after_participle(
    attributor: Attributor, k: int, speaker: Mention, end: int, *, clause_checked: bool = False
) -> tuple[Mention, Attribution] | None:
    """The clause after the participle at token ``k`` (and after `that`, which stays outside),
    reported by ``speaker`` with the participle as its cue (``clause_checked``: the caller found a
    clause with a finite verb right after it, so no addressee is looked for)."""
    clause_begin = attributor.tokens.tokens[k].end
    participle = attributor.tokens.tokens[k].text.lower()
    that = re.match(r"\s+(?:out\s+)?that\b", attributor.text[clause_begin:end])
    addressed = _addressee_then_that(attributor.text, clause_begin, end) if participle in _ADDRESSING_PARTICIPLES else None
    if participle in _QUESTION_PARTICIPLES:
        opener = _QUESTION_OPENER.match(attributor.text, clause_begin, end) or _QUESTION_WORD.match(
            attributor.text, clause_begin, end
        )
        if opener is None:
            return None  # `, asking residents to stay calm`: a request, no report
        clause_begin = opener.end()  # `, asking whether [...]`
    elif that:
        clause_begin += that.end()
    elif clause_checked:
        pass  # `with the premier cautioning [the storms could ...]`
    elif addressed is not None:
        clause_begin = addressed  # `, warning them that ...`: whom the speaker addressed stays out
    elif participle in _ADDRESSING_PARTICIPLES and _BARE_CLAUSE.match(attributor.text, clause_begin, end):
        pass  # `, warning [the bridge could close ...]`: a clause with no `that`
    elif participle in _ADDRESSING_PARTICIPLES and (after := after_addressee(attributor, k + 1, end)) is not None:
        clause_begin = after  # `, assuring residents [their homes were ...]`
    elif participle in _THAT_PARTICIPLES:
        return None  # `, revealing the names of ...`: an object, no report
    elif attributor.analysis.lang == "en" and not clause_at_en(attributor.text, clause_begin, end):
        return None  # `, noting the damage to the bridge`, `, claiming the title`: an object, no clause (en_particip1)
    clause = reported_clause(attributor, clause_begin, end)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)


def _addressee_then_that(text: str, begin: int, end: int) -> int | None:
    """Where the report starts after a participle's addressee and `that` (`, telling reporters that
    ...`), or None when the words before `that` name no one addressed (`, warning of floods that ...`)."""
    found = _WORDS_THEN_THAT.match(text, begin, end)
    return found.end() if found is not None and is_addressee(found.group(1)) else None


#: The most words between a direct quote's closing mark and a participle that goes on with it
#: (`” he said in a statement, adding that ...`).
MAX_WORDS_BEFORE_PARTICIPLE = 8
#: The same after the speaker of an inverted report, whose cue may take a clause of where and when
#: (`..., X made the remark following the incident, where ..., noting that ...`).
MAX_WORDS_AFTER_INVERTED_SPEAKER = 20


def participle_after_quote(
    attributor: Attributor, quote: Mention, speaker: Mention, end: int
) -> tuple[Mention, Attribution] | None:
    """`“...,” he said, adding that his house was destroyed.`: a participle after the attribution of
    a direct quote reports more of what the same speaker said."""
    text = attributor.text
    # An inverted report (`[...], X made the remark after ..., noting that ...`): counted from the speaker.
    inverted = speaker.start > quote.end
    begin = speaker.end if inverted else quote.end
    if not inverted and text[begin - 1 : begin] == ",":
        begin -= 1  # `X said, “...,” adding that ...`: the quote's own comma stands before its closing mark
    most = MAX_WORDS_AFTER_INVERTED_SPEAKER if inverted else MAX_WORDS_BEFORE_PARTICIPLE
    bare = bare_continuation(text, begin, end, at_start=True)
    if bare is not None:  # `said the road was closed adding that ...`: the report was cut before it
        k = attributor.tokens.first_at_or_after(bare + 1)
        if attributor.tokens.tokens[k].text.lower() in _CONJUNCTIONS:
            k += 1
        return _report_after_participle(attributor, k, speaker, end)
    found = _PARTICIPLE_AFTER_COMMA.search(text, begin, end)
    if found is None or len(text[begin : found.start()].split()) > most:
        return None
    k = attributor.tokens.first_at_or_after(found.start(1))
    return _report_after_participle(attributor, k, speaker, end)

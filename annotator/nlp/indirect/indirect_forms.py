"""Less common shapes of indirect speech: a cue inside the clause (`Penangkapan itu, kata dia,
merupakan ...`), a participle after a comma (`..., saying that ...`) and `according to` people
closing the sentence (`..., according to four officials.`)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_titles import document_speaker
from annotator.nlp.indirect.according_closing_source import closing_source
from annotator.nlp.indirect.clauses import (
    APPOSITION_NOUNS,
    APPOSITION_OPENERS,
    ARTICLES,
    INDIRECT_SCORE,
    MAX_APPOSITION_WORDS,
    MIN_WORDS,
    has_predicate,
    past_apposition,
    reported_clause,
    role_openers,
    verb_like,
)
from annotator.nlp.indirect.closing_occasion import occasion_closes
from annotator.nlp.indirect.connectives import MAX_CONNECTIVE_WORDS, connective_only
from annotator.nlp.indirect.participle_no_comma import VERB_BEFORE_PARTICIPLE
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speakers.attribution import SPEAKER_STOPS, Attribution, Attributor
from annotator.nlp.speakers.document_speaker import with_agent

PARTICIPLES = speech_words()["participles"]
#: Participles that report only with `that` after them (`, revealing that ...`, not `, revealing the names`).
_THAT_PARTICIPLES = speech_words()["that_participles"]
SENTENCE_ADVERBS = speech_words()["sentence_adverbs"]
#: Adverbs between a subject and its verb (`X also said`), no part of a role speaker.
SUBJECT_ADVERBS = frozenset(speech_words()["adverbs"])
_OUTLET_TAILS = speech_words()["outlet_tails"]
#: A time expression right after a speech verb (`said Sunday`, `said on Tuesday night`, `said yesterday`).
WHEN = re.compile(
    r"\s+(?:here\s+)?(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"tonight|earlier|previously)(?:\s+(?:morning|afternoon|evening|night))?(?:\s+\([^()]{1,12}\))?(?=[\s,.]|$)"
)
_PHRASE_BREAK = re.compile(r"[,;:()]")
#: Prepositions that open an adjunct before the subject (`In a statement issued on Wednesday, X ...`).
_OPENING_PREPOSITIONS = frozenset({"in", "at", "during", "on", "after", "before", "while", "speaking", "addressing"})
#: What speaks through a participle with no comma (`issued a statement saying that ...`).
_DOCUMENTS = frozenset({"statement", "letter", "post", "release", "notice", "message", "circular"})
_PARTICIPLE_AFTER_COMMA = re.compile(
    r"(?:,[\"”’']?\s+(?:while\s+)?|\b(?:" + "|".join(sorted(_DOCUMENTS)) + r")\s+|" + VERB_BEFORE_PARTICIPLE + r")("
    + "|".join(sorted(PARTICIPLES)) + r")\b"
)


#: The longest opening before a cue inside the clause (`Selain empat terminal utama, sambung dia, ...`).
MAX_WORDS_BEFORE_INNER_CUE = 8


def cue_inside(
    attributor: Attributor,
    start: int,
    comma: int,
    tail: str,
    end: int,
    *,
    any_opening: bool = False,
    short_rest: bool = False,
) -> Mention | None:
    """`Penangkapan itu, kata dia, merupakan ...`: a short opening, the cue and speaker between
    commas, then the rest of the report; the clause is the whole sentence, cue and speaker inside.
    With ``any_opening`` (a pronoun or clitic speaker, which takes no apposition) the opening may
    be of any length; with ``short_rest`` (a predicate follows: `..., he added, is not appropriate`)
    the rest may be short."""
    if not tail.startswith(","):
        return None
    rest = tail[1:].split()
    opening = attributor.text[start:comma].split()
    if (len(opening) > MAX_WORDS_BEFORE_INNER_CUE and not any_opening) or len(rest) < (2 if short_rest else MIN_WORDS):
        return None
    first = rest[0].lower()
    noun_first = first in APPOSITION_OPENERS or first in role_openers(attributor.analysis.lang) or first in APPOSITION_NOUNS
    # The verb test reads Indonesian verb prefixes (`me-`, `ber-`), so English keeps the plain rule.
    if noun_first and not (attributor.analysis.lang == "id" and _goes_on_with_a_verb(rest)):
        return None  # `..., kata Nani, warga Desa Cibodas di ...`: an apposition, not the report going on
    return reported_clause(attributor, start, end, whole_sentence=True)


def _goes_on_with_a_verb(rest: list[str]) -> bool:
    """`..., kata Budi, korban dan rekannya sempat mengitari ...`: a verb before the next comma (and
    outside a relative clause) makes the words after the cue the report going on, not an apposition."""
    for word in rest:
        if word.lower() in ("yang", "who", "which") or word.endswith(","):
            return verb_like(word) if word.endswith(",") else False
        if verb_like(word):
            return True
    return False


#: A cue of the slot after a quote standing inside a sentence with no comma before it
#: (`Adapun yang terjadi kata dia, sekelompok orang ...`): a typo regional papers make.
_BARE_INNER_CUE = re.compile(r"(?<=[^\W\d_])\s+(kata|ujar|tutur|ucap|lanjut|tambah|imbuh|terang|papar|ungkap|sambung)\s+")


def cue_inside_unpunctuated(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Adapun peristiwa yang terjadi kata dia, sekelompok orang ...`: a cue and a named or pronoun
    speaker inside the report, the comma before the cue left out; the clause is the whole sentence."""
    text, tokens = attributor.text, attributor.tokens
    found = _BARE_INNER_CUE.search(text, start, end)
    if found is None or not 2 <= len(text[start : found.start()].split()) <= MAX_WORDS_BEFORE_INNER_CUE:
        return None
    k = tokens.first_at_or_after(found.start(1))
    match = attributor.lex.cues_after.match(tokens, k)
    if match is None:
        return None
    speaker = attributor.speaker_after(match[0], end)
    if speaker is None or speaker.attrs.get("kind") not in ("pronoun", "name"):
        return None
    tail = text[speaker.end : end].strip(" .!?")
    clause = cue_inside(attributor, start, found.start(), tail, end)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, match[0] - 1, "CUE"), speaker, INDIRECT_SCORE)


#: Words after which a sentence's subject ends (`The ministry issued ...`, `Police have said ...`).
_SUBJECT_END = re.compile(r"\b(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|said|says|made|gave|told|sent|put)\b")
#: The longest subject taken for a participle's speaker.
MAX_SUBJECT_WORDS = 6


def participle_in(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """A participle after a comma anywhere in the sentence (`..., saying that ...`)."""
    found = _PARTICIPLE_AFTER_COMMA.search(attributor.text, start, end)
    if found is None:
        return None
    k = attributor.tokens.first_at_or_after(found.start(1))
    return _participle(attributor, k, start, end) if k > 0 else None


def _participle(attributor: Attributor, k: int, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`The ministry issued a statement, saying (that) ...`: the participle is the cue, the subject
    of the sentence the speaker, the clause after it (and `that`) the report."""
    tokens = attributor.tokens.tokens
    if tokens[k].text.lower() not in PARTICIPLES:
        return None
    # `... (Bersih), asserting that`, `... as "a disaster", saying`: a bracket or a mark closed before the comma
    if not attributor.tokens.gap(k - 1, k).lstrip(")]\"”’'").startswith(",") and tokens[k - 1].text.lower() not in _DOCUMENTS:
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
        speaker = (
            attributor.name_speaker(entity)
            if entity.label == "PERSON"
            else attributor.mention(entity.start, entity.end, "SPEAKER", kind="org")
        )
    else:
        verb = _SUBJECT_END.search(attributor.text, tokens[first].end, tokens[k].start)
        if verb is not None:
            subject_end = attributor.tokens.last_ending_at_or_before(verb.start())
            while subject_end > first and _adverb(tokens[subject_end].text):
                subject_end -= 1  # `The official also criticized ..., emphasizing that`: the adverb is no part of the role
            words = attributor.text[tokens[first].start : tokens[subject_end].end].split()
            if 0 < len(words) <= MAX_SUBJECT_WORDS and not _PHRASE_BREAK.search(" ".join(words)):
                speaker = attributor.token_mention(first, subject_end, "SPEAKER", kind="role")
    if speaker is None or speaker.start >= tokens[k].start:
        return None
    return _report_after_participle(attributor, k, speaker, end)


def _adverb(word: str) -> bool:
    """An adverb after a subject (`also`, `briefly`): no part of a role speaker."""
    return word.lower() in SUBJECT_ADVERBS or (word.islower() and len(word) > 4 and word.endswith("ly"))


def _report_after_participle(attributor: Attributor, k: int, speaker: Mention, end: int) -> tuple[Mention, Attribution] | None:
    """The clause after the participle at token ``k`` (and after `that`, which stays outside),
    reported by ``speaker`` with the participle as its cue."""
    clause_begin = attributor.tokens.tokens[k].end
    that = re.match(r"\s+(?:out\s+)?that\b", attributor.text[clause_begin:end])
    if that:
        clause_begin += that.end()
    elif attributor.tokens.tokens[k].text.lower() in _THAT_PARTICIPLES:
        return None  # `, revealing the names of ...`: an object, no report
    clause = reported_clause(attributor, clause_begin, end)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)


def past_sentence_adverb(attributor: Attributor, start: int, verb: int) -> int:
    """English: where a report closed by its cue starts when a sentence adverb and its comma open
    the sentence (`Meanwhile, police were called ..., according to X.`), provided another comma
    still stands before the cue at word ``verb``; else ``start``."""
    if attributor.analysis.lang != "en":
        return start
    tokens = attributor.tokens
    first = tokens.first_at_or_after(start)
    if first + 1 >= verb or tokens.tokens[first].text.lower() not in SENTENCE_ADVERBS:
        return start
    if not tokens.gap(first, first + 1).startswith(","):
        return start
    after = tokens.tokens[first].end + 1
    return after if "," in attributor.text[after : tokens.tokens[verb].start] else start


def according_last(
    attributor: Attributor, k: int, according_end: int, start: int, end: int
) -> tuple[Mention, Attribution] | None:
    """`Indonesia rejected the proposal, according to four officials.`: the source closes the sentence."""
    text = attributor.text
    start = past_sentence_adverb(attributor, start, k)
    before = text[start : attributor.tokens.tokens[k].start].rstrip()
    speaker = attributor.speaker_after(according_end, end)
    speaker = with_agent(attributor, speaker, end)  # `..., according to a report released by X.`
    special = closing_source(attributor, according_end, speaker, end)  # anonymity, `A and B, groups formed by ...`
    speaker = special or speaker
    if speaker is None or (
        special is None and text[speaker.end : end].strip(" .!?") and not _closing_apposition(text, speaker, end)
    ):
        return None
    if not before.endswith(","):
        if speaker.attrs.get("kind") != "name":
            return None  # `built according to the plans of the city`: only a named person reports without a comma
        before += ","  # `6,000 families were affected according to Mayor X.`
    organisation = any(m.end == speaker.end and m.label in ("ORG", "GPE") for m in attributor.analysis.entities)
    outlet = text[speaker.start : speaker.end].rsplit(" ", 1)[-1] in _OUTLET_TAILS  # `Lao National Radio`
    if (speaker.attrs.get("kind") == "org" or organisation) and not outlet and not document_speaker(text, speaker):
        return None  # `..., according to the Department of Health`: a source of figures, not speech
    clause = reported_clause(attributor, start, start + len(before) - 1, closed=True)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, according_end - 1, "CUE"), speaker, INDIRECT_SCORE)


def _closing_apposition(text: str, speaker: Mention, end: int) -> bool:
    """`..., according to Golam Sobur, deputy commissioner of the Tejgaon Division.`: a named
    speaker's apposition closes the sentence (a comma, a noun phrase with no predicate)."""
    rest = text[speaker.end : end].rstrip(" .!?")
    if speaker.attrs.get("kind") != "name" or not rest.startswith(", "):
        return False
    words = rest[2:].split()
    if not words or len(words) > MAX_APPOSITION_WORDS or has_predicate(rest) or "," in rest[2:]:
        return False
    first = words[0]
    # `deputy commissioner of ...`, `a spokesman for ...`; not `remains on desk duty` (a predicate).
    return first in ARTICLES or first in APPOSITION_OPENERS or (first.islower() and not first.endswith(("s", "ed")))


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
    found = _PARTICIPLE_AFTER_COMMA.search(text, begin, end)
    if found is None or len(text[begin : found.start()].split()) > most:
        return None
    k = attributor.tokens.first_at_or_after(found.start(1))
    return _report_after_participle(attributor, k, speaker, end)


#: Words that may stand before a cue opening a sentence (`Masih kata Hary, ...`, `Namun kata dia, ...`).
BEFORE_OPENING_CUE = speech_words()["before_opening_cue"]
#: Cues that open a sentence with their speaker (`Kata X, ...`); `Aku`, `Ingat`, `Sebut` do not.
_OPENING_CUES = frozenset({"kata", "ujar", "tutur", "ucap", "lanjut", "tambah", "imbuh", "terang", "papar", "ungkap", "sambung"})
#: The longest speaker between an opening cue and its comma (`Kata Kepala Dinas X Budi Santoso, ...`).
MAX_OPENING_SPEAKER_WORDS = 8


def opening_cue(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Kata Juanda, dirinya hanya ...`, `Lanjut Kapolres, kegiatan itu ...`, `Masih kata Hary, ...`:
    a cue of the slot after a quote opens the sentence, its speaker and a comma follow, then the report."""
    tokens = attributor.tokens
    k = tokens.first_at_or_after(start)
    before_cue = k + 1 < len(tokens) and tokens.tokens[k].text.lower() in BEFORE_OPENING_CUE
    connective = _after_connective(attributor, k, start, end)  # `Meski demikian, lanjut X, ...`
    if connective != k:
        k = connective
    elif before_cue and attributor.lex.cues_after.match(tokens, k + 1):
        k += 1
    if k >= len(tokens) or tokens.tokens[k].start >= end or attributor.cues.clitic(k):
        return None
    if not (tokens.tokens[k].is_cap or k > tokens.first_at_or_after(start)):
        return None
    match = attributor.lex.cues_after.match(tokens, k)
    if match is None or tokens.tokens[k].text.lower() not in _OPENING_CUES:
        return None
    cue_end = match[0]
    if cue_end < len(tokens) and tokens.tokens[cue_end].start < end and attributor.cues.clitic(cue_end):
        return None  # `Lebih lanjut dikatakannya, ...`: the clitic cue after `lanjut` is cue and speaker
    comma = attributor.text.find(",", tokens.tokens[cue_end - 1].end, end)
    if comma < 0 or len(attributor.text[tokens.tokens[cue_end - 1].end : comma].split()) > MAX_OPENING_SPEAKER_WORDS:
        return None
    speaker = attributor.speaker_after(cue_end, comma)
    if speaker is None:
        return None
    if speaker.end > comma:  # `Kata Wali Kota X, Budi Santoso, ...`: the name after the role and its comma
        comma = attributor.text.find(",", speaker.end, end)
        if comma < 0 or attributor.text[speaker.end : comma].strip():
            return None
    if speaker.attrs.get("kind") != "pronoun":  # `Kata Hendi, sapaan akrabnya, ...`; `Kata dia,` takes none
        comma = past_apposition(attributor.text, comma, end, attributor.analysis.lang)
    clause = reported_clause(attributor, comma + 1, end)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, cue_end - 1, "CUE"), speaker, INDIRECT_SCORE)


def _after_connective(attributor: Attributor, k: int, start: int, end: int) -> int:
    """The cue after a connective that opens the sentence (`Meski demikian, lanjut X, ...`, `Oleh
    karena itu, kata dia, ...`, `Olehnya, lanjut X, ...`), or ``k`` when there is none."""
    tokens = attributor.tokens
    for j in range(k + 1, min(k + MAX_CONNECTIVE_WORDS + 1, len(tokens))):
        if tokens.tokens[j].start >= end:
            break
        if (
            tokens.tokens[j].text.lower() in _OPENING_CUES  # not `demikian` after `Namun`
            and attributor.lex.cues_after.match(tokens, j)
            and connective_only(attributor.text[start : tokens.tokens[j].start])
        ):
            return j
    return k


def long_name_subject(attributor: Attributor, comma: int, k: int) -> bool:
    """`..., the National Disaster Risk Reduction and Management Council said.`: the words between the
    comma and the verb are one long name (an organisation or person), with at most an article before it."""
    text, tokens = attributor.text, attributor.tokens.tokens
    entity = attributor.entity_by_last.get(k - 1)
    if entity is None or entity.label not in ("ORG", "PERSON"):
        return False
    before = text[comma + 1 : entity.start].split()
    if entity.end > tokens[k].start:
        return False
    if len(before) <= 1 and all(w.lower() in ARTICLES for w in before):
        return True
    # `..., Chief of the North Sumatra Provincial Police Inspector General Agus Andrianto said.`: a title chain.
    return (
        entity.label == "PERSON"
        and len(before) <= MAX_APPOSITION_WORDS
        and all(w[:1].isupper() or w.lower() in _TITLE_JOINERS for w in before)
    )


#: Small words inside a title chain before a name (`Chief of the Provincial Police and ...`).
_TITLE_JOINERS = frozenset({"of", "the", "and", "for", "&", "dan", "di"})


@cache
def _english_titles() -> frozenset[str]:
    """Single-word honorifics and ranks of English (`Mr`, `Colonel`, `Superintendent`) that may stand
    before the name of a closing apposition."""
    return frozenset(title for title in load_resources("en").titles if " " not in title)


def name_in_apposition_last(
    attributor: Attributor, k: int, verb_end: int, start: int, comma: int, apposition_end: int, end: int
) -> tuple[Mention, Attribution] | None:
    """`The toll rose to 20, Mark Timbal, a spokesman for the council, said Tuesday.`: the report
    first, then a name and its apposition after a comma, then the verb closing the sentence."""
    if comma < 0:
        return None
    text, tokens = attributor.text, attributor.tokens.tokens
    apposition = text[comma + 1 : apposition_end].strip()
    first = apposition.split(" ", 1)[0]
    if len(apposition.split()) > MAX_APPOSITION_WORDS or has_predicate(apposition):
        return None
    if not (first.lower() in ARTICLES or first.lower() in role_openers(attributor.analysis.lang)):
        return None
    before = text.rfind(",", start, comma)
    if before < 0:
        return None
    name = attributor.tokens.first_at_or_after(before + 1)
    while name < len(tokens) and tokens[name].start < comma and tokens[name].text in _english_titles():
        name += 1  # `..., Colonel Ramon Cruz, an army spokesman, said ...`: a rank before the name
    person = attributor.entity_by_first.get(name)
    if person is None or person.label != "PERSON" or text[person.end : comma].strip():
        return None
    when = WHEN.match(text, tokens[verb_end - 1].end, end)
    rest = text[when.end() if when else tokens[verb_end - 1].end : end].strip(" .!?")
    if rest and not occasion_closes(rest):
        return None  # only the verb, a time and where it was said (`said in a text message`) may close the sentence
    clause = reported_clause(attributor, start, before, closed=True)
    if clause is None:
        return None
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, attributor.name_speaker(person), INDIRECT_SCORE)


def report_goes_on(attributor: Attributor, speaker: Mention, start: int, comma: int, tail: str) -> bool:
    """After a short opening, a cue and a name, a lower-case word that is no preposition goes on with
    the report (`Saat ini, kata Agus keluarga ...`), unlike `..., kata Agus kepada wartawan`."""
    words = tail.split()
    if speaker.attrs.get("kind") != "name" or len(words) < MIN_WORDS or not words[0][:1].islower():
        return False
    if words[0].lower() in SPEAKER_STOPS or words[0].lower() in APPOSITION_NOUNS:
        return False
    return len(attributor.text[start:comma].split()) <= MAX_WORDS_BEFORE_INNER_CUE

"""Indirect speech: `X mengatakan (bahwa) ...`, `Menurut X, ...`, `X said (that) ...`.

The QUOTE (``attrs.type = "indirect"``) covers the reported clause without `bahwa`/`that` and
without the final full stop. Sentences that hold a direct quote are left alone, so a direct quote
is never taken for indirect speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.attribution import Attribution, Attributor
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speech import link_attribution

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s|$)|$)", re.MULTILINE)
_COMPLEMENTISER = speech_words()["complementisers"]
_PASSIVE_AUXILIARIES = speech_words()["passive_auxiliaries"]
#: A clause opening with one of these is a directive or a purpose, not reported speech.
_NOT_SPEECH_START = speech_words()["not_speech_start"]
#: Verbs of request and command (`asked that ...`, `meminta agar ...`): a directive, never a report.
_DIRECTIVES = speech_words()["directives"]
#: First words of a noun-phrase object (`menegaskan pentingnya ...`, `stressed the importance of`).
_NOUN_PHRASE_OPENERS = speech_words()["noun_phrase_openers"]
_ARTICLES = frozenset({"the", "a", "an"})
_CONCESSIONS = frozenset({"though", "although", "while", "meski", "meskipun", "walaupun"})
_PARTICIPLES = speech_words()["participles"]
_PHRASE_BREAK = re.compile(r"[,;:()]")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(" + "|".join(sorted(_PARTICIPLES)) + r")\b")
#: How many tokens at the end of a long sentence are tried for a closing `..., X said.`
MAX_TAIL_TOKENS = 10
#: Clauses shorter than this are objects or fragments, not reported speech.
MIN_WORDS = 4
INDIRECT_SCORE = 0.6


#: A full stop after one of these (or after a single letter, or inside a dotted word such as
#: `p.m.`, `U.S.`) does not end the sentence.
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "capt", "sgt", "no", "vs"})


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: pieces ending in `.`, `!`, `?` or a line end, rejoined where
    the full stop belongs to an abbreviation (`at 9:27 p.m. Saturday`, `Mr. Joko`)."""
    result: list[tuple[int, int]] = []
    joined = False
    for piece in _SENTENCE.finditer(text):
        start, end = piece.span()
        if joined and result:
            result[-1] = (result[-1][0], end)
        else:
            result.append((start, end))
        word = ""
        if text[end - 1 : end] == ".":
            word = text[max(text.rfind(" ", start, end - 1), start - 1) + 1 : end - 1].lower().lstrip("(")
        joined = bool(word) and end < len(text) and text[end] != "\n" and (
            word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 5)
        )
    return result


def _between(indices: list[int], first: int, last: int) -> list[int]:
    return indices[bisect_left(indices, first) : bisect_right(indices, last)]


def _any_between(indices: list[int], first: int, last: int) -> bool:
    position = bisect_left(indices, first)
    return position < len(indices) and indices[position] <= last


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)


def _cue_words(attributor: Attributor) -> tuple[list[int], list[int]]:
    """Sorted word indices of the text where a speech word starts: (verbs and `menurut`/`according
    to` or a clitic cue, which can open a report; those plus closing cues and participles, which a
    sentence needs to be looked at). Phrase matches are computed once per text, so no sentence is
    searched with a large alternation of cue words."""
    lex, tokens = attributor.lex, attributor.tokens
    openers = set(lex.cues_before.starts(tokens)) | set(lex.cues_according.starts(tokens))
    openers |= {k for k, token in enumerate(tokens.tokens) if token.text.endswith("nya") and attributor._clitic_cue(k)}
    others = set(lex.cues_after.starts(tokens))
    others |= {k for k, token in enumerate(tokens.tokens) if token.text.lower() in _PARTICIPLES}
    return sorted(openers), sorted(openers | others)


def find_indirect(analysis: Analysis, attributor: Attributor) -> None:
    text = analysis.text
    openers, any_cue = _cue_words(attributor)
    if not any_cue:
        _continue_reported_speech(analysis)
        return
    # Datelines do not block a sentence (its report starts after them); other furniture does.
    blocked = [(m.start, m.end) for m in analysis.quotes] + [
        (m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") != "dateline"
    ]
    tokens = attributor.tokens
    for start, end in _sentences(text):
        first = tokens.first_at_or_after(start)
        last = tokens.last_ending_at_or_before(end)
        if not _any_between(any_cue, first, last) or _overlaps(start, end, blocked):
            continue
        start = _after_furniture(attributor, start)
        first = tokens.first_at_or_after(start)
        # The verb is near the start (`X said ...`) or, in a long sentence, near its end (`..., X said.`).
        head_end, tail_start = min(last, first + 25), max(first + 26, last - MAX_TAIL_TOKENS)
        near = [k for k in _between(openers, first, last) if k <= head_end or k >= tail_start]
        for k in near:
            found = _indirect_at(attributor, k, start, end)
            if found is not None:
                break
        else:
            found = _trailing_cue(attributor, start, end) or _participle_in(attributor, start, end)
        if found is not None:
            clause, attribution = found
            analysis.quotes.append(clause)
            link_attribution(analysis, clause, attribution, INDIRECT_SCORE)
    _continue_reported_speech(analysis)


#: Score of a direct quote's speaker taken from the indirect speech before it.
CONTINUATION_SCORE = 0.55


def _continue_reported_speech(analysis: Analysis) -> None:
    """A direct quote left unattributed right after indirect speech (in its paragraph, or in the
    paragraph before when the quote opens its own) continues that speaker: SPEAKER, no CUE."""
    text = analysis.text
    speaker_of = {id(link.head): link.child for link in analysis.links if link.label == "SPEAKER"}
    indirect = sorted(
        (q for q in analysis.quotes if q.attrs.get("type") == "indirect" and id(q) in speaker_of), key=lambda q: q.start
    )
    if not indirect:
        return
    for quote in analysis.quotes:
        if quote.attrs.get("type") == "indirect" or id(quote) in speaker_of:
            continue
        para_start = text.rfind("\n", 0, quote.start) + 1
        opens_paragraph = not text[para_start : quote.start].strip(" \"“”'‘\x00")
        before = [q for q in indirect if q.end <= quote.start]
        if not before:
            continue
        last = before[-1]
        between = text[last.end : quote.start]
        if "\n" in between:
            # Only the paragraph right before, and only when the quote opens its own paragraph.
            if not opens_paragraph or between.strip("\n").count("\n") > 0 or text.find("\n", last.end) != para_start - 1:
                continue
        elif any(other.end <= quote.start and other.start > last.end for other in analysis.quotes):
            continue
        speaker = speaker_of[id(last)]
        analysis.links.append(Link(quote, speaker, "SPEAKER", score=CONTINUATION_SCORE))


def _clause(attributor: Attributor, begin: int, end: int) -> Mention | None:
    text = attributor.text
    for marker in attributor.lex.res.clause_ends:
        cut = text.find(marker, begin, end)
        if cut >= 0:
            following = text[cut + len(marker) : end].split(" ", 1)[0].lower()
            # `..., but urged ...`, `..., but they ...` end the report; so does a concession with a new
            # subject (`..., though the spokesman did not ...`).
            concession = marker.strip(" ,") in _CONCESSIONS
            if following in attributor.lex.pronouns or following.endswith("ed") or (concession and following in _ARTICLES):
                end = cut
    while begin < end and (text[begin].isspace() or text[begin] in ",:"):
        begin += 1
    words = text[begin:end].split()
    if words and words[0].lower() in _COMPLEMENTISER:
        begin = text.index(words[0], begin) + len(words[0])
        while begin < end and text[begin].isspace():
            begin += 1
    while end > begin and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    words = text[begin:end].split()
    if len(words) < MIN_WORDS or not text[begin : begin + 1].isalnum() or _purpose(words):
        return None
    head = words[1] if words[0].lower() in _ARTICLES else words[0]
    if head.lower().strip(",") in _NOUN_PHRASE_OPENERS:
        return None
    return Mention(begin, end, "QUOTE", score=INDIRECT_SCORE, attrs={"type": "indirect"}, rule="indirect_speech")


#: Indonesian verb prefixes: `untuk` before a verb is a purpose (`untuk menjaga ...`), before a noun a topic.
_VERB_PREFIXES = ("me", "ber", "di", "ter")


def _purpose(words: list[str]) -> bool:
    """A clause that opens with a purpose or a directive (`agar ...`, `untuk menjaga ...`, `to ...`);
    `untuk kenyamanan sopir, ...` (a topic) is still a report."""
    first = words[0].lower()
    if first not in _NOT_SPEECH_START:
        return False
    if first in ("untuk", "demi") and len(words) > 1:
        return words[1].lower().startswith(_VERB_PREFIXES)
    return True


def _inverted(attributor: Attributor, k: int, verb_end: int, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Rescuers pulled 52 people out, said Muhammad Arif.` / `..., officials said.`: the report comes
    first, the verb and speaker close the sentence after a comma."""
    text, tokens = attributor.text, attributor.tokens.tokens
    comma = text.rfind(",", start, tokens[k].start)
    if comma < 0 or len(text[comma + 1 : tokens[k].start].split()) > 4:
        return None
    tail = text[tokens[verb_end - 1].end : end].strip(" .!?")
    if text[comma + 1 : tokens[k].start].strip():
        if len(tail.split()) > 4:
            return None  # `..., officials said on Sunday.` only: a clause after the verb is the report itself
        speaker = attributor.speaker_before(k, comma + 1)
    else:
        following = tokens[verb_end] if verb_end < len(tokens) else None
        if following is None or not (following.is_cap or following.text.lower() in attributor.lex.pronouns):
            return None
        speaker = attributor.speaker_after(verb_end, end)  # `..., said Muhammad Arif.`
        rest = text[speaker.end : end].strip(" .!?") if speaker is not None else ""
        if rest and not rest.startswith(","):
            return None  # `..., said he had lost ...`: the speaker is followed by the report
    clause = _clause(attributor, start, comma)
    if clause is None or speaker is None:
        return None
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, speaker, INDIRECT_SCORE)


#: At most this many words may follow a closing cue and its speaker (`katanya kepada wartawan`).
MAX_WORDS_AFTER_CUE = 3


def _closing_cue(attributor: Attributor, index: int) -> bool:
    """A cue of the slot after a closing quote (`kata`, `lanjut`, `ujarnya`), not a verb that opens a
    clause (`mengatakan`, `said`: those sentences are read from the verb)."""
    lex = attributor.lex
    if lex.cues_before.match(attributor.tokens, index):
        return False
    return bool(lex.cues_after.match(attributor.tokens, index)) or attributor._clitic_cue(index)


def _trailing_cue(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Pabrik itu sudah dua kali ditegur, katanya.` / `..., lanjut dia.`: the report comes first and
    a cue of the slot after a closing quote (`kata`, `lanjut`, a clitic) closes the sentence."""
    text, tokens = attributor.text, attributor.tokens
    comma = text.find(",", start, end)
    while comma >= 0:
        following = tokens.first_at_or_after(comma + 1)
        if following < len(tokens) and tokens.tokens[following].start < end and _closing_cue(attributor, following):
            attribution = attributor.after_close(comma, end)
            if attribution is None or attribution.speaker is None:
                return None
            tail = text[max(attribution.cue.end, attribution.speaker.end) : end].strip(" .!?")
            inside = _cue_inside(attributor, start, comma, tail, end)
            if inside is not None:
                return inside, Attribution(attribution.cue, attribution.speaker, INDIRECT_SCORE)
            limit = MAX_APPOSITION_WORDS if tail.startswith(",") else MAX_WORDS_AFTER_CUE
            if len(tail.split()) > limit:
                return None  # `..., ujar Nani, warga Desa Cibodas.` keeps an apposition after the speaker
            clause = _clause(attributor, start, comma)
            if clause is None:
                return None
            return clause, Attribution(attribution.cue, attribution.speaker, INDIRECT_SCORE)
        comma = text.find(",", comma + 1, end)
    return None


#: The longest opening before a cue inside the clause (`Selain empat terminal utama, sambung dia, ...`).
MAX_WORDS_BEFORE_INNER_CUE = 6


def _cue_inside(attributor: Attributor, start: int, comma: int, tail: str, end: int) -> Mention | None:
    """`Penangkapan itu, kata dia, merupakan ...`: a short opening, the cue and speaker between
    commas, then the rest of the report; the clause is the whole sentence, cue and speaker inside."""
    if not tail.startswith(","):
        return None
    rest = tail[1:].split()
    opening = attributor.text[start:comma].split()
    if len(opening) > MAX_WORDS_BEFORE_INNER_CUE or len(rest) < MIN_WORDS:
        return None
    first = rest[0].lower()
    if first in _APPOSITION_OPENERS or first in _role_openers(attributor.analysis.lang) or first in _APPOSITION_NOUNS:
        return None  # `..., kata Nani, warga Desa Cibodas di ...`: an apposition, not the report going on
    return _clause(attributor, start, end)


def _after_furniture(attributor: Attributor, start: int) -> int:
    """A sentence that begins with a dateline reports from after it."""
    for mention in attributor.analysis.furniture:
        if mention.start <= start < mention.end or start <= mention.start < start + 2:
            start = max(start, mention.end)
    text = attributor.text
    while start < len(text) and text[start] in " \t":
        start += 1
    return start


#: Words that open an apposition after a speaker's name (`Menurut X, peneliti di Y, ...`).
_APPOSITION_OPENERS = speech_words()["apposition_openers"]
#: The longest apposition skipped (`Kepala Bidang Perikanan Tangkap Dinas Kelautan dan ...`).
MAX_APPOSITION_WORDS = 14
#: Nouns that open an apposition after a speaker but are no role (`warga Desa X`, `salah satu ...`).
_APPOSITION_NOUNS = frozenset({"warga", "salah", "pemilik", "resident", "owner", "one"})


@cache
def _role_openers(lang: str) -> frozenset[str]:
    """Lower-case first words of the roles and titles of ``lang`` (`kepala`, `direktur`, `juru`)."""
    res = load_resources(lang)
    return frozenset(entry.split()[0].lower().rstrip(".") for entry in [*res.roles, *res.titles] if entry.strip())


def _past_apposition(text: str, comma: int, end: int, lang: str = "id") -> int:
    """`According to X, a scientist at Y, ...` / `Menurut X, Kepala Bidang ... Provinsi Y, ...`: the
    clause starts after the apposition's comma."""
    following = text.find(",", comma + 1, end)
    if following < 0:
        return comma
    between = text[comma + 1 : following].strip()
    first = between.split(" ", 1)[0].lower()
    lower_opener = between[:1].islower() and first in _APPOSITION_OPENERS
    role_opener = first in _role_openers(lang) and first not in _COMPLEMENTISER
    if (lower_opener or role_opener) and len(between.split()) <= MAX_APPOSITION_WORDS:
        return following
    return comma


#: Who is told (`told reporters`, `told the BBC`, `told a news conference in Lusaka`).
_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:reporters|journalists|lawmakers|legislators|parliament|senators|delegates|"
    r"(?:news|press)\s+conference|briefing|court|jury|audience|supporters|crowd|residents|"
    r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?:\s+(?:in|at|on)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+"
)
#: A reported clause after the addressee opens with a subject and soon has a finite verb.
_SUBJECT_START = re.compile(r"(?:it|he|she|they|we|i|there|the|a|an|his|her|its|their|our|[A-Z][\w'’-]*)\b")
_FINITE_SOON = re.compile(r"^(?:\S+\s+){0,6}?(?:would|will|had|has|have|was|were|is|are|could|should|can|did|must|might|\w+ed)\b")


def _after_addressee(attributor: Attributor, verb_end: int, end: int) -> int | None:
    """`X told Reuters it would appeal`: the offset where the reported clause starts after the person
    told, when a subject and a finite verb follow; None otherwise (`told him to leave`)."""
    text = attributor.text
    start = attributor.tokens.tokens[verb_end - 1].end
    addressee = _ADDRESSEE.match(text, start, end)
    if addressee is None:
        return None
    rest = text[addressee.end() : end]
    if not _SUBJECT_START.match(rest) or not _FINITE_SOON.match(rest):
        return None
    return addressee.end()


#: Words after which a sentence's subject ends (`The ministry issued ...`, `Police have said ...`).
_SUBJECT_END = re.compile(r"\b(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|said|says|made|gave|told|sent|put)\b")
#: A time expression right after a speech verb (`said Sunday`, `said on Tuesday night`, `said yesterday`).
_WHEN = re.compile(
    r"\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"tonight)(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,])"
)
#: The longest subject taken for a participle's speaker.
MAX_SUBJECT_WORDS = 6


def _participle_in(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
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
    if tokens[k].text.lower() not in _PARTICIPLES or not attributor.tokens.gap(k - 1, k).startswith(","):
        return None
    first = attributor.tokens.first_at_or_after(start)
    speaker: Mention | None = None
    entity = attributor.entity_by_first.get(first)
    if tokens[first].text.lower() in attributor.lex.pronouns:
        speaker = attributor.token_mention(first, first, "SPEAKER", kind="pronoun")
    elif entity is not None and entity.label in ("PERSON", "ORG"):
        speaker = attributor.name_speaker(entity) if entity.label == "PERSON" else attributor.mention(
            entity.start, entity.end, "SPEAKER", kind="org"
        )
    else:
        verb = _SUBJECT_END.search(attributor.text, tokens[first].end, tokens[k].start)
        if verb is not None:
            subject_end = attributor.tokens.last_ending_at_or_before(verb.start())
            words = attributor.text[tokens[first].start : tokens[subject_end].end].split()
            if 0 < len(words) <= MAX_SUBJECT_WORDS and not _PHRASE_BREAK.search(" ".join(words)):
                speaker = attributor.token_mention(first, subject_end, "SPEAKER", kind="role")
    if speaker is None or speaker.start >= tokens[k].start:
        return None
    clause_begin = tokens[k].end
    that = re.match(r"\s+that\b", attributor.text[clause_begin:end])
    if that:
        clause_begin += that.end()
    clause = _clause(attributor, clause_begin, end)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)


def _according_last(
    attributor: Attributor, k: int, according_end: int, start: int, end: int
) -> tuple[Mention, Attribution] | None:
    """`Indonesia rejected the proposal, according to four officials.`: the source closes the sentence."""
    text = attributor.text
    before = text[start : attributor.tokens.tokens[k].start].rstrip()
    if not before.endswith(","):
        return None
    speaker = attributor.speaker_after(according_end, end)
    if speaker is None or text[speaker.end : end].strip(" .!?"):
        return None
    organisation = any(m.end == speaker.end and m.label in ("ORG", "GPE") for m in attributor.analysis.entities)
    if speaker.attrs.get("kind") == "org" or organisation:
        return None  # `..., according to the Department of Health`: a source of figures, not speech
    clause = _clause(attributor, start, start + len(before) - 1)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, according_end - 1, "CUE"), speaker, INDIRECT_SCORE)


def _opening_clitic(attributor: Attributor, k: int) -> bool:
    """A clitic cue (`Lanjutnya`, `Dijelaskannya`) followed by a comma or a small word, not `Katanya`
    used as hearsay inside a sentence."""
    word = attributor.tokens.tokens[k].text.lower()
    return word.endswith("nya") and word != "menurutnya" and attributor._clitic_cue(k)


def _indirect_at(attributor: Attributor, k: int, start: int, end: int) -> tuple[Mention, Attribution] | None:
    tokens = attributor.tokens.tokens
    according_end = attributor._according(k)
    if according_end is not None:
        comma = attributor.text.find(",", tokens[k].end, end)
        if comma < 0:
            return _according_last(attributor, k, according_end, start, end)
        if according_end < len(tokens) and tokens[according_end].text.lower() in attributor.lex.res.not_speakers:
            return None  # `Menurut catatan Perludem, ...`: a data source, not speech
        cue = attributor.token_mention(k, according_end - 1, "CUE")
        speaker = attributor.speaker_after(according_end, comma)
        if speaker is not None and speaker.end > comma:
            comma = attributor.text.find(",", speaker.end, end)
            if comma < 0:
                return None
        comma = _past_apposition(attributor.text, comma, end, attributor.analysis.lang)
        clause = _clause(attributor, comma + 1, end)
        if clause is None or speaker is None:
            return None
        return clause, Attribution(cue, speaker, INDIRECT_SCORE)
    if k == attributor.tokens.first_at_or_after(start) and tokens[k].is_cap and _opening_clitic(attributor, k):
        # `Dijelaskannya, ...`, `Lanjutnya, ...`: a clitic cue opening the sentence is cue and speaker.
        clause = _clause(attributor, tokens[k].end, end)
        if clause is None:
            return None
        mention = attributor.token_mention(k, k, "SPEAKER", kind="clitic")
        return clause, Attribution(attributor.token_mention(k, k, "CUE"), mention, INDIRECT_SCORE)
    if tokens[k].text.lower().startswith("menurut") and attributor._clitic_cue(k):
        comma = attributor.text.find(",", tokens[k].end, end)
        clause = _clause(attributor, comma + 1 if comma >= 0 else tokens[k].end, end)
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
    if k > 0 and tokens[k - 1].text.lower() in _PASSIVE_AUXILIARIES:
        return None  # `was declared eliminated`: a passive, not someone speaking
    addressee_end: int | None = None
    if match[1] in attributor.lex.res.cues_direct_only:
        after = attributor.text[tokens[verb_end - 1].end : tokens[verb_end - 1].end + 40].lstrip()
        english_that = attributor.analysis.lang == "en" and re.search(r"\bthat\b", after)
        if not (after.startswith(",") or after.split(" ", 1)[0].lower() in _COMPLEMENTISER or english_that):
            addressee_end = _after_addressee(attributor, verb_end, end) if match[1] == "told" else None
            if addressee_end is None:
                return None  # `mengimbau warga untuk ...`, `menyampaikan hasil survei`: not speech
    inverted = _inverted(attributor, k, verb_end, start, end)
    if inverted is not None:
        return inverted
    speaker = attributor.speaker_before(k, start)
    if speaker is None:
        return None
    clause_begin = tokens[verb_end - 1].end if addressee_end is None else addressee_end
    if attributor.analysis.lang == "en" and addressee_end is None:
        # `said on Monday that ...`: the clause starts after `that` when it comes soon.
        that = re.search(r"\bthat\b", attributor.text[clause_begin : min(end, clause_begin + 40)])
        if that:
            clause_begin += that.end()
        else:
            # `officials said Sunday the death toll ...`: a time word is not part of the report.
            when = _WHEN.match(attributor.text, clause_begin, end)
            if when:
                clause_begin = when.end()
    clause = _clause(attributor, clause_begin, end)
    if clause is None:
        return None
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, speaker, INDIRECT_SCORE)

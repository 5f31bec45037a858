"""Indirect speech: `X mengatakan (bahwa) ...`, `Menurut X, ...`, `X said (that) ...`.

The QUOTE (``attrs.type = "indirect"``) covers the reported clause without `bahwa`/`that` and
without the final full stop. Sentences that hold a direct quote are left alone, so a direct quote
is never taken for indirect speech.
"""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.attribution import Attribution, Attributor
from annotator.nlp.resources import load_resources
from annotator.nlp.speech import link_attribution

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s|$)|$)", re.MULTILINE)
_COMPLEMENTISER = {"bahwa", "bahwasanya", "that"}
_PASSIVE_AUXILIARIES = {"was", "were", "been", "being", "is", "are", "be"}
#: A clause opening with one of these is a directive or a purpose, not reported speech.
_NOT_SPEECH_START = {"agar", "supaya", "untuk", "demi", "to", "for"}
#: Clauses shorter than this are objects or fragments, not reported speech.
MIN_WORDS = 4
INDIRECT_SCORE = 0.6


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)


@cache
def _cue_filter(lang: str) -> re.Pattern[str]:
    """A quick test for sentences that may hold a speech verb (most do not)."""
    res = load_resources(lang)
    words = sorted({*res.cues_before, *res.cues_according}, key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in words) + r")|nya\b")


def find_indirect(analysis: Analysis, attributor: Attributor) -> None:
    text = analysis.text
    quick = _cue_filter(analysis.lang)
    # Datelines do not block a sentence (its report starts after them); other furniture does.
    blocked = [(m.start, m.end) for m in analysis.quotes] + [
        (m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") != "dateline"
    ]
    tokens = attributor.tokens
    for sentence in _SENTENCE.finditer(text):
        start, end = sentence.start(), sentence.end()
        if not quick.search(text, start, end) or _overlaps(start, end, blocked):
            continue
        start = _after_furniture(attributor, start)
        first = tokens.first_at_or_after(start)
        last = tokens.last_ending_at_or_before(end)
        for k in range(first, min(last, first + 25) + 1):
            found = _indirect_at(attributor, k, start, end)
            if found is not None:
                clause, attribution = found
                analysis.quotes.append(clause)
                link_attribution(analysis, clause, attribution, INDIRECT_SCORE)
                break


def _clause(attributor: Attributor, begin: int, end: int) -> Mention | None:
    text = attributor.text
    for marker in attributor.lex.res.clause_ends:
        cut = text.find(marker, begin, end)
        if cut >= 0:
            following = text[cut + len(marker) : end].split(" ", 1)[0].lower()
            if following in attributor.lex.pronouns or following.endswith("ed"):
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
    if len(words) < MIN_WORDS or not text[begin : begin + 1].isalnum() or words[0].lower() in _NOT_SPEECH_START:
        return None
    return Mention(begin, end, "QUOTE", score=INDIRECT_SCORE, attrs={"type": "indirect"})


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


def _after_furniture(attributor: Attributor, start: int) -> int:
    """A sentence that begins with a dateline reports from after it."""
    for mention in attributor.analysis.furniture:
        if mention.start <= start < mention.end or start <= mention.start < start + 2:
            start = max(start, mention.end)
    text = attributor.text
    while start < len(text) and text[start] in " \t":
        start += 1
    return start


def _past_apposition(text: str, comma: int, end: int) -> int:
    """`According to X, a scientist at Y, ...`: the clause starts after the apposition's comma."""
    following = text.find(",", comma + 1, end)
    if following < 0:
        return comma
    between = text[comma + 1 : following].strip()
    first = between.split(" ", 1)[0]
    if (
        first[:1].islower()
        and first.lower() in {"a", "an", "the", "seorang", "pengamat", "peneliti", "ketua", "kepala"}
        and len(between.split()) <= 10
    ):
        return following
    return comma


def _indirect_at(attributor: Attributor, k: int, start: int, end: int) -> tuple[Mention, Attribution] | None:
    tokens = attributor.tokens.tokens
    according_end = attributor._according(k)
    if according_end is not None:
        comma = attributor.text.find(",", tokens[k].end, end)
        if comma < 0:
            return None
        if according_end < len(tokens) and tokens[according_end].text.lower() in attributor.lex.res.not_speakers:
            return None  # `Menurut catatan Perludem, ...`: a data source, not speech
        cue = attributor.token_mention(k, according_end - 1, "CUE")
        speaker = attributor.speaker_after(according_end, comma)
        if speaker is not None and speaker.end > comma:
            comma = attributor.text.find(",", speaker.end, end)
            if comma < 0:
                return None
        comma = _past_apposition(attributor.text, comma, end)
        clause = _clause(attributor, comma + 1, end)
        if clause is None or speaker is None:
            return None
        return clause, Attribution(cue, speaker, INDIRECT_SCORE)
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
    if k > 0 and tokens[k - 1].text.lower() in _PASSIVE_AUXILIARIES:
        return None  # `was declared eliminated`: a passive, not someone speaking
    if match[1] in attributor.lex.res.cues_direct_only:
        after = attributor.text[tokens[verb_end - 1].end : tokens[verb_end - 1].end + 40].lstrip()
        english_that = attributor.analysis.lang == "en" and re.search(r"\bthat\b", after)
        if not (after.startswith(",") or after.split(" ", 1)[0].lower() in _COMPLEMENTISER or english_that):
            return None  # `mengimbau warga untuk ...`, `menyampaikan hasil survei`: not speech
    inverted = _inverted(attributor, k, verb_end, start, end)
    if inverted is not None:
        return inverted
    speaker = attributor.speaker_before(k, start)
    if speaker is None:
        return None
    clause_begin = tokens[verb_end - 1].end
    if attributor.analysis.lang == "en":
        # `said on Monday that ...`: the clause starts after `that` when it comes soon.
        that = re.search(r"\bthat\b", attributor.text[clause_begin : min(end, clause_begin + 40)])
        if that:
            clause_begin += that.end()
    clause = _clause(attributor, clause_begin, end)
    if clause is None:
        return None
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, speaker, INDIRECT_SCORE)

"""A cue of the slot after a quote opening the sentence (`Kata Juanda, dirinya hanya ...`,
`Lanjut Kapolres, ...`, `Meski demikian, lanjut X, ...`): its speaker and a comma follow, then the report."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.appositions import past_apposition
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.connectives import MAX_CONNECTIVE_WORDS, connective_only
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: Words that may stand before a cue opening a sentence (`Masih kata Hary, ...`, `Namun kata dia, ...`).
BEFORE_OPENING_CUE = speech_words()["before_opening_cue"]
#: Cues that open a sentence with their speaker (`Kata X, ...`); `Aku`, `Ingat`, `Sebut` do not.
_OPENING_CUES = speech_words()["opening_cues"]
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

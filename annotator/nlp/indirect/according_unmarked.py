"""`Menurut X` whose speaker is not closed by a comma: `Menurut Kepala Dinas Rudi Hartono kasus
DBD menurun ...` (no comma at all) and `Menurut Direktur PT X, Budi Santoso tantangan ...` (the comma
after the role, none after the name). A named or pronoun speaker followed straight by a small
word ends the source, and the report starts there."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect import according_inside
from annotator.nlp.indirect.adjunct_before_inner import adverbial_before_inner_cue
from annotator.nlp.indirect.clauses import COMPLEMENTISERS, INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speakers.attribution import SPEAKER_STOPS, Attribution, Attributor

#: Words after a speaker that are no report's first word (`Menurut Budi juga ...` goes on elsewhere).
_NOT_REPORT_OPENERS = SPEAKER_STOPS | speech_words()["adverbs"] | COMPLEMENTISERS | speech_words()["after_speaker_linkers"]


def _report_follows(attributor: Attributor, speaker: Mention, end: int) -> bool:
    """Whether a small word that can open a clause follows the speaker straight (no comma)."""
    rest = attributor.text[speaker.end : end]
    if not rest.startswith(" "):
        return False
    words = rest.split(None, 1)
    if len(words) < 2:
        return False
    first = words[0]
    return first.isalpha() and first.islower() and first not in _NOT_REPORT_OPENERS


def unmarked_report(attributor: Attributor, speaker: Mention | None, end: int) -> Mention | None:
    """The report right after a named or pronoun speaker of `Menurut` with no comma between."""
    if speaker is None or speaker.attrs.get("kind") not in ("name", "pronoun"):
        return None
    if not _report_follows(attributor, speaker, end):
        return None
    return reported_clause(attributor, speaker.end, end)


@cache
def _role_heads(lang: str) -> frozenset[str]:
    """First words of the language's roles (`Kepala`, `Direktur`)."""
    return frozenset(role.split()[0].lower() for role in load_resources(lang).roles if role.split())


def comma_left_out(
    attributor: Attributor, according_end: int, speaker: Mention | None, comma: int, end: int
) -> tuple[Mention, Mention] | None:
    """(speaker, report) of `Menurut Kadis X Budi Santoso kasus ..., ...` (the speaker before the
    first comma) and of `Menurut Direktur PT X, Budi Santoso tantangan ...` (a role, its comma, then
    the name running into the report); else None."""
    role = attributor.tokens.tokens[according_end].text.lower() in _role_heads(attributor.analysis.lang)
    if speaker is not None and (speaker.end <= comma or role):
        clause = unmarked_report(attributor, speaker, end)
        if clause is not None:
            return speaker, clause
    named = _name_opening(attributor, speaker, comma, end) if role else None
    clause = unmarked_report(attributor, named, end) if named is not None else None
    return (named, clause) if named is not None and clause is not None else None


def _name_opening(attributor: Attributor, speaker: Mention | None, comma: int, end: int) -> Mention | None:
    """`Menurut Direktur PT X, Budi Santoso tantangan ...`: the PERSON right after the comma that
    closed a role, followed by a small word, is the speaker (the comma after it left out); after a
    name or a source (`Menurut Rudi, Agus berhasil ...`) it is the report's subject."""
    tokens = attributor.tokens
    if speaker is not None and speaker.end > comma:
        return None
    first = tokens.first_at_or_after(comma + 1)
    entity = attributor.entity_by_first.get(first)
    if entity is None or entity.label != "PERSON" or attributor.text[comma + 1 : entity.start].strip():
        return None
    speaker = attributor.name_speaker(entity)
    return speaker if _report_follows(attributor, speaker, end) else None


def according_unmarked(attributor: Attributor, k: int, according_end: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Menurut Kepala Dinas Rudi Hartono kasus DBD menurun.`: no comma in the whole sentence."""
    tokens = attributor.tokens
    if according_end < len(tokens) and tokens.tokens[according_end].text.lower() in attributor.lex.res.not_speakers:
        return None  # `Menurut catatan Perludem ...`: a data source
    speaker = attributor.speaker_after(according_end, end)
    clause = unmarked_report(attributor, speaker, end)
    if clause is None or speaker is None:
        return None
    return clause, Attribution(attributor.token_mention(k, according_end - 1, "CUE"), speaker, INDIRECT_SCORE)


#: `menurut` in small letters after a comma inside a sentence.
_MID_MENURUT = ", menurut "


def according_mid_sentence(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`..., menurut Budi hal ini juga terkesan lucu.`: a lower-case `menurut` after a comma, a named
    or pronoun speaker and, with no comma, the report to the sentence's end (what came before the
    comma is the writer's)."""
    text, tokens = attributor.text, attributor.tokens
    at = text.find(_MID_MENURUT, start, end)
    if at < 0:
        return None
    k = tokens.first_at_or_after(at + 2)
    if k + 1 >= len(tokens) or tokens.tokens[k].start != at + 2:
        return None
    speaker = attributor.speaker_after(k + 1, end)
    inside = according_inside.whole_clause(attributor, k, start, speaker, end) if speaker is not None else None
    if inside is None and speaker is not None:  # `Setelah diperiksa, menurut Budi, pelaku akan ...`
        inside = adverbial_before_inner_cue(attributor, start, tokens.tokens[k].start, text[speaker.end : end], end)
    if inside is not None:  # `Fenomena itu, menurut Dwikorita, dapat memicu banjir`: the cue inside the clause
        return inside, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)
    clause = unmarked_report(attributor, speaker, end)
    if clause is None or speaker is None or "," in text[clause.start : clause.end]:
        return None
    return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)


def mid_sentence_cues(attributor: Attributor) -> list[int]:
    """Token indices of each `menurut` after a comma (so that its sentence is looked at)."""
    text, tokens = attributor.text, attributor.tokens
    found: list[int] = []
    at = text.find(_MID_MENURUT)
    while at >= 0:
        k = tokens.first_at_or_after(at + 2)
        if k < len(tokens) and tokens.tokens[k].start == at + 2:
            found.append(k)
        at = text.find(_MID_MENURUT, at + 1)
    return found

"""A passive cue in small letters and its speaker inside an Indonesian report: `Pemain itu tidak
diturunkan, disampaikan Pelatih Budi karena kondisinya menurun`, `Hasil rapat itu dikatakan Rudi,
sudah diteruskan ke setiap fraksi`. As with `Penangkapan itu, kata dia, merupakan ...` (the
guidelines), the report is the whole sentence, with cue and speaker inside it.

`disampaikan` also means `handed over` (`Bantuan itu disampaikan Bupati kepada warga`), so a comma
must set the cue off (before it) or close the speaker (after it)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.speech_occasion import only_a_date
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.speakers.cue_words import according_lower

#: A small passive word (`di...kan`) before a capital: ``\bdi[a-z]+kan(?=\s+[A-Z])``, written with
#: the literal first so that ``re`` scans for it (the edge before a word is no word character before it).
_PASSIVE = re.compile(r"di(?<!\w[\s\S]{2})[a-z]+kan(?=\s+[A-Z])")
#: The fewest words before the cue and after the speaker.
MIN_BEFORE, MIN_AFTER = 3, 2
#: `bahwa` soon after the cue and its speaker (only a date or a comma between them).
_THAT = re.compile(r"\bbahwa\b")
MAX_BEFORE_THAT = 120
#: Words after the speaker that make the passive a handing over (`disampaikan Bupati kepada warga`).
_HANDED_TO = speech_words()["handed_to"]


def inner_passive_cues(attributor: Attributor) -> list[int]:
    """Token indices of passive cues in small letters before a capital (checked per sentence later)."""
    if attributor.analysis.lang != "id":
        return []
    text, tokens = attributor.text, attributor.tokens
    known = according_lower(attributor.lex.res)
    # A match is a whole word of ``known`` (a run of small letters after no word character, white
    # space after it): only the words of the text that are one are tried, not every `di` of the text.
    return [k for k in tokens.indices_of(known) if (match := _PASSIVE.match(text, tokens.starts[k])) and match.group() in known]


def passive_inside(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The whole sentence ``start``..``end`` as a report whose passive cue stands inside it."""
    if attributor.analysis.lang != "id":
        return None
    text, tokens = attributor.text, attributor.tokens.tokens
    known = according_lower(attributor.lex.res)
    for match in _PASSIVE.finditer(text, start, end):
        k = attributor.tokens.first_at_or_after(match.start())
        if match.group() not in known or k >= len(tokens) or tokens[k].start != match.start():
            continue
        before = text[start : tokens[k].start]
        if before.split()[-1:] == ["yang"]:
            continue  # `ekspos yang disampaikan Kapolresta ...`: a relative clause names a document, no report
        that = _THAT.search(text, tokens[k].end, min(end, tokens[k].end + MAX_BEFORE_THAT))
        speaker = attributor.speaker_after(k + 1, that.start() if that else end)
        if speaker is None or speaker.attrs.get("kind") == "pronoun":
            continue
        if that is not None and _only_when(attributor, speaker.end, that.start()):
            # `Kondisi ini disampaikan X, Rabu (30/8/2023) bahwa harga ...`: the report follows `bahwa`
            clause = reported_clause(attributor, that.end(), end)
            cue = attributor.token_mention(k, k, "CUE")
            return (clause, Attribution(cue, speaker, INDIRECT_SCORE)) if clause is not None else None
        speaker = attributor.speaker_after(k + 1, end) if that is not None else speaker
        if speaker is None or speaker.attrs.get("kind") == "pronoun":
            continue
        after = text[speaker.end : end]
        if len(before.split()) < MIN_BEFORE:
            continue
        if not (before.rstrip().endswith(",") or after.startswith(",")) or len(after.split()) < MIN_AFTER:
            continue
        if after.split()[0].lower() in _HANDED_TO or only_a_date(attributor.analysis, speaker.end, end):
            continue  # `..., disampaikan Bupati kepada warga`: handed over, no speech; `..., Senin (21/12)`: when only
        clause = reported_clause(attributor, start, end, whole_sentence=True)
        if clause is None:
            return None
        return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)
    return None


def _only_when(attributor: Attributor, begin: int, end: int) -> bool:
    """Nothing, or only a date, between the speaker and `bahwa`."""
    return not attributor.text[begin:end].strip(" ,") or only_a_date(attributor.analysis, begin, end)

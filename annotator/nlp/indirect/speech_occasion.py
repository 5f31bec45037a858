"""The occasion of an Indonesian report between its verb and a comma stays out of the report:
`Kepala Dinas menyampaikan dalam paparannya, jumlah kasus menurun`, `Kapolres mengatakan saat
dikonfirmasi, pelaku sudah ditahan`. The report starts after the comma.

Only a preposition followed at once by a noun of speaking (`sambutan`, `keterangan tertulisnya`)
or by a passive of being reached by the press (`dikonfirmasi`, `ditemui`) is an occasion: `saat
ini, ...` or `dalam kasus ini, ...` open the report itself. Words are in `common/speech_words.toml`."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis
from annotator.nlp.resources import speech_words

_WORDS = speech_words()
_PREPOSITIONS = _WORDS["occasion_prepositions"]
_NOUNS = _WORDS["occasion_nouns"]
_PASSIVES = _WORDS["occasion_passives"]
#: The most words of an occasion, its preposition included (`dalam keterangan tertulis yang diterima wartawan,`).
MAX_OCCASION_WORDS = 7
_SENTENCE_ENDS = (".", "!", "?", ";", ":", "“", '"', "”")


def opens_occasion(first: str, second: str) -> bool:
    if first.lower() not in _PREPOSITIONS:
        return False
    word = second.lower().rstrip(",")
    stem = word[:-3] if word.endswith("nya") else word
    return stem in _NOUNS or word in _PASSIVES


def past_occasion(text: str, begin: int, end: int) -> int:
    """Where the report starts when an occasion and its comma open ``text[begin:end]``; else ``begin``."""
    words = text[begin:end].split(None, MAX_OCCASION_WORDS + 1)
    if len(words) < 3 or not opens_occasion(words[0], words[1]):
        return begin
    offset = begin
    for word in words[:MAX_OCCASION_WORDS]:
        offset = text.index(word, offset) + len(word)
        if word.endswith(","):
            while offset < end and text[offset].isspace():
                offset += 1
            return offset if offset < end else begin
        if word.endswith(_SENTENCE_ENDS):
            return begin
    return begin


def occasion_then_comma(text: str, begin: int, end: int) -> bool:
    """Whether an occasion and its comma follow a verb ending at ``begin`` (a verb that usually
    takes an object then reports the clause after the comma: `menyampaikan dalam paparannya, ...`)."""
    while begin < end and text[begin].isspace():
        begin += 1
    return past_occasion(text, begin, end) != begin


def only_a_date(analysis: Analysis, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` holds nothing but a DATE the entity step found (`Senin
    (12/5/2025)`, `Rabu kemarin`): when the speaker spoke, never a speaker (`X ketika ditemui di
    kantornya, Senin (12/5/2025) mengatakan ...`)."""
    text = analysis.text
    while begin < end and (text[begin].isspace() or text[begin] in ",("):
        begin += 1
    while end > begin and (text[end - 1].isspace() or text[end - 1] in ",)"):
        end -= 1
    if begin >= end:
        return False
    return any(m.label == "DATE" and m.start <= begin and m.end >= end for m in analysis.entities)

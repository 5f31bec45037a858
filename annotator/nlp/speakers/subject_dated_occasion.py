"""An Indonesian subject, the occasion it spoke on and a date set off by commas before the verb:
`Kapolres Ketapang dalam keterangan tertulisnya di Pontianak, Jumat (13/7), membantah bahwa ...`,
`Kapolres Ketapang, Jumat (13/7), membantah ...`.
The date between the commas says when, never who (the speaker was the date); the occasion is no
part of the subject either, so the subject ends before the occasion's preposition."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis
from annotator.nlp.indirect.speech_occasion import only_a_date, opens_occasion


def subject_end_before_dated_occasion(analysis: Analysis, region_start: int, verb_start: int) -> int | None:
    """Where the subject ends in ``text[region_start:verb_start]`` when `, <DATE>,` closes it: before
    an occasion (`dalam keterangan tertulisnya`, `saat dikonfirmasi`) after the subject's first
    word, else at the first comma (`Kapolres X, Jumat (13/7), membantah`); None without that date."""
    text = analysis.text
    stop = verb_start
    while stop > region_start and text[stop - 1].isspace():
        stop -= 1
    if stop <= region_start or text[stop - 1] != ",":
        return None
    comma = text.rfind(",", region_start, stop - 1)
    if comma < 0 or not only_a_date(analysis, comma + 1, stop - 1):
        return None
    offset = region_start
    words = text[region_start:comma].split()
    for index, word in enumerate(words[:-1]):
        offset = text.index(word, offset)
        if index >= 1 and opens_occasion(word, words[index + 1]):
            return offset
        offset += len(word)
    return comma if words else None

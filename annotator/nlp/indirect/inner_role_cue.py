"""An Indonesian cue inside the report whose speaker no comma closes, a role or a name the
predicate follows at once: `Draf itu, kata Sekda akan diserahkan ke Bupati ...`, `Pemda Sukamaju,
lanjut Wakil Bupati telah menjalankan ...`. The speaker phrase read after the cue ran into the
predicate (`Sekda akan diserahkan`, or on to a later name after a comma); the speaker ends before
the auxiliary, and the report is the whole sentence with the cue inside it (as the guidelines'
`Penangkapan itu, kata dia, merupakan ...`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor

#: Auxiliaries and negations that open a predicate (`akan`, `telah`, `tidak` ...).
_PREDICATE_OPENERS = speech_words()["predicate_openers"] - {"ada"}
#: A relative clause in the speaker phrase keeps its own verbs (`warga yang tidak mau ...`).
_RELATIVE = speech_words()["inner_relatives"]
#: The most words of a speaker before the predicate (`Kepala Dinas Kesehatan Kabupaten Sukamaju`).
MAX_SPEAKER_WORDS = 6


def speaker_before_predicate(attributor: Attributor, cue: Mention, speaker: Mention) -> Mention | None:
    """The speaker right after ``cue`` when an auxiliary follows it within a few words (the report
    goes on there), else None."""
    if attributor.analysis.lang != "id" or speaker.end <= cue.end:
        return None
    text = attributor.text
    words = list(re.finditer(r"\S+", text[cue.end : speaker.end]))
    if len(words) < 2 or not words[0].group()[:1].isupper():
        return None
    for number, word in enumerate(words[1 : MAX_SPEAKER_WORDS + 1], start=1):
        lower = word.group().lower()
        if lower in _RELATIVE or word.group().endswith((",", ".")):
            return None
        if lower in _PREDICATE_OPENERS:
            end = cue.end + words[number - 1].end()
            start = cue.end + words[0].start()
            person = next(
                (m for m in attributor.analysis.entities if m.label == "PERSON" and m.start == start and m.end == end), None
            )
            return attributor.mention(start, end, "SPEAKER", kind="name" if person else "role")
    return None

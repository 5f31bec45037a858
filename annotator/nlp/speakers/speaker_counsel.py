"""An Indonesian counsel phrase before the speaker name: `kata kuasa hukum Budi Santoso`, `Tim
kuasa hukum Budi lantas menyatakan bahwa kliennya ...`. The phrase rules took the name for the
speaker, but it names the client; the speaker is the whole description (as the real gold has
`Tim kuasa hukum X`, and as `kuasa hukum X itu` already was, in speaker_closed_descriptions.py).
When the lawyer is named too (`kuasa hukum Budi, Rudi Hartono, mengatakan`, `Rudi Hartono, kuasa
hukum Budi`), the speaker is the lawyer's name and is left alone."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_swap import drop_unlinked_speakers

#: How far before the name the phrase is looked for.
_LOOK_BACK = 40


@cache
def _counsel_before() -> re.Pattern[str]:
    """A counsel phrase (an optional `tim` first) ending right before a name, one space apart."""
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(speech_words()["counsel_phrases"]))
    return re.compile(rf"(?<![\w-])(?:tim\s+)?(?:{phrases})\s+$", re.IGNORECASE)


def counsel_phrase_start(text: str, name_start: int) -> int | None:
    """Where a counsel phrase right before ``name_start`` starts, or None."""
    window_start = max(0, name_start - _LOOK_BACK)
    found = _counsel_before().search(text, window_start, name_start)
    if found is None or "\n" in found.group():
        return None
    return found.start()


def keep_counsel_descriptions(analysis: Analysis, attributor: Attributor) -> None:
    """Move each SPEAKER link from a client's name to the counsel description holding it."""
    if analysis.lang != "id":
        return
    replaced: dict[int, Mention] = {}
    for link in analysis.links:
        speaker = link.child
        if link.label != "SPEAKER" or speaker.attrs.get("kind") in ("pronoun", "clitic"):
            continue
        new = replaced.get(id(speaker))
        if new is None:
            if not analysis.text[speaker.start : speaker.start + 1].isupper():
                continue
            start = counsel_phrase_start(analysis.text, speaker.start)
            if start is None:
                continue
            new = attributor.mention(start, speaker.end, "SPEAKER", kind="role")
            replaced[id(speaker)] = new
        link.child = new
    drop_unlinked_speakers(analysis, replaced)

"""The speaker before a companion (`“...,” ujar Kapolsek X didampingi Kasi Humas Y.`, `Kapolres X
didampingi Kasat Reskrim Y mengatakan, ...`): the attribution rules took the name nearest the cue,
the companion who only stands by; the person before `didampingi` is the one who speaks."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_swap import drop_unlinked_speakers
from annotator.nlp.text.sentences import sentences

#: The most characters between a cue and the companion speaker, or a sentence start and it.
MAX_SPAN = 160


def keep_principal_speakers(analysis: Analysis, attributor: Attributor) -> None:
    """Point every SPEAKER link whose speaker is a companion at the person before the companion word."""
    words = speech_words()["companion_words"]
    if not any(word in analysis.text for word in words):
        return
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    cue_of = {id(link.head): link.child for link in analysis.links if link.label == "CUE"}
    people = sorted((m for m in analysis.entities if m.label == "PERSON"), key=lambda m: m.start)
    replaced: dict[int, Mention] = {}
    for link in analysis.links:
        if link.label != "SPEAKER" or link.child.attrs.get("kind") != "name":
            continue
        cue = cue_of.get(id(link.head))
        if cue is None:
            continue
        principal = replaced.get(id(link.child)) or _principal(analysis, link.child, cue, people, pattern)
        if principal is None:
            continue
        new = attributor.mention(principal.start, principal.end, "SPEAKER", kind="name")
        replaced[id(link.child)] = new
        link.child = new
    drop_unlinked_speakers(analysis, replaced)


def _principal(
    analysis: Analysis, speaker: Mention, cue: Mention, people: list[Mention], pattern: re.Pattern[str]
) -> Mention | None:
    """The person between the cue (or the sentence start) and the companion word before ``speaker``.
    The sentence is the splitter's, so a dotted title (`Kapolda Drs. X, M.Si didampingi Wakapolda
    Drs. Y menyatakan`) opens no sentence between the principal and the companion."""
    text = analysis.text
    if cue.end <= speaker.start:
        start = cue.end  # `ujar Kapolsek X didampingi ... Y`
    else:  # `Kapolres X didampingi ... Y mengatakan`: the sentence's start, within the speaker's line
        line = text.rfind("\n", 0, speaker.start) + 1
        start = max((first for first, _ in sentences(text, analysis.lang) if first <= speaker.start), default=line)
        start = max(start, line)
    if speaker.start - start > MAX_SPAN or "\n" in text[start : speaker.start]:
        return None
    companions = list(pattern.finditer(text, start, speaker.start))
    if not companions:
        return None
    word = companions[-1]
    if text[word.end() : speaker.start].count(",") > 1:
        return None  # a list after the companion word: the speaker is no companion
    before = [m for m in people if start <= m.start and m.end <= word.start()]
    return before[-1] if before else None

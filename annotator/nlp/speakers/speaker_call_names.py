"""The speaker of `kata Muhammad Ridwan (Iwan)`: the full name, not the call name in parentheses
after it (the speaker rules let a later PERSON of the phrase win, as a name after its ranks does)."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_swap import drop_unlinked_speakers


def full_names_for_call_names(analysis: Analysis, attributor: Attributor) -> None:
    """Point every SPEAKER link whose speaker is a name in parentheses right after another
    PERSON (`Muhammad Ridwan (Iwan)`) at that PERSON."""
    text = analysis.text
    if "(" not in text:
        return
    people = {m.end: m for m in analysis.entities if m.label == "PERSON"}
    replaced: dict[int, Mention] = {}
    for link in analysis.links:
        speaker = link.child
        if link.label != "SPEAKER" or speaker.attrs.get("kind") != "name":
            continue
        if text[speaker.start - 2 : speaker.start] != " (" or text[speaker.end : speaker.end + 1] != ")":
            continue
        full = people.get(speaker.start - 2)
        if full is None:
            continue
        new = replaced.get(id(speaker)) or attributor.mention(full.start, full.end, "SPEAKER", kind="name")
        replaced[id(speaker)] = new
        link.child = new
    drop_unlinked_speakers(analysis, replaced)

"""A name right after the cue and its role after it, with no comma (`“...,” tegas Rudi Hartono Camat
Sukamaju`): the entity rules take the word after the role for a name (`Camat Budi`), so the speaker
rules let that later PERSON win as a name after its ranks does. The name at the cue speaks; the
one word after its role is the place of the office (a GPE, as `Camat Sukamaju` alone gives)."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_swap import drop_unlinked_speakers
from annotator.nlp.text.tokens import TokenIndex


def names_before_roles(analysis: Analysis, attributor: Attributor) -> None:
    """Point every SPEAKER link of the shape `cue Name Role Word` at `Name`; `Word` becomes a GPE."""
    text, tokens = analysis.text, attributor.tokens
    cue_of = {id(link.head): link.child for link in analysis.links if link.label == "CUE"}
    people = {m.start: m for m in analysis.entities if m.label == "PERSON"}
    replaced: dict[int, Mention] = {}
    for link in analysis.links:
        speaker = link.child
        if link.label != "SPEAKER" or speaker.attrs.get("kind") != "name" or " " in text[speaker.start : speaker.end]:
            continue
        cue = cue_of.get(id(link.head))
        if cue is None or cue.end > speaker.start:
            continue
        name = _name_before_role(text, tokens, attributor, cue.end, speaker, people)
        if name is None:
            continue
        new = replaced.get(id(speaker)) or attributor.mention(name.start, name.end, "SPEAKER", kind="name")
        replaced[id(speaker)] = new
        link.child = new
        place = people.get(speaker.start)
        if place is not None and place.end == speaker.end:
            place.label = "GPE"
    drop_unlinked_speakers(analysis, replaced)


def _name_before_role(
    text: str, tokens: TokenIndex, attributor: Attributor, after_cue: int, speaker: Mention, people: dict[int, Mention]
) -> Mention | None:
    """The PERSON right after the cue when a role phrase alone stands between it and ``speaker``."""
    k = tokens.first_at_or_after(after_cue)
    if k >= len(tokens) or text[after_cue : tokens.tokens[k].start].strip():
        return None
    name = people.get(tokens.tokens[k].start)
    if name is None or name.end >= speaker.start:
        return None
    role_at = tokens.first_at_or_after(name.end)
    if role_at >= len(tokens) or text[name.end : tokens.tokens[role_at].start] != " ":
        return None
    role = attributor.lex.roles.match(tokens, role_at)
    if role is None or role[0] >= len(tokens) or tokens.tokens[role[0]].start != speaker.start:
        return None
    return name if text[tokens.tokens[role[0] - 1].end : speaker.start] == " " else None

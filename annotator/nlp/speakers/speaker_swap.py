"""Putting a person in place of a role or body speaker after the attribution rules have run: the
post-passes that find the person a role stands for (`speaker_apposed_titles`, `speaker_unit_names`,
`speaker_companions`) share this loop and the clean-up of the speakers no link points at."""

from __future__ import annotations

from collections.abc import Callable

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.speakers.attribution import Attributor


def swap_role_speakers(analysis: Analysis, attributor: Attributor, person_for: Callable[[Mention], Mention | None]) -> None:
    """Point every SPEAKER link whose speaker is a role or a body at ``person_for(speaker)``, when
    it finds one; a speaker shared by several links is looked up once."""
    replaced: dict[int, Mention] = {}
    for link in analysis.links:
        speaker = link.child
        if link.label != "SPEAKER" or speaker.attrs.get("kind") not in ("role", "org"):
            continue
        new = replaced.get(id(speaker))
        if new is None:
            person = person_for(speaker)
            if person is None:
                continue
            new = attributor.mention(person.start, person.end, "SPEAKER", kind="name")
            replaced[id(speaker)] = new
        link.child = new
    drop_unlinked_speakers(analysis, replaced)


def drop_unlinked_speakers(analysis: Analysis, replaced: dict[int, Mention]) -> None:
    """After links moved to the ``replaced`` speakers, keep only the speakers a link points at, the
    new ones last, each once."""
    if replaced:
        used = {id(link.child) for link in analysis.links}
        kept = [m for m in analysis.speakers if id(m) in used] + list(replaced.values())
        analysis.speakers[:] = list({id(m): m for m in kept}.values())

"""A place run into a name that the text names elsewhere: `Camat Tanalili Ir. Andi Suryanti`, then
`camat Tanalili Andi Suryanti mengungkapkan` (a role in small letters, so the scan sees one
capitalised run). When the run's first word is a GPE elsewhere in the text and the rest is a PERSON
elsewhere, the run is that place and that person."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState


def split_known_place_and_name(s: EntityState) -> None:
    text = s.text
    places = {text[m.start : m.end] for m in s.found if m.label == "GPE"}
    people = {text[m.start : m.end] for m in s.found if m.label == "PERSON"}
    if not places or not people:
        return
    added: list[Mention] = []
    for mention in s.found:
        if mention.label != "PERSON":
            continue
        words = text[mention.start : mention.end].split(" ")
        if len(words) < 3 or words[0] not in places or " ".join(words[1:]) not in people:
            continue
        place_end = mention.start + len(words[0])
        added.append(Mention(mention.start, place_end, "GPE", source=mention.source, rule="place_before_known_name"))
        mention.start = place_end + 1
        mention.rule = "place_before_known_name"
    if added:
        s.found.extend(added)
        s.found.sort(key=lambda m: m.start)

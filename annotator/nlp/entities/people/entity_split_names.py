"""A name cut in two by a place: `Kajari Darmo Wijoyo menambahkan` gave GPE `Darmo` (a village the
area lists know, read as the unit's place as in `Kajari Lamongan`) and PERSON `Wijoyo`, while the
same text names the person `Darmo Wijoyo` elsewhere (`Kepala Kejari Kukar, Darmo Wijoyo, ...`).
A one-word GPE right before a PERSON whose joined text is a PERSON of the text is that person."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def join_names_split_by_places(s: EntityState) -> None:
    """Merge `GPE X` + `PERSON Y` into PERSON `X Y` where `X Y` is a PERSON elsewhere in the text."""
    people = {s.text[m.start : m.end] for m in s.found if m.label == "PERSON"}
    if not people:
        return
    s.found.sort(key=lambda m: m.start)
    kept = []
    for mention in s.found:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and mention.label == "PERSON"
            and previous.label == "GPE"
            and s.text[previous.end : mention.start] == " "
            and " " not in s.text[previous.start : previous.end]
            and s.text[previous.start : mention.end] in people
        ):
            previous.end, previous.label, previous.rule = mention.end, "PERSON", mention.rule
            continue
        kept.append(mention)
    s.found = kept

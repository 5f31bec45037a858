"""A run of several words taken as a place once, by its context (`Kampong Thom province`, `in
Prey Veng`), is a place everywhere in the text: the same words elsewhere (`Kampong Thom military
police`, a headline's `... in Kampong Thom`) are no person's name. Unknown foreign place names are
often two capitalised words, which the scan can only tell from a name by the words around them."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def places_everywhere(s: EntityState) -> None:
    """Relabel PERSON mentions whose exact words a multi-word GPE mention of the text has."""
    places = {s.text[m.start : m.end] for m in s.found if m.label == "GPE"}
    places = {p for p in places if " " in p}
    if not places:
        return
    for mention in s.found:
        if mention.label == "PERSON" and s.text[mention.start : mention.end] in places:
            mention.label = "GPE"
            mention.rule = "place_found_elsewhere"

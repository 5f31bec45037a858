"""The seat of an organisation: `The Police Command in Delta says ...`, `the Fire Service in Kano`.
In English a capitalised word after `in` that follows an organisation's name says where the body
sits, so it is a place, never a person; the scan took an unknown state or city there (`Delta`,
`Jigawa`) for a name, and the speaker then became that person rather than the command. Only a
one- or two-word PERSON the capitalised-run rule guessed is relabelled; a name followed by `'s`
(`in Obi's government`) stays a person."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.guessed_places import guessed_people, relabel_as_place

#: The one preposition that gives an organisation's seat (`of` and `for` name whom it serves).
SEAT_PREPOSITION = "in"
#: How many words the guessed place may have (`Cross River`, `Akwa Ibom`).
MAX_PLACE_WORDS = 2


def places_after_organisations(s: EntityState) -> None:
    """Relabel a guessed PERSON right after `<ORG> in` as a GPE (English only)."""
    if s.analysis.lang != "en":
        return
    org_ends = {m.end for m in s.found if m.label == "ORG"}
    if not org_ends:
        return
    for mention, k in guessed_people(s, MAX_PLACE_WORDS):
        if s.word(k - 1) == SEAT_PREPOSITION and s.tokens.tokens[k - 2].end in org_ends:
            relabel_as_place(s, mention, "seat_of_organisation")

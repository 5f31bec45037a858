"""A name cut in two by a place: `Kajari Darmo Wijoyo menambahkan` gave GPE `Darmo` (a village the
area lists know, read as the unit's place as in `Kajari Lamongan`) and PERSON `Wijoyo`, while the
same text names the person `Darmo Wijoyo` elsewhere (`Kepala Kejari Kukar, Darmo Wijoyo, ...`).
A one-word GPE right before a PERSON whose joined text is a PERSON of the text is that person.
Where no other mention says so, a one-word GPE before a PERSON of two words or more is the name's
first word when nothing before it could take a place (a unit's or a role's seat, `warga X`): the
pair opens a clause, after a comma or at a sentence's start, or follows a naming cue
(`disampaikan Wara Sundari Renny Pramana`: the gazetteer knows `Wara` as a place; id_ents14)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import MAX_NAME_WORDS, EntityState


def _opens_name_slot(s: EntityState, start: int) -> bool:
    """Whether a name starting at ``start`` opens a clause or follows a naming cue."""
    text, k = s.text, start
    while k > 0 and text[k - 1] in " \t":
        k -= 1  # the text before the name, less its spaces, without copying it
    if k == 0 or text[k - 1] in ",.\n":
        return True
    index = s.tokens.first_at_or_after(start)
    return index > 0 and s.lex.naming_cue(s.tokens, index - 1)


def _place_opened_names(s: EntityState) -> set[str]:
    """Texts of the `GPE X` + `PERSON Y Z` pairs that open a name slot, `Y Z` of two words or more."""
    names: set[str] = set()
    people = [m for m in s.found if m.label == "PERSON"]
    places = {m.end: m for m in s.found if m.label == "GPE"}
    for person in people:
        place: Mention | None = places.get(person.start - 1)
        if place is None or s.text[place.end] != " " or " " in s.text[place.start : place.end]:
            continue
        words = s.text[place.start : person.end].split()
        if 3 <= len(words) <= MAX_NAME_WORDS and _opens_name_slot(s, place.start):
            names.add(s.text[place.start : person.end])
    return names


def join_names_split_by_places(s: EntityState) -> None:
    """Merge `GPE X` + `PERSON Y` into PERSON `X Y` where `X Y` is a PERSON elsewhere in the text."""
    people = {s.text[m.start : m.end] for m in s.found if m.label == "PERSON"}
    if s.analysis.lang == "id":
        people |= _place_opened_names(s)
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

"""A name the gazetteer knows (ORG, GPE, LOC) as a candidate of the scan, with what may continue
it: an organisation's tail, a place's ending, a district or a person's first name after a one-word
place. It shares the name predicates of ``entity_name_runs``."""

from __future__ import annotations

from annotator.nlp.entities.bodies import entity_bodies as bodies
from annotator.nlp.entities.entity_state import AGE_AFTER, EntityState
from annotator.nlp.entities.exclusions import entity_facilities as facilities
from annotator.nlp.entities.people import entity_residents as residents
from annotator.nlp.entities.people.entity_name_runs import name_run, valid_name
from annotator.nlp.entities.people.entity_people import run_label
from annotator.nlp.entities.people.entity_run_checks import seat_before_member
from annotator.nlp.entities.places import entity_lower_places
from annotator.nlp.entities.places import entity_place_legislatures as place_legislatures
from annotator.nlp.entities.places import entity_places as places
from annotator.nlp.entities.roles.entity_role_ends import role_before


def known_name(s: EntityState, index: int) -> int | None:
    """A name the gazetteer knows (ORG, GPE, LOC), with what continues it."""
    gaz = s.gazetteer(index)
    if gaz and gaz[0] == index + 1 and common_word_place(s, index):
        return None
    if gaz and gaz[0] == index + 1 and s.word(index) in s.initial_names:
        s.add(index, index, "PERSON")  # `berinisial AP ... mencari AP`: the suspect, not the agency
        return index + 1
    return known(s, index, gaz) if gaz else None


def common_word_place(s: EntityState, index: int) -> bool:
    """A one-word place known only from the gazetteer packages that the text also uses as a
    common word (`mau`, `natal`, `delta`): no place here."""
    word = s.word(index)
    return (
        word in s.lex.weak_places
        and word.lower() in s.lower_words
        and not entity_lower_places.small_letters_only_after_heads(s, word)  # `DPRD kepahiang`
    )


def known_name_extent(s: EntityState, index: int) -> int:
    """Where the gazetteer's own name ends: it beats an organisation head only when longer."""
    gaz = s.gazetteer(index)
    return gaz[0] if gaz else index


def known(s: EntityState, index: int, gaz: tuple[int, str]) -> int:
    """A gazetteer name; a one-word place followed by an unknown capitalised word is either a
    district (`di Medan Maimun`) or the first name of a person (`pelatih Milan Petrovic`)."""
    end, label = gaz
    if end == index + 1 and s.word(index).isupper() and AGE_AFTER.match(s.text, s.tokens.tokens[index].end):
        s.block(index, index)
        return end  # `AS (34)`: a suspect's initials, not a country
    if label in ("GPE", "LOC"):
        gaz_end = end
        end, label = places.place_ending(s, end, label)
        if label == "GPE" and end > gaz_end and (body_end := place_legislatures.legislature_after_place(s, gaz_end, end)):
            s.add(index, body_end - 1, "ORG")  # `Nairobi County Assembly`: the place's own legislature
            return body_end
    building_end = facilities.named_facility(s, index, end, label)
    if building_end is not None:
        return building_end  # `Shah Alam Stadium`, `Merdeka Palace`: the facility's name
    if label == "ORG":
        return bodies.known_organisation(s, index, end)
    # `asal Kediri Ditangkap.` (a title-case caption): a word the text also writes in small
    # letters is a common word, no part of the place or of a name
    follows = end < s.n and s.cap_word(end) and s.joined(end - 1, end) and s.word(end).lower() not in s.lower_words
    if label == "GPE" and end == index + 1 and follows:
        run_end = name_run(s, index)
        if run_end > end and seat_before_member(s, index, run_end):
            s.add(index, run_end - 1, "GPE")  # `Batu Gajah MP V. Sivakumar`: the seat
            return run_end
    if label == "GPE" and end == index + 1 and follows and not s.gazetteer(end) and not s.is_head(end):
        single_follower = not (s.cap_word(end + 1) and s.joined(end, end + 1))
        before = s.word(index - 1).lower() if index > 0 and s.joined(index - 1, index) else ""
        after_comma = s.tokens.gap(index - 1, index) == ", " and single_follower
        weak = s.word(index) in s.lex.weak_places  # `Presiden Rusia, Vladimir Putin`: a city's name as a first name
        if not weak and single_follower and role_before(s, index) and not s.in_title_line(index):
            s.add(index, index, "GPE")  # `pelatih Banten Aam`, `Wakil Gubernur Banten Dimyati`: the role's
            s.add(end, end, "PERSON")  # place, then a one-word name with no comma before it
            return end + 1
        resident_end = residents.resident_after_town(s, index, end) if single_follower and not weak else None
        if resident_end is not None:
            return resident_end  # `warga Manado Diana`: the town, then the resident's name
        if not weak and (before in s.words.list_before_place or before in s.words.place_prepositions or after_comma):
            if single_follower and not s.in_title_line(index):
                s.add(index, end, "GPE")
                return end + 1
        elif not s.in_title_line(index) and single_follower:
            run_end = name_run(s, index)
            if run_end > end and valid_name(s, index, run_end):
                label_of_run = run_label(s, [s.word(k) for k in range(index, run_end)])
                if label_of_run == "PERSON" and places.place_context(s, index):
                    label_of_run = "GPE"  # `the village of Batu Rengat`
                if label_of_run:
                    s.add(index, run_end - 1, label_of_run)
                    return run_end
    s.add(index, end - 1, label)
    return end

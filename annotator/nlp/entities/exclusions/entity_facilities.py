"""Facilities are not tagged (see the guidelines), and neither is a place or a body in their name,
whichever side of the facility's word it stands: one rule for both orders. After the word (`Rumah
Sakit Umum X`, `Bandara X`, markets and stadiums named like roads: `Pasar Induk Kramat Jati`)
:func:`facility`, a generator of the scan; before it (`Shah Alam Stadium`, `Merdeka Palace`)
:func:`named_facility`, asked by the known-name generator."""

from __future__ import annotations

from annotator.nlp.entities.bodies.entity_bodies import role_word
from annotator.nlp.entities.entity_state import EntityState


def facility(s: EntityState, index: int) -> int | None:
    """`Rumah Sakit Umum X`, `Bandara X`: a facility is not tagged, but its words are no one's name.
    Markets and stadiums are named like roads (``road_words``): a known place in their name is the
    facility's (`Pasar Induk Kramat Jati`). The other word order is :func:`named_facility`."""
    match = s.lex.facilities.match(s.tokens, index)
    if not match:
        return None
    k = match[0]
    road = s.word(index) in s.words.road_words
    first = k
    if road and s.tokens.gap(k - 1, k) == ". " and s.cap_word(k):
        k += 1  # `Jl. Medan Merdeka`
    # a road's name goes through natural and place heads (`Jalan Bukit Putus`), not through a body or a role
    while (
        (s.cap_word(k) or (road and inner_facility_word(s, k)))
        and s.joined(k - 1, k)
        and (road or not s.gazetteer(k) or namesake_place(s, index, first, k))
    ):
        if s.is_head(k) and not (road and not s.lex.org_heads.match(s.tokens, k) and not role_word(s, k)):
            break
        if k > first and village_after_street(s, index, k):
            break
        k += 1
    s.block(index, k - 1)
    return k


def namesake_place(s: EntityState, index: int, first: int, k: int) -> bool:
    """A known place after a person's name in a harbour's, station's or park's name (``namesake_facilities``:
    `Pelabuhan Yos Sudarso Sukamaju`): the facility's, untagged. Right after the facility's word
    (`Pelabuhan Dumai`) the place stays the rule's."""
    return k > first and s.word(index) in s.words.namesake_facilities and (gaz := s.gazetteer(k)) is not None and gaz[1] == "GPE"


def village_after_street(s: EntityState, index: int, k: int) -> bool:
    """A village's type and name after a street's name (`Jalan Merpati Kelurahan Sukajadi`): the
    address goes on with the village, which the street's name does not hold."""
    return s.word(index) in s.words.street_words and s.word(k) in s.words.village_types and s.cap_word(k + 1)


def inner_facility_word(s: EntityState, index: int) -> bool:
    """A capitalised facility word (a stop word of its own, `Taman`) inside a name read like a
    road's: `Pura Taman Sari`, a temple named after its garden, holds no village `Taman Sari`."""
    return s.free(index) and s.word(index)[:1].isupper() and s.lex.facilities.match(s.tokens, index) is not None


def named_facility(s: EntityState, index: int, end: int, label: str) -> int | None:
    """A known name (words ``index``..``end - 1``, of ``label``) before a facility's last word, or a
    place ending in one, names the building (`Shah Alam Stadium`, `Merdeka Palace`, `Guantanamo Bay
    Prison`): a facility is not tagged, so neither is the place or body in its name; the words are
    held. Returns the index after the facility, or None (`Kuala Lumpur City Hall` is a body's own
    name). An Indonesian text keeps a body before an English facility word (`Telkom Tower`: the
    guidelines tag a body named in a facility)."""
    tails = s.res.facility_tails
    if s.word(end) in tails and s.joined(end - 1, end) and (label != "ORG" or s.analysis.lang == "en"):
        s.block(index, end)
        return end + 1
    if label != "ORG" and end - index > 1 and s.word(end - 1) in tails:
        s.block(index, end - 1)
        return end
    return place_pair_road(s, index, end) if label != "ORG" else None


def place_pair_road(s: EntityState, index: int, end: int) -> int | None:
    """A place joined by a hyphen to the next one before a facility's word names a road between
    them (`the Lusaka-Kitwe Road Traffic Checkpoint`): the road and the capitalised words after it
    are held, neither place is tagged. Returns the index after them, or None."""
    tails = s.res.facility_tails
    if s.tokens.gap(end - 1, end) != "-" or not s.cap_word(end):
        return None
    k = end
    while s.cap_word(k) and s.word(k) not in tails and (k == end or s.joined(k - 1, k)):
        k += 1
    if s.word(k) not in tails or not s.joined(k - 1, k):
        return None
    k += 1
    while s.cap_word(k) and s.joined(k - 1, k):
        k += 1  # `... Road Traffic Checkpoint`
    s.block(index, k - 1)
    return k

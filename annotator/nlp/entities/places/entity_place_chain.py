"""A name between two places in a comma chain is a place: `Barangay Lucsuhin, Calatagan, Batangas`,
`Cavite, Batangas, Rizal, Laguna, and Quezon`, `Barangay Pamplona, General Nakar, Quezon`. Towns
too small for the gazetteers are found this way; a rank taken from the name (`General` of `General
Nakar`) and the person made of the rest give way to the place."""

from __future__ import annotations

import re
from itertools import pairwise

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: The most words of a name in the chain.
MAX_WORDS = 3
#: The name and its commas between two places (`, Calatagan, `; `, Lucban, and `).
_BETWEEN = re.compile(rf", ((?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*){{0,{MAX_WORDS - 1}}}),(?: and)? ")
#: The rule whose people give way to the place: a rank read off the place's name (`General Nakar`);
#: a bare name stays a person (`Desa Sukajaya, Budi, Kabupaten Bandung Barat`).
_WEAK_PEOPLE = frozenset({"title_or_role"})


def places_between_places(s: EntityState) -> None:
    """Tag the name between two GPEs joined by commas as a GPE (English text: Indonesian chains are
    spelled with their administrative words, `Desa X, Kecamatan Y`)."""
    if s.analysis.lang != "en":
        return
    places = sorted((m for m in s.found if m.label == "GPE"), key=lambda m: m.start)
    for left, right in pairwise(places):
        match = _BETWEEN.fullmatch(s.text, left.end, right.start)
        if match is None:
            continue
        start, end = match.span(1)
        inside = [m for m in s.found if m.start < end and start < m.end]
        if any(m.label != "PERSON" or m.rule not in _WEAK_PEOPLE or m.start < start or m.end > end for m in inside):
            continue
        first, last = s.tokens.first_at_or_after(start), s.tokens.last_ending_at_or_before(end)
        words = s.tokens.tokens[first : last + 1]
        if not words or any(word.text in s.lex.stopwords for word in words):
            continue
        for mention in inside:
            s.found.remove(mention)
        s.found.append(Mention(start, end, "GPE", rule="place_between_places"))
        for index in range(first, last + 1):
            s.taken[index] = True

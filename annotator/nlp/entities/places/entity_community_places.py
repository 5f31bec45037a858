"""The place a group of people lives in or comes from: `Residents of Bhangarpur said ...`,
`Traders in Mbalizi`, `a man from Old Harbour`. In English the capitalised run after a noun of
inhabitants (``community_nouns``: `residents`, `villagers`, `the people`) and `of`/`in`/`from`
names where they live, so it is a place, never a person; the scan took an unknown town there for
a name, and the speaker of `Residents of X said` then became that person rather than the
residents. A noun of a single person (``origin_person_nouns``: `a man`, `the family`) says where
someone comes from only with `from` (`the family of X` is a person's). Only a run of at most three
words that the capitalised-run rule guessed as a PERSON is relabelled; a name with `'s` after it
stays a person (`villagers in Obi's ward`)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.guessed_places import guessed_people, relabel_as_place

#: How many words the guessed place may have (`Old Harbour`, `Outer North Delhi`).
MAX_PLACE_WORDS = 3
#: The one preposition after which a single person's noun says where they come from.
ORIGIN_PREPOSITION = "from"


def places_of_communities(s: EntityState) -> None:
    """Relabel a guessed PERSON right after `<noun of inhabitants> of|in|from` as a GPE (English only)."""
    if s.analysis.lang != "en" or not (s.words.community_nouns or s.words.origin_person_nouns):
        return
    for mention, k in guessed_people(s, MAX_PLACE_WORDS):
        if not s.in_title_line(k) and community_before(s, s.word(k - 2).lower(), s.word(k - 1)):
            relabel_as_place(s, mention, "place_of_community")


def community_before(s: EntityState, noun: str, preposition: str) -> bool:
    """`residents of`, `traders in`, `people from`; `a man from` (a single person: `from` only)."""
    if noun in s.words.community_nouns:
        return preposition in s.words.community_prepositions
    return noun in s.words.origin_person_nouns and preposition == ORIGIN_PREPOSITION

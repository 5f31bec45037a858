"""A head's title written after the force's place (`Milne Bay Police Commander X`, `Manus
Provincial Police Commander X`, `Kamrieng Deputy Police Chief X`): the scan reads the place and
`Police` as the force's ORG, but the guidelines give a title's place alone (`Vang Vieng District
Governor`, `Kapolres Kendal`), so the ORG becomes the GPE of the place. A national force keeps its
ORG, as `Kapolri` gives no place: one named for no place (`National Police Chief`, `Royal Malaysian
Police Chief`) or for its country (`Nepal Police Chief`, like `National Police`). English only."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_gazetteers import country_names
from annotator.nlp.resources import read_toml

_WORDS = read_toml("en", "entity_words.toml")
#: The head's title right after `Police` (`Commander`, `Chief`).
HEAD_TITLES = frozenset(_WORDS["police_head_titles"])
#: Rank words between the place and `Police` that belong to the title (`Deputy`, `Provincial`).
TITLE_WORDS = frozenset(_WORDS["police_title_words"])
#: The force's word that ends the ORG the scan made.
POLICE = "Police"


def places_of_police_titles(s: EntityState) -> None:
    """`[Milne Bay] Police Commander`: the force's ORG before a head's title gives its place."""
    for mention in s.found:
        if mention.label != "ORG":
            continue
        words = s.text[mention.start : mention.end].split(" ")
        if len(words) < 2 or words[-1] != POLICE or not _title_follows(s, mention.end):
            continue
        place = words[:-1]
        while place and place[-1] in TITLE_WORDS:
            place.pop()
        if not place or not all(word[:1].isupper() for word in place):
            continue
        if place[-1] in s.words.police_adjectives or place[0] in s.words.police_adjectives:
            continue  # `National Police Chief`: the force, no place
        if " ".join(place) in country_names():
            continue  # `Nepal Police Chief`: the national force
        first = s.tokens.first_at_or_after(mention.start)
        if any(s.lex.demonyms.match(s.tokens, first + i) for i in range(len(place))):
            continue  # `Royal Malaysian Police Chief`: a nation's force
        mention.end = mention.start + len(" ".join(place))
        mention.label, mention.rule = "GPE", "place_of_police_title"


def _title_follows(s: EntityState, end: int) -> bool:
    """A head's title (`Commander`) right after the offset ``end``, one space between."""
    if s.text[end : end + 1] != " ":
        return False
    after = s.text[end + 1 : end + 16].split(" ", 1)[0].rstrip(",.")
    return after in HEAD_TITLES

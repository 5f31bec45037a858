"""Places whose names open with a small letter before a capital (`eSwatini`, `eThekwini`,
`uMhlathuze`, `kwaZulu-Natal`): the Nguni locative and class prefixes, as South African and
Swazi news write them. The scan of :mod:`annotator.nlp.entities.ruler` asks its rules at
capitalised words only, so the gazetteer never sees such a word; this pass asks it at each free
word of that shape after the scan (the names are in the language's place lists, `en/gpe.txt`)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places import entity_places as places
from annotator.nlp.lexicon import lexicon


def lower_initial_shape(text: str) -> bool:
    """A small letter, then a capital within the next three letters (`eSwatini`, `kwaZulu`)."""
    return text[:1].islower() and any(c.isupper() for c in text[1:4]) and text.replace("-", "").isalpha()


@cache
def _first_words(lang: str) -> frozenset[str]:
    """The first words of the language's known names of the `eSwatini` shape, found once."""
    names = lexicon(lang).known_names
    return frozenset(word for name in names if name[:1].islower() and lower_initial_shape(word := name.split()[0]))


def lower_initial_places(s: EntityState) -> None:
    """Tag each free known place of the `eSwatini` shape with its gazetteer label, with the
    place word that ends its name (`uMhlathuze Municipality`, one GPE as `Okahandja Municipality`)."""
    by_text = s.tokens.by_text
    for text in _first_words(s.analysis.lang) & by_text.keys():
        for index in by_text[text]:
            found = s.gazetteer(index)
            if found and found[1] in ("GPE", "LOC"):
                end, label = places.place_ending(s, found[0], found[1])  # `uMhlathuze Municipality`
                s.add(index, end - 1, label, rule="lower_initial_place")

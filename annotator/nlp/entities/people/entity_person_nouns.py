"""A lone capitalised word right after a noun for a person (`pilot Mirza`, `jenazah Iswahyudi`,
`sopir Darto`) is a name: crash and accident reports name crew and victims so, with no speech verb
near. The nouns are ``name_nouns`` of the language's ``entity_words.toml``. Building nouns in small
letters (``building_nouns``: `gedung Bhayangkari Solo`) do the opposite: the run after one is no name."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml


@cache
def name_nouns(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("name_nouns", []))


def after_person_noun(s: EntityState, index: int) -> bool:
    """Word ``index`` follows a person noun (any case) in the same phrase and is no known place."""
    return (
        index > 0
        and s.word(index - 1).lower() in name_nouns(s.analysis.lang)
        and s.joined(index - 1, index)
        and not s.gazetteer(index)
    )


@cache
def building_nouns(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("building_nouns", []))


def after_building_noun(s: EntityState, index: int) -> bool:
    """Word ``index`` follows a building noun written in small letters (`gedung Bhayangkari Solo`)."""
    return index > 0 and s.word(index - 1) in building_nouns(s.analysis.lang) and s.joined(index - 1, index)

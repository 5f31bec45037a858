"""A resident named after the town (`warga Manado Diana mengaku ...`): after a word for residents
(``resident_nouns`` of ``entity_words.toml``) a known town and one unknown capitalised word are the
town and the person, unless ``areaid`` lists the word as one of the town's own districts or
villages (`warga Medan Maimun`: one place). Asked by the known-name rule."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_gazetteers import local_area_names, local_areas


def resident_after_town(s: EntityState, index: int, end: int) -> int | None:
    """The town at ``index`` (one word, ``end`` after it) and the resident's name at ``end``: adds
    both and returns the word after the name, or None."""
    if index == 0 or s.word(index - 1).lower() not in s.words.resident_nouns or not s.joined(index - 1, index):
        return None
    name = s.word(end)
    if name in s.res.place_suffixes or name in s.res.place_types or s.in_title_line(index):
        return None
    if name in local_areas().get(s.word(index), frozenset()):
        return None  # `warga Medan Maimun`: a district of the town
    s.add(index, index, "GPE")
    s.add(end, end, "PERSON")
    return end + 1


def resident_place_end(s: EntityState, type_word: int, end: int) -> int:
    """`warga Desa Konbaki Yohanes Tefa`: after a word for residents, a place type and an unknown
    run, the place ends at the longest district or village of ``areaid`` it starts with that
    leaves two words or more for the resident's name; otherwise at ``end``."""
    first = type_word + 1
    if end - first < 2 or type_word == 0 or s.word(type_word - 1).lower() not in s.words.resident_nouns:
        return end
    names = local_area_names()
    tokens = s.tokens.tokens
    for j in range(end - 2, first, -1):  # two words at least are left for the name
        if s.text[tokens[first].start : tokens[j - 1].end] in names:
            return j
    return end

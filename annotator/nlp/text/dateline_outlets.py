"""A dateline head that names the outlet, not a city (`WARTANESIA –`, `LensaKalbar –`, `Kabar6 –`,
`Jazirah Indonesia –`, `SALAM PAPUA (TIMIKA) –`).

Small newsrooms open every article with their own name where a city would stand. The city heads
of a language with a full gazetteer are known places (`KOTAMOBAGU –`, `PESAWARAN –`), so a head
that is no known place and has an outlet's shape is the outlet: a word with a digit (`Kabar6`), a
word with a capital inside (`LensaKalbar`, `BerkatnewsTV`), one word in capitals (`TDBC`), or
words that end in a region's name the whole of which is no place (`Salam Papua`, `Jazirah
Indonesia`: an outlet names its region, a town is not named after its province). The shapes
and regions are a language's table (``dateline_outlets`` of ``furniture.toml``); a language
without it (English, whose gazetteer misses small towns) keeps every head a city.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from annotator.nlp.resources import read_list, read_toml

#: A capital right after a small letter inside one word (`LensaKalbar`, `BerkatnewsTV`).
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


@cache
def _table(lang: str) -> dict:
    return read_toml(lang, "furniture.toml").get("dateline_outlets", {})


@cache
def _regions(lang: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in _table(lang).get("regions", []))


@cache
def _place_types(lang: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in read_list(lang, "place_types.txt"))


def _known_place(name: str, gazetteer: Mapping[str, str]) -> bool:
    return (gazetteer.get(name) or gazetteer.get(name.title())) in ("GPE", "LOC")


def outlet_head(head: str, lang: str, gazetteer: Mapping[str, str]) -> bool:
    """Whether a dateline's head (the words before its comma, brackets or dash) names the outlet."""
    table = _table(lang)
    if not table or _known_place(head, gazetteer):
        return False
    words = head.split()
    if len(words) == 1:
        word = words[0]
        has_digit = any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
        capitals = table.get("unknown_capitals", False) and word.isalpha() and word.isupper() and len(word) >= 4
        return has_digit or bool(_INNER_CAPITAL.search(word)) or capitals
    first, last = words[0].casefold(), words[-1].casefold()
    if first in _place_types(lang) or first in _regions(lang) or _known_place(words[0], gazetteer):
        return False  # `Kota Jambi`, `Muaro Jambi`: a place named after its region's seat
    return last in _regions(lang)

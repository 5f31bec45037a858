"""A dateline head that names the outlet, not a city (`WARTANESIA –`, `LensaKalbar –`, `Kabar6 –`,
`TDBC –`, `Jazirah Indonesia –`, `SALAM PAPUA (TIMIKA) –`).

Small newsrooms open every article with their own name where a city would stand. A head that is
no known place is not enough (the gazetteer misses many regency seats: `RUTENG –`), so the head
must also have a shape no town has: a word with a digit (`Kabar6`), a capital inside a word
(`LensaKalbar`), capitals without a vowel (`TDBC`), a news word glued to another (`Wartanesia`,
`Infojambi`) or opening the head (`Media Banten`), or a region's name closing it while the whole
is no place (`Salam Papua`, `Jazirah Indonesia`: an outlet names its region, a town is not named
after its province). The words are a language's table (``dateline_outlets`` of
``furniture.toml``); a language without it keeps every head a city.
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
def _words(lang: str, key: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in _table(lang).get(key, []))


@cache
def _place_words(lang: str) -> frozenset[str]:
    """Words that open a place's name: the administrative types (`Kota`) and the heads of natural
    places (`Tanjung`, `Sungai`, `Pulau`: `Tanjung Bali`, `Sungai Jambi` are villages)."""
    words = read_list(lang, "place_types.txt") + read_list(lang, "loc_heads.txt")
    return frozenset(word.split()[0].casefold() for word in words)


def known_place(name: str, gazetteer: Mapping[str, str]) -> bool:
    """Whether the gazetteer holds ``name`` (as written or title-cased) as a place."""
    return (gazetteer.get(name) or gazetteer.get(name.title())) in ("GPE", "LOC")


def _glued_news_word(word: str, lang: str) -> bool:
    """A news word of four letters or more glued before or after another word of three letters or
    more (`Wartanesia`, `Infojambi`); `Pos` is left out (`Posadas`)."""
    folded = word.casefold()
    return any(
        len(news) >= 4 and len(folded) - len(news) >= 3 and (folded.startswith(news) or folded.endswith(news))
        for news in _words(lang, "news_words")
    )


def _one_word_outlet(word: str, lang: str) -> bool:
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        return True  # `Kabar6`
    if _INNER_CAPITAL.search(word):
        return True  # `LensaKalbar`
    if word.isascii() and word.isalpha() and word.isupper() and len(word) >= 3 and not set(word) & set("AEIOU"):
        return True  # `TDBC`: capitals without a vowel are letters, no town's name
    return _glued_news_word(word, lang)


def outlet_head(head: str, lang: str, gazetteer: Mapping[str, str]) -> bool:
    """Whether a dateline's head (the words before its comma, brackets or dash) names the outlet."""
    if not _table(lang) or known_place(head, gazetteer):
        return False
    words = head.split()
    if len(words) == 1:
        return _one_word_outlet(words[0], lang)
    first, last = words[0].casefold(), words[-1].casefold()
    if first in _place_words(lang) or first in _words(lang, "regions") or known_place(words[0], gazetteer):
        return False  # `Kota Jambi`, `Tanjung Bali`, `Muaro Jambi`: a place named after its region
    return first in _words(lang, "news_words") or last in _words(lang, "regions")

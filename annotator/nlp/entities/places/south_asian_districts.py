"""South Asia's districts (second-level places) as English news names them bare: `in Sheikhupura`,
`Barisal district`, `the Kurunegala police`, `Bhagalpur said` (``en/south_asian_districts.toml``).

Why a table: pycountry (ISO 3166-2) holds only the first level of India, Pakistan and Nepal
(states and provinces), and GeoNames' towns there are too often words or names for a population
threshold alone (`Mau`, `Moga`, `Pandi`). The table's `districts` join the English gazetteer
(:func:`district_names`, read by ``entity_gazetteers.package_places``) as weak places, so the
scan's context rules still apply. Its `with_country` names are a word, a name or a place elsewhere
too (`Banda` is a Malawian surname, `Ilam` an Iranian province, `Bara` a Spanish word): this pass
tags them only in a text that names their country (`India`, `Nepalese`), one of its states or
provinces (pycountry's first level), or one of its unambiguous districts, and only where no
entity holds them and no capitalised word runs into them (`Shaheen Bagh` stays one name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from annotator.nlp.entities.places.world_subdivisions import without_accents
from annotator.nlp.resources import read_toml

if TYPE_CHECKING:  # the gazetteer reads this module while the entity state is being imported
    from annotator.nlp.entities.entity_state import EntityState

#: The table's name (one section per country, by ISO code).
TABLE = "south_asian_districts.toml"


def district_names() -> Iterator[str]:
    """Every country's unambiguous districts (`Sheikhupura`, `Motihari`, `Kanchanpur`)."""
    for country in read_toml("en", TABLE).values():
        yield from country.get("districts", ())


def _first_level(code: str) -> Iterator[str]:
    """The country's states or provinces as news writes them (`Tamil Nadu`, `Khyber Pakhtunkhwa`)."""
    try:
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover - a declared dependency
        return
    for sub in pycountry.subdivisions.get(country_code=code) or ():
        if not sub.parent_code:
            yield without_accents(sub.name)


@cache
def _countries() -> tuple[tuple[tuple[str, ...], frozenset[str], frozenset[str], re.Pattern[str]], ...]:
    """For each country with `with_country` names: those names and their first words (a cheap
    test first), the one-word names that show the text is about the country, and a pattern of its
    names of several words (read once)."""
    found = []
    for code, country in read_toml("en", TABLE).items():
        ambiguous = tuple(country.get("with_country", ()))
        if not ambiguous:
            continue
        context = {*country.get("country", ()), *country.get("districts", ()), *_first_level(code)}
        words = frozenset(name for name in context if " " not in name)
        several = sorted((name for name in context if " " in name), key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, several)) + r")\b")
        found.append((ambiguous, frozenset(name.split()[0] for name in ambiguous), words, pattern))
    return tuple(found)


def districts_in_context(s: EntityState) -> None:
    """Tag each free `with_country` district as GPE where the text names its country."""
    by_text = s.tokens.by_text
    for ambiguous, first_words, words, several in _countries():
        if by_text.keys().isdisjoint(first_words):
            continue
        if by_text.keys().isdisjoint(words) and not several.search(s.text):
            continue
        for first, last in s.phrase_places(ambiguous):
            if all(s.free(k) for k in range(first, last + 1)) and _stands_alone(s, first, last):
                s.add(first, last, "GPE", rule="district_in_context")


def _stands_alone(s: EntityState, first: int, last: int) -> bool:
    """Whether no capitalised word runs into the name (`Shaheen Bagh`, `Gregory Banda`, `Banda
    Aceh`); a sentence opener before it (`In Banda`, `The`) is no name."""
    after = s.word(last + 1)
    if s.joined(last, last + 1) and after[:1].isupper():
        return False
    before = s.word(first - 1)
    return not (s.joined(first - 1, first) and before[:1].isupper() and before not in s.lex.stopwords)

"""Parishes named after a saint (`St Catherine`, `St. Elizabeth`, `Saint Michael`) are places in
the news of the country whose first-level subdivisions they are (Jamaica, Barbados, Antigua and
Barbuda, Dominica, Grenada, Saint Kitts and Nevis, Saint Vincent, ...; ISO 3166-2 in pycountry).

Why in context: elsewhere the same words open a church, a school or a hospital, or name the saint
(`St James Church`, `St Andrew's`), and the scan leaves any run a saint's word opens alone. So a
`St X` is tagged GPE only where the text names the country itself (`Jamaica`, `Antigua`), X is one
of that country's saint parishes, and nothing capitalised or a possessive `'s` follows (`St Ann's
Bay`, `St Catherine High School` stay as they were). An entity reaching outside the parish's words
keeps them; one inside them (`St` alone, the scan's run cut at the dot of `St.`) gives way.
"""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.entity_state import EntityState

#: How English news writes a saint's word before a parish's name.
_SAINT = r"(?:St\.?|Saint)"
#: The same as words of the text (a cheap test before any pattern is tried).
_SAINT_WORDS = ("St", "St.", "Saint")


@cache
def parish_countries() -> tuple[tuple[frozenset[str], re.Pattern[str], re.Pattern[str]], ...]:
    """For each country with saint parishes: the words that must be in a text naming it (the last
    word of each of its names, a cheap test first), a pattern of its names (`Jamaica`, `Antigua`,
    `St Kitts`, `Nevis`) and a pattern of its parishes in news spelling, read once."""
    try:
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover - a declared dependency
        return ()
    found = []
    for country in pycountry.countries:
        saints = sorted(
            sub.name[len("Saint ") :]
            for sub in pycountry.subdivisions.get(country_code=country.alpha_2) or ()
            if not sub.parent_code and sub.name.startswith("Saint ")
        )
        if not saints:
            continue
        names, words = set(), set()
        for full in {country.name, getattr(country, "common_name", country.name)}:
            for part in full.split(" and "):
                part = part.removeprefix("the ")
                names.add(re.escape(part).replace("Saint\\ ", _SAINT + r"\s"))
                words.add(part.split()[-1])
        country_pattern = re.compile(r"\b(?:" + "|".join(sorted(names)) + r")\b")
        parish = re.compile(
            r"(?<![\w.])" + _SAINT + r"[ \t]+(?:" + "|".join(map(re.escape, saints)) + r")\b"
            r"(?!['’]s\b|[ \t]+[A-Z0-9]|-)"
        )
        found.append((frozenset(words), country_pattern, parish))
    return tuple(found)


def saint_parishes(s: EntityState) -> None:
    """Tag each `St X` parish of a country the text names, where no entity holds its words."""
    text, by_text = s.text, s.tokens.by_text
    if not any(word in by_text for word in _SAINT_WORDS):
        return
    for words, country, parish in parish_countries():
        if not any(word in by_text for word in words) or not country.search(text):
            continue
        for match in parish.finditer(text):
            first = s.tokens.first_at_or_after(match.start())
            last = s.tokens.last_ending_at_or_before(match.end())
            if first > last or not _free_of_longer(s, match.start(), match.end()):
                continue
            for index in range(first, last + 1):
                s.taken[index] = False  # the saint's rule only kept the scan off these words
            s.add(first, last, "GPE", rule="saint_parish")


def _free_of_longer(s: EntityState, start: int, end: int) -> bool:
    """Whether no entity found reaches outside the characters ``start``..``end`` while overlapping
    them; one inside (`St` of `in St. Catherine`, the scan's run cut at the dot) is dropped."""
    inside = s.found_within(start, end)
    if inside is None:
        return False
    for mention in inside:
        s.found.remove(mention)
    return True

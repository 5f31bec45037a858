"""The first-level subdivisions of every country (pycountry, ISO 3166-2) as English news names them:
states, provinces, regions, governorates, counties, parishes and districts (`Nangarhar`, `Ogun`,
`Chubut`, `Guanacaste`, `Hawalli`, `Gyeonggi`).

Why a module of its own: the earlier rounds took the subdivisions of hand-picked countries
(`SUBDIVISION_COUNTRIES`, `WIDER_COUNTRIES_EN` in ``entity_gazetteers``), so a page from a country
nobody had picked lost its provinces. Here every country is taken alike, with guards instead of a
choice of region:

- names that are also an English word, a given name or a surname (`Plateau`, `Rivers`, `Mary`,
  `Nelson`, `Mendoza`) are in ``en/subdivision_guards.txt`` and stay out;
- names made of compass or region words only (`Northern`, `Sud-Ouest`, `Norte`) stay out;
- `Saint X` parishes stay out here (a saint first; ``saint_parishes`` reads them in context);
- type words ISO appends and news leaves off are cut (`Guangdong Sheng` -> `Guangdong`,
  `Gyeonggi-do` -> `Gyeonggi`; ``en/subdivision_types.txt``);
- names of three letters or fewer (`Imo`, `Edo`, `Oti`) are too often acronyms in capitals;
- Japan stays out: its prefectures are surnames too (`Yamaguchi`, `Ishikawa`, `Miyazaki`).

The Arab states' ISO names are romanised Arabic no English page uses (`Dubayy`, `Al Qahirah`):
their governorates come from ``en/subdivision_news_names.txt`` in news spellings (`Muharraq`,
`Dhofar`, `Nineveh`), with the same guards.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from annotator.nlp.resources import read_list

#: Countries left out on purpose (see the module's docstring).
LEFT_OUT = ("JP",)
#: Countries whose ISO names are romanised Arabic (`Dubayy`, `Al Muḩarraq`, `Nīnawá`) that no
#: English page writes: their news names are in ``en/subdivision_news_names.txt`` instead.
ARABIC_ROMANISED = ("AE", "BH", "KW", "OM", "SA", "QA", "YE", "IQ", "SY", "JO", "EG", "LB", "LY")
#: Shortest name taken (a longer one is rarely an acronym in capitals).
MIN_LENGTH = 4


def without_accents(name: str) -> str:
    """The name without its accents (`Tucumán` -> `Tucuman`), as English news writes it."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def news_form(name: str, type_words: Iterable[str]) -> str:
    """The name without the type words ISO appends (`Xinjiang Uygur Zizhiqu` -> `Xinjiang`,
    `Gyeonggi-do` -> `Gyeonggi`); cut again while one ends it. A type word is a word of its own
    (after a space) unless the table writes it with its hyphen (`-do`)."""
    endings = [word if word.startswith("-") else " " + word for word in type_words]
    cut = True
    while cut:
        cut = False
        for ending in endings:
            if name.endswith(ending) and len(name) > len(ending) + 2:
                name, cut = name[: -len(ending)], True
    return name


def only_compass(name: str, compass: frozenset[str]) -> bool:
    """Whether every word of the name is a compass or region word (`Sud-Ouest`, `North-West`)."""
    return all(word in compass for word in name.replace("-", " ").split())


def usable_subdivision(name: str, compass: frozenset[str], guards: frozenset[str]) -> bool:
    """Whether a subdivision's news name may be a place of its own everywhere."""
    plain = name.isascii() and name[:1].isalpha() and not any(c in name for c in "/(),[]'")
    return (
        plain
        and len(name) >= MIN_LENGTH
        and name not in guards
        and not name.startswith(("Saint ", "Saint-", "Sainte-"))
        and not only_compass(name, compass)
    )


def world_subdivisions(compass: frozenset[str]) -> Iterator[str]:
    """The news names of every country's first-level subdivisions, guarded (see above)."""
    try:
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover - a declared dependency
        return
    guards = frozenset(read_list("en", "subdivision_guards.txt"))
    type_words = read_list("en", "subdivision_types.txt")
    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.country_code in LEFT_OUT or sub.country_code in ARABIC_ROMANISED:
            continue
        name = news_form(" ".join(without_accents(sub.name).split()), type_words)
        if usable_subdivision(name, compass, guards):
            yield name
    for name in read_list("en", "subdivision_news_names.txt"):  # `Muharraq`, `Dhofar`, `Nineveh`
        if name not in guards and not only_compass(name, compass):
            yield name

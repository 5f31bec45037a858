"""The area a police station or post is named after: `Totogo Police Station`, `Bourda Police
Outpost`. The station is a facility, which is not tagged, and the scan holds all its words; the
guidelines give the area before it its GPE (`[Totogo] Police Station`, as `[Zaman Town] police`
does). The capitalised words right before a name of ``police_station_names`` (up to three, joined
by spaces) are that area, unless they end in a compass word or a police adjective (`Central Police
Station`, `Philippine National Police`) or a facility's word (`Besson Street Police Station`: the
street's), open with a nationality, or an entity the scan found holds one of them. An ORG the
scan read over the whole station (`Nakasava Police Post`: `Post` ends newspapers' names) is
dropped first (en_fresh1)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: The word every station name opens with (asked first: most texts have none).
POLICE = "Police"
#: How many words the area may have (`Port Vila`, `Bang Kruai`).
MAX_AREA_WORDS = 3


def station_areas(s: EntityState) -> None:
    """A GPE for the area before `Police Station`, `Police Outpost` (English only)."""
    names = s.words.police_station_names
    if s.analysis.lang != "en" or not names or POLICE not in s.tokens.by_text:
        return
    tokens = s.tokens
    for first, last in s.phrase_places(names):
        start = _area_start(s, first)
        if start is None:
            continue
        _drop_station_body(s, start, last)
        if s.found_within(tokens.starts[start], tokens.ends[first - 1]) != []:
            continue  # a name the scan found (`Philippine National Police Station`) keeps its own reading
        s.add(start, first - 1, "GPE", rule="station_area")


def _drop_station_body(s: EntityState, start: int, last: int) -> None:
    """Drop an ORG the scan read over the whole station, area and all (`Tavua Police Post`, `the
    Tavua Police Post`): the station is a facility, the area its own GPE (en_fresh1)."""
    tokens = s.tokens
    opening = start - 1 if start > 0 and s.word(start - 1).lower() == "the" else start
    starts = (tokens.starts[start], tokens.starts[opening])
    for mention in s.found:
        if mention.label == "ORG" and mention.end == tokens.ends[last] and mention.start in starts:
            s.found.remove(mention)
            return


def _area_start(s: EntityState, first: int) -> int | None:
    """The first word of the capitalised area right before word ``first``, or None."""
    k = first
    while k > 0 and first - k < MAX_AREA_WORDS and s.joined(k - 1, k) and _area_word(s, k - 1):
        k -= 1
        if s.in_title_line(k):
            break  # a headline's capitalised words before the area are no part of it
    if k == first:
        return None
    last = s.word(first - 1)
    if last in s.words.compass or last in s.words.police_adjectives or last in s.res.facility_tails:
        return None  # `Central Police Station`, `National Police`; `Besson Street Police Station`: a street's
    if s.lex.demonyms.match(s.tokens, k):
        return None  # `Fijian Police Station`: the force's nation, no area
    return k


def _area_word(s: EntityState, k: int) -> bool:
    """A capitalised word that may be part of an area's name (not a stop word such as `The`)."""
    word = s.word(k)
    return word[:1].isupper() and word not in s.lex.stopwords and not word.isupper()

"""Page furniture: datelines, `Baca juga:` and `Editor:` lines, scraping leftovers, promoted headlines.

Each becomes a FURNITURE mention with ``attrs.kind``; quote detection skips these ranges. The
city and outlet of a dateline are returned too, as GPE and ORG candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

try:  # the parser of ``re`` (Python 3.11 names it sre_parse)
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.entities.dates.dates import find_dates
from annotator.nlp.resources import LangResources, read_list
from annotator.nlp.text.dateline_outlets import known_place, outlet_head
from annotator.nlp.text.pattern_needs import finditer
from annotator.nlp.text.promoted_headlines import promoted_headlines

#: A dateline is only looked for in the first lines (headline, byline, first paragraph).
DATELINE_LINES = 4
#: `, KOMPAS.com -` after the city, or `//NSMTVNews.com` (slashes, no dash)
_OUTLET_RE = re.compile(r"(?:,\s*([A-Za-z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s*(?:[–—-]{1,2})|/\s*([A-Za-z][\w.]*))\s*$")
_PAREN_RE = re.compile(r"\(([^)\n]+)\)")
#: The head of a dateline: a city, or an outlet written where the city stands (`Kabar6 –`).
_CITY_RE = re.compile(r"^([A-Z][A-Za-z]+\d*(?:[ -][A-Z][A-Za-z]+){0,3})")
#: A dateline that is only the outlet's web address and a dash (`Suaraindo.id-Badan ...`).
_ADDRESS_HEAD_RE = re.compile(r"^([A-Za-z]\w*(?:\.[A-Za-z]+)+)\s*[–—-]{1,2}$")
#: The outlet's web address, a comma and the city (`WARTASUKA.ID, MENTOK –`; id_b21).
_ADDRESS_CITY_RE = re.compile(r"^([A-Za-z]\w*(?:\.[A-Za-z]+)+)\s*,\s*([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,3})\s*[–—-]{1,2}$")


#: A city in capitals and a region or agency in parentheses (`KUALA LIPIS (Pahang) —`): the head of
#: a dateline however many lines of page furniture (`Advertisement`, captions) come before it. A
#: caption's heading in capitals (`TANGKAP MALING - Ilustrasi ...`) has no parentheses.
_CAPITAL_CITY_RE = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3}\s*\([^)\n]+\)")


def _late_dateline(head: str, found: list[Mention]) -> bool:
    """A dateline after the first lines: a city in capitals, and no dateline before it."""
    return bool(_CAPITAL_CITY_RE.match(head)) and not any(m.attrs.get("kind") == "dateline" for m in found)


def _line_of(text: str, offset: int) -> int:
    """The number of lines with words before ``offset``: blank lines between paragraphs do not
    count (`Headline` / blank / `Img 2023 wa0070` / blank / `Ambon, Tual News –`)."""
    return sum(1 for line in text[:offset].split("\n")[:-1] if line.strip())


#: Whether every match of a pattern starts a line and holds a character, by the pattern's id
#: (with the pattern, so that the id stays its own).
_LINE_STARTS: dict[int, tuple[re.Pattern[str], bool]] = {}


def _starts_lines(regex: re.Pattern[str]) -> bool:
    """Whether every match of ``regex`` is non-empty and starts at the text's start or after a
    line break (``^`` in multi-line mode heads the whole pattern, with no ``|`` around it)."""
    known = _LINE_STARTS.get(id(regex))
    if known is None or known[0] is not regex:
        try:
            parsed = sre_parse.parse(regex.pattern, regex.flags)
            items = list(parsed)
            answer = bool(
                regex.flags & re.MULTILINE
                and items
                and items[0] == (sre_parse.AT, sre_parse.AT_BEGINNING)
                and parsed.getwidth()[0] > 0
            )
        except Exception:  # a pattern this parser cannot read is searched everywhere
            answer = False
        known = _LINE_STARTS[id(regex)] = (regex, answer)
    return known[1]


def _dateline_line_starts(text: str) -> list[int]:
    """The starts of the lines where a dateline may begin: each of the first ``DATELINE_LINES``
    lines, later only a line opening with a city in capitals and its region in brackets
    (``_late_dateline``). One walk over the lines serves every dateline pattern of the language."""
    starts: list[int] = []
    line_start, line = 0, 0
    while True:
        if line < DATELINE_LINES or _CAPITAL_CITY_RE.match(text, line_start):
            starts.append(line_start)
        line_end = text.find("\n", line_start)
        if line_end < 0:
            return starts
        if not text[line_start:line_end].isspace() and line_end > line_start:
            line += 1  # a blank line between paragraphs is no line of the page
        line_start = line_end + 1


def _matches(kind: str, regex: re.Pattern[str], text: str, line_starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of a furniture pattern. A dateline counts only in the first
    ``DATELINE_LINES`` lines, or later as a city in capitals with its region in brackets
    (``_late_dateline``): when each of its matches starts a line, it is tried at those lines'
    starts only (``line_starts``, :func:`_dateline_line_starts`: the matches ``finditer``
    finds there), not searched through the text."""
    if kind != "dateline" or not _starts_lines(regex):
        yield from finditer(regex, text)
        return
    after = 0  # ``finditer`` tries no position inside its previous match
    for line_start in _dateline_line_starts(text) if line_starts is None else line_starts:
        if line_start >= after:
            match = regex.match(text, line_start)
            if match is not None:
                yield match
                after = match.end()


def find_furniture(analysis: Analysis, res: LangResources) -> list[Mention]:
    """FURNITURE mentions, and dateline place/outlet hints stored in ``attrs`` of the dateline."""
    text = analysis.text
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    line_starts: list[int] | None = None  # made at the first dateline pattern, for all of them
    for pattern in res.furniture:
        if pattern.kind == "dateline" and line_starts is None:
            line_starts = _dateline_line_starts(text)
        for match in _matches(pattern.kind, pattern.regex, text, line_starts):
            start, end = match.start(), match.end()
            while end > start and text[end - 1] in " \t":
                end -= 1
            while start < end and text[start] in " \t":
                start += 1
            if end <= start or any(s < end and start < e for s, e in taken):
                continue
            late = pattern.kind == "dateline" and _line_of(text, start) >= DATELINE_LINES
            if late and not _late_dateline(match.group(), found):
                continue
            mention = Mention(start, end, "FURNITURE", attrs={"kind": pattern.kind}, rule=f"furniture_{pattern.kind}")
            found.append(mention)
            taken.append((start, end))
    for start, end in promoted_headlines(text, taken, res.byline_openers):
        found.append(Mention(start, end, "FURNITURE", attrs={"kind": "promoted"}, rule="furniture_promoted"))
    found.sort(key=lambda m: m.start)
    analysis.furniture = found
    # Quote detection skips whole lines of furniture, but not the body after a dateline.
    analysis.skip_ranges = [(m.start, m.end) for m in found]
    return found


@cache
def _not_places(lang: str) -> frozenset[str]:
    return frozenset(read_list("common", "not_places.txt") + read_list(lang, "not_places.txt"))


#: A dateline head in capitals that names an outlet by its words (`CE ONLINE`, `SERAYUNEWS`,
#: `RADAR BANYUMAS`), not a city.
_OUTLET_WORDS = re.compile(
    r"^[A-Z0-9 ]*(?:NEWS|ONLINE|POST|EKSPRES|EXPRESS|TIMES)$|^(?:BERITA|RADAR|TRIBUN|KORAN|HARIAN|WARTA|SUARA) [A-Z]"
)
#: A dateline head ending in `City` names a city, never an outlet.
_CITY_WORD = re.compile(r"\s(?:CITY|City)$")
_DATE_LIKE = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2}$")


def _after_comma_label(part: str, gazetteer: Mapping[str, str]) -> str | None:
    """`Kompas.id` and known outlets are ORG, `Texas` is a GPE, `Jan 29` is left to the dates."""
    if _DATE_LIKE.match(part):
        return None
    known = gazetteer.get(part) or gazetteer.get(part.title())
    if "." in part or known == "ORG":
        return "ORG"
    if known in ("GPE", "LOC"):
        return known
    return "ORG"


def _outlet_then_town(head: str, part: str, gazetteer: Mapping[str, str]) -> bool:
    """An unknown one-word head in capitals and a title-case part after its comma that is no known
    outlet and no web address: the outlet comes first (`BORNEONEWS, Kasongan -`)."""
    return (
        " " not in head
        and head.isupper()
        and len(head) >= 6
        and part.istitle()
        and "." not in part
        and gazetteer.get(part) != "ORG"
    )


def _town_then_region(head: str, part: str, lang: str) -> bool:
    """An English dateline's one-word head in capitals before a title-case part: the town, then the
    country or province it lies in (`PALOMAR, Costa Rica -`), not an outlet and its city."""
    return lang == "en" and " " not in head and head.isupper() and part.istitle()


def dateline_entities(analysis: Analysis, gazetteer: Mapping[str, str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) of the dateline's city (GPE) and outlet (ORG) or region (GPE)."""
    gazetteer = gazetteer or {}
    not_places = _not_places(analysis.lang)
    text = analysis.text
    result: list[tuple[int, int, str]] = []
    for mention in analysis.furniture:
        if mention.attrs.get("kind") != "dateline":
            continue
        head = text[mention.start : mention.end]
        address = _ADDRESS_HEAD_RE.match(head)
        if address:  # `BRIEF.ID-Kepala ...`: the outlet's web address alone, no city
            result.append((mention.start, mention.start + address.end(1), "ORG"))
            continue
        address_city = _ADDRESS_CITY_RE.match(head)
        if address_city:  # `WARTASUKA.ID, MENTOK –`: the outlet's address, then its city, known or not
            result.append((mention.start, mention.start + address_city.end(1), "ORG"))
            if address_city.group(2) not in not_places and gazetteer.get(address_city.group(2)) != "ORG":
                result.append((mention.start + address_city.start(2), mention.start + address_city.end(2), "GPE"))
            continue
        city = _CITY_RE.match(head)
        outlet = _OUTLET_RE.search(head)
        outlet_group = 2 if outlet and outlet.group(2) else 1
        city_label = "GPE"
        if city and city.group(1) in not_places:
            city = None  # `Ilustrasi - Personel BPBD ...`: a caption, no dateline city
        bare = city and not outlet and not _PAREN_RE.search(head)
        named_outlet = city and not outlet and outlet_head(city.group(1), analysis.lang, gazetteer)
        if bare and not named_outlet and not city.group(1).isupper() and not known_place(city.group(1), gazetteer):
            city = None  # `Widodo -- more popularly known as ...`: a sentence, no dateline
        named_city = city and _CITY_WORD.search(city.group(1))  # `PUERTO PRINCESA CITY, Palawan -`
        unknown_city = city and not named_city and not known_place(city.group(1), gazetteer)
        if named_outlet or (city and gazetteer.get(city.group(1)) == "ORG"):
            # `WARTANESIA –`, `SALAM PAPUA (TIMIKA) –`: the outlet where the city stands; `MENAFN –`:
            # an outlet the lists know (en_entcount2 round)
            city_label = "ORG"
        elif unknown_city and outlet and _town_then_region(city.group(1), outlet.group(outlet_group), analysis.lang):
            pass  # `PALOMAR, Costa Rica -`: an English dateline's town in capitals, then its country
        elif unknown_city and outlet and known_place(outlet.group(outlet_group), gazetteer):
            city_label = "ORG"  # `KALIMANTAN TODAY, BENGKAYANG -`: the outlet first, then the city
        elif unknown_city and outlet and _outlet_then_town(city.group(1), outlet.group(outlet_group), gazetteer):
            city_label = "ORG"  # `BORNEONEWS, Kasongan -`: an outlet in capitals, then a town in title case
        elif unknown_city and not outlet and _OUTLET_WORDS.search(city.group(1)):
            city_label = "ORG"  # `CE ONLINE -`, `SERAYUNEWS –`: the outlet's name in capitals, no city
        if city:
            result.append((mention.start + city.start(1), mention.start + city.end(1), city_label))
        if outlet:
            label = "GPE" if city_label == "ORG" else _after_comma_label(outlet.group(outlet_group), gazetteer)
            end = mention.start + outlet.end(outlet_group)
            if text[end - 1] == "." and "." not in outlet.group(outlet_group)[:-1]:
                end -= 1  # `PALEMBANG, GLOBALPLANET. -`: the stop after the outlet's name is no part of it
            if label:
                result.append((mention.start + outlet.start(outlet_group), end, label))
        paren = _PAREN_RE.search(head)
        if paren and paren.group(1)[:1].isupper() and not _DATE_LIKE.match(paren.group(1)):
            offset = mention.start + paren.start(1)
            for part in re.finditer(r"[^/]+", paren.group(1)):  # `(ANTARA/JACX)`: agency and reporter code
                name = part.group().strip()
                if name and not (any(c.isdigit() for c in name) and find_dates(name, analysis.lang)):  # `(X / Oct. 30, 2013)`
                    start = offset + part.start() + part.group().index(name)
                    region = known_place(name, gazetteer) and name not in not_places  # `KUALA LIPIS (Pahang) —`
                    result.append((start, start + len(name), "GPE" if region else "ORG"))
    return result

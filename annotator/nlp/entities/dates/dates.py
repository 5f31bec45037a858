"""DATE mentions from regular expressions built from the language's month and day names."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.dates import date_weeks as weeks
from annotator.nlp.entities.dates.date_joins import join_dates
from annotator.nlp.resources import LangResources, load_resources
from annotator.nlp.text.pattern_needs import WindowNeeds
from annotator.nlp.text.patterns import word_alternation


def _alt(words: list[str]) -> str:
    """The words as one alternation, factored into a trie (longest first, as ``re`` tries them)."""
    return word_alternation(words) if words else ""


@cache
def date_patterns(lang: str) -> list[re.Pattern[str]]:
    """Patterns, most specific first; each match (group ``d``) is one DATE."""
    res: LangResources = load_resources(lang)
    data = res.dates
    month_names = data.get("months", []) + data.get("months_short", [])
    upper_short = [month.upper() for month in data.get("months_short_upper", [])]  # `APR 26, 2015`
    months = _alt(month_names + [month.upper() for month in data.get("months", [])] + upper_short)  # `DECEMBER 10, 2019`
    days = _alt(data.get("days", []) + [day.upper() for day in data.get("days", [])])
    # short day names (`Thu`, `Mon`) only open a date, never stand alone (`Sun` is also a paper)
    dated_days = _alt(data.get("days", []) + [day.upper() for day in data.get("days", [])] + data.get("days_short", []))
    periods = _alt(data.get("periods", [])) or "(?!)"
    range_words = _alt(data.get("range_words", [])) or "(?!)"
    year_words = _alt(data.get("year_words", [])) or "(?!)"
    month_words = _alt(data.get("year_words", []) + data.get("month_part_words", [])) or "(?!)"
    month_preps = _alt(data.get("month_preps", [])) or "(?!)"
    holidays = _alt(data.get("holidays", [])) or "(?!)"
    year_holidays = _alt(data.get("year_holidays", [])) or "(?!)"
    guarded = _alt(data.get("guarded_holidays", [])) or "(?!)"
    openers = _alt(data.get("holiday_openers", [])) or "(?!)"
    ambiguous_months = _alt(data.get("ambiguous_months", [])) or "(?!)"
    plain_months = _alt([m for m in data.get("months", []) if m not in data.get("ambiguous_months", [])]) or "(?!)"
    year = r"(?:1[89]\d\d|20\d\d|21\d\d)"
    month_year = _alt(data.get("month_year_words", []))
    year_after_month = rf",?\s+(?:(?:{month_year})\s+)?{year}" if month_year else rf",?\s+{year}"
    b = r"(?<![\w/])"
    e = r"(?![\w/])"
    day_month = r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])"  # `14/3`, `02/05`
    dashed = rf"(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-{year}"  # `16-03-2021`
    to = rf"(?:\s*[-–]\s*|\s+(?:{range_words})\s+)"
    dotted = rf"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.{year}"  # `02.09.2015`
    ordinal = _alt(data.get("ordinal_suffixes", []))
    ordinal = f"(?:{ordinal})?" if ordinal else ""
    # `(?<![\w/])\d{1,2}` with the look-behind after the first digit: ``re`` tries a pattern that
    # opens with a look-behind at every character, one that opens with a digit only at digits
    day = r"\d(?<![\w/]\d)\d?"
    lower_months = _alt([month.lower() for month in data.get("months", [])])
    before_day = data.get("month_before_day", True)
    not_unit = r"(?!\s*(?:[ap]\.?m\b|percent|per cent|%))"  # `June 3 to 5 p.m.`: the range is of hours
    patterns = [
        # ranges of months: Januari-November 2018, Januari hingga Maret 2018, January to March 2019
        # (`bulan Januari-Juni 2023`, `awal Maret hingga Mei 2024`: a year word before it belongs to it)
        rf"\b(?P<d>(?:(?:{year_words})\s+)?(?:{months})(?:\s+{year})?{to}(?:{months})\s+{year}){e}",
        # kuartal II-2016, triwulan I 2024, semester II/2023
        rf"\b(?P<d>(?:{periods})\s+(?:[IV]{{1,3}}|[1-4])(?:\s*[-/]\s*|\s+(?:tahun\s+)?){year}){e}",
        # Jumat (11/10/2024), Rabu, (11/10), Kamis ( 24/6/21), Jumat (23-5-2025); a bracket the page
        # left open ends before `,`/`.` (`Kamis (20/2, ...`). With dashes only with its year: `Minggu
        # (2-1)` may be a score. A space typed inside the bracket or beside a slash stays inside
        # (`Selasa (20/10/2020 )`, `Rabu (12/11/ 2025)`, id_edges1).
        rf"\b(?P<d>(?:{days})(?: ?,)?\s*\( ?(?:\d{{1,2}} ?/ ?\d{{1,2}}(?: ?/ ?\d{{2,4}})?|\d{{1,2}}-\d{{1,2}}-\d{{2,4}})"
        rf"(?: ?\)|(?=[,.](?:\s|$))))",
        # Rabu, 30/10/2024, Jumat 14/3, Kamis, 02/05/2019, Selasa 16-03-2021
        rf"\b(?P<d>(?:{days})(?: ?,)?\s+(?:{dashed}|{day_month}(?:/(?:\d{{4}}|\d{{2}}))?)){e}",
        # a range of days in one month: 20 – 21 November 2015, 27-29 Agustus 2024
        rf"(?P<d>{day}\s*[-–]\s*\d{{1,2}}\s+(?:{months})(?:,?\s+{year})?){e}",
        # a range of days after its month: May 23 to 24, Dec. 3-5, 2023 (languages that write the
        # month before the day)
        *([rf"\b(?P<d>(?:{months})\s+{day}{ordinal}{to}\d{{1,2}}{ordinal}(?:,\s*{year})?){e}{not_unit}"] if before_day else []),
        # Tuesday (Oct 8), Selasa (8 Oktober), Selasa (20 Oktober 2020): the day and the date in
        # brackets are one DATE (the year too, id_edges1)
        rf"\b(?P<d>(?:{days})\s+\((?:(?:{months})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{months}))(?:,?\s+{year})?\))",
        # a day range: Minggu-Senin
        rf"\b(?P<d>(?:{days})\s*[-–]\s*(?:{days})){e}",
        # Rabu, 30 April 2025 / Friday, June 3, 2024 / Friday, 3 June 2024 / Kamis , 03 November 2022
        rf"\b(?P<d>(?:{dated_days})(?: ?,)?\s+"
        rf"(?:\d{{1,2}}\s+(?:{months})(?:\s+{year})?|(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*{year})?)){e}",
        # 30 April 2025, 1 Oktober
        rf"(?P<d>{day}\s+(?:{months})(?:,?\s+{year})?){e}",
        # `01 april 2022`: a month in small letters only between a day and a year
        rf"(?P<d>{day}\s+(?:{lower_months})\s+{year}){e}",
        # June 3, 2024 / June 3 (`Februari 30 kasus` is no date: Indonesian needs the year)
        rf"\b(?P<d>(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*{year}){e}",
        # May 28 2024: no comma before the year, in languages that write the month first (en_ents22)
        *([rf"\b(?P<d>(?:{months})\s+\d{{1,2}}{ordinal}\s+{year}){e}"] if before_day else []),
        *([rf"\b(?P<d>(?:{months})\s+\d{{1,2}}{ordinal}){e}"] if data.get("month_before_day", True) else []),
        # akhir Mei, awal Maret 2024, bulan Januari tahun 2015, late March, end of April
        rf"\b(?P<d>(?:{month_words})\s+(?:{months})(?:{year_after_month})?){e}",
        # April 2025, April, 2014, Januari tahun 2015
        rf"\b(?P<d>(?:{months}){year_after_month}){e}",
        # 11/10/2024 and 16-03-2021 as a date on its own
        rf"(?P<d>{day}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})){e}",
        rf"{b}(?P<d>{dashed})(?![\w/-])",
        rf"{b}(?P<d>{dotted})(?![\w/-]|\.\d)",
        # tahun 2021, akhir 2023, akhir tahun 2022, late 2023
        rf"\b(?P<d>(?:{year_words})(?:\s+(?:{year_words}))?\s+{year}){e}",
        # pada Mei, in May (an ambiguous month alone only after a preposition)
        rf"\b(?:{month_preps})\s+(?P<d>(?:{ambiguous_months})){e}",
        # Maret, March (any other month alone)
        rf"\b(?P<d>(?:{plain_months})){e}",
        # a holiday with no year after it: jelang Idul Fitri; before the bare day, which would take
        # the `Sunday` of `Easter Sunday`
        rf"\b(?P<d>(?:{holidays})){e}(?!\s+\d)",
        # a day name alone
        rf"\b(?P<d>(?:{days})){e}",
        # a holiday with its year: Natal 2024, Tahun Baru 2025
        rf"\b(?P<d>(?:{year_holidays})\s+{year}){e}",
        # a holy month that is also a name, after an opener only: jelang Ramadan, selama bulan Ramadhan
        # (`bulan suci Ramadhan`, `Bulan Suci Ramadan`: the holy month's epithet inside, id_ents8)
        rf"(?:(?m:^)|(?<![\w.])(?:{openers})\s+)(?P<d>(?:[Bb]ulan\s+(?:[Ss]uci\s+)?)?(?:{guarded})){e}(?!\s+\d)",
        # a bare day and month in brackets: (22/7), (8/2/2020), the brackets outside
        rf"\((?P<d>{day_month}(?:/(?:\d{{4}}|\d{{2}}))?)\)",
        # a decade: the 1980s (languages that name one with a suffix, `decade_suffix`)
        *([rf"{b}(?P<d>(?:1[5-9]|20)\d0{re.escape(decade)}){e}"] if (decade := data.get("decade_suffix")) else []),
        # a bare year: pada 2024, sejak 2019, in 2021, Rampung 2025
        # (four digits that are a year, the look-behind after the first two as in `day` above)
        rf"(?P<d>\d\d(?<![\w/.,:-]..)\d\d(?<={year}))(?![\w/%]|[.,:]\d|-\d{{3,}}-\d)",  # not a telephone number: 1800-2626-473
    ]
    return [re.compile(pattern) for pattern in patterns]


@cache
def _count_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A four-digit number is a count, not a year, after `count_before` words (`sebanyak`, `Rp`,
    `about`) or before `count_after` units (`orang`, `ton`, `people`) of the language's dates.toml."""
    data = load_resources(lang).dates
    before = "|".join(re.escape(word) for word in data.get("count_before", [])) or "(?!)"
    after = "|".join(re.escape(word) for word in data.get("count_after", [])) or "(?!)"
    return re.compile(rf"(?:{before})\s*$", re.I), re.compile(rf"^\s*(?:{after})\b")


@cache
def _programme_pattern(lang: str) -> re.Pattern[str]:
    """Words after a day name that make it a programme's name (`Jumat Curhat`, `Jumat Berkah`):
    the day is no DATE there (``day_programmes`` of dates.toml)."""
    words = _alt(load_resources(lang).dates.get("day_programmes", [])) or "(?!)"
    return re.compile(rf"\s+(?:{words})\b", re.I)


@cache
def _letter_number_pattern(lang: str) -> re.Pattern[str]:
    """Words right before a letter's or a decree's number (`bernomor 12/10/2024`, `Nomor: 05/2024`):
    a date-shaped number after them is the number, not a DATE (``letter_number_words`` of dates.toml)."""
    words = _alt(load_resources(lang).dates.get("letter_number_words", [])) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{words})\s*:?\s*$")


@cache
def _year_name_pattern(lang: str) -> re.Pattern[str]:
    """Words after which a bare year names a budget or a plan (`APBD 2021`: year_names_before), or
    an operation or a competition (`Operasi Sikat Semeru 2018`: year_name_heads and its name)."""
    data = load_resources(lang).dates
    words = _alt(data.get("year_names_before", [])) or "(?!)"
    heads = _alt(data.get("year_name_heads", [])) or "(?!)"
    # `Operasi Sikat Semeru`, `Liga 1`, `Tour d'Indonesia`: on one line, no sentence's end inside;
    # an acronym in brackets is a name word too (`Pekan Imunisasi Nasional (PIN) Polio`)
    name_words = r"(?:[ \t]*\([A-Z][A-Za-z0-9]*\)|[ \t]+(?:[A-Z0-9][^\s.,;:!?]*|d'[^\s.,;:!?]+)){0,5}"
    return re.compile(rf"(?<!\w)(?:(?:{words})\s*|(?:{heads}){name_words}[ \t]+)$")


#: `Minggu` is the day after `hari`/`pada`, a comma or a lower-case word.
_AMBIGUOUS_DAY_BEFORE = re.compile(r"(?:\b(?:hari|pada|Hari|Pada)|,|(?:^|\s)[a-z]\w*)\s+$")
#: A law's or a decree's number before its year, `no` also in small letters (`Peraturan Daerah no 5
#: tahun 2020`, id_b21).
_LAW_BEFORE = re.compile(
    r"(?:[Nn]omor|[Nn]omer|[Nn]o\.|Number|\b[Nn]o|\b(?:UU|PP|Perpres|Perppu|Perpu|Perda|Pergub|Perbup|Perwal|Permen\w*|Perkap\w*"
    r"|Inpres|Keppres|Kepres|Perma|Perban)\.?)\s*:?\s*\d(?:[\w.-]|/(?=\w))*\s*(?:[Tt]ahun|/)?\s*$"
)  # `PP 11 tahun 2011`, `Perda No 5 Tahun 2020`, a decree's dotted number `Nomor 100.2.1.4-2819 Tahun 2025` (id_ents8)
#: How far before a year a law's or a decree's number may start (`Nomor: 800/1234/BKPSDM Tahun 2023`).
_LAW_REACH = 50


#: A year or a span of years, alone or after `tahun` (`APBD tahun 2020` names a budget like `APBD
#: 2020`; `RPJMD 2021-2026` a plan by its period).
_YEAR_VALUE = re.compile(r"(?:[Tt]ahun\s+)?\d{4}(?:\s*[-–]\s*\d{4})?$")
_TAHUN_TAIL = re.compile(r"(?<!\w)[Tt]ahun\s+$")


#: Every date holds a digit, a month or a day name within this many characters of its edges, and
#: no date is longer: the patterns run only in windows this wide around such anchors.
_REACH = 64


@cache
def _anchor_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Runs of digits, and month, day or holiday names (no word edges: a superset is fine). Apart,
    each is a pattern ``re`` finds by its first character alone; no name holds a digit, so together
    they find the anchors one alternation of both finds."""
    data = load_resources(lang).dates
    names = word_alternation(
        data.get("months", [])
        + data.get("months_short", [])
        + data.get("days", [])
        + data.get("holidays", [])
        + data.get("guarded_holidays", [])
    )
    # `\d\d*`, not `\d+`: the same runs, but re scans for a pattern's first character only when the
    # pattern opens with it (a repeat hides it, and `\d+` was tried at every character of the text)
    return re.compile(r"\d\d*"), re.compile(names)


def _windows(text: str, lang: str) -> list[tuple[int, int]]:
    """Merged ranges of ``_REACH`` characters around every anchor: the only places a date can be.
    Twelve patterns over a few windows cost far less than twelve patterns over the whole text."""
    windows: list[tuple[int, int]] = []
    digits, names = _anchor_patterns(lang)
    anchors = [match.span() for match in digits.finditer(text)]
    anchors += [match.span() for match in names.finditer(text)]
    anchors.sort()  # in text order (a name holds no digit, so no two anchors overlap)
    last = -1  # where the window under way ends
    size = len(text)
    for anchor_start, anchor_end in anchors:
        start = anchor_start - _REACH
        if windows and start <= last:
            last = min(size, anchor_end + _REACH)
            windows[-1] = (windows[-1][0], last)
        else:
            last = min(size, anchor_end + _REACH)
            windows.append((max(0, start), last))
    return windows


def find_dates(text: str, lang: str, taken: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of DATE expressions, not overlapping each other or ``taken``."""
    res = load_resources(lang)
    ambiguous = set(res.dates.get("ambiguous_days", []))
    spans: list[tuple[int, int]] = []
    occupied = list(taken or [])
    patterns = date_patterns(lang)
    windows = WindowNeeds(text, _windows(text, lang), patterns)  # a pattern runs only where its month, digit... is
    count_before, count_after = _count_patterns(lang)
    year_names = _year_name_pattern(lang)
    letter_number = _letter_number_pattern(lang)
    programme = _programme_pattern(lang)
    days = set(res.dates.get("days", []))
    for pattern in patterns:
        for match in windows.matches(pattern):
            start, end = match.start("d"), match.end("d")
            if any(s < end and start < e for s, e in occupied):
                continue
            value = text[start:end]
            if value in ambiguous and (
                not _AMBIGUOUS_DAY_BEFORE.search(text[max(0, start - 20) : start]) or weeks.counted(text, start, end, lang)
            ):
                continue  # `Minggu` opening a sentence, counted or numbered is 'week'; after a name (`Pasar Minggu`) a place
            if value in days and weeks.prayer_day(text, start, lang):
                continue  # `salat Jumat`: the Friday prayer, no day of the calendar
            if value.isdigit() and (
                count_before.search(text[max(0, start - 15) : start]) or count_after.match(text[end : end + 12])
            ):
                continue
            if _YEAR_VALUE.match(value) and year_names.search(_TAHUN_TAIL.sub("", text[max(0, start - 60) : start])):
                continue  # `APBD 2021` names a budget, `Operasi Zebra 2019` an operation
            if _LAW_BEFORE.search(text[max(0, start - _LAW_REACH) : start]):
                continue  # `UU Nomor 12 Tahun 2011` is a law number, not a date
            if value in days and programme.match(text, end):
                continue  # `Jumat Curhat`: a weekly programme of the police, not a day
            if letter_number.search(text[max(0, start - 20) : start]):
                continue  # `surat bernomor 12/10/2024`: a letter's number, not a date
            spans.append((start, end))
            occupied.append((start, end))
    spans.sort()
    return join_dates(text, lang, spans)  # date_joins.py: ranges and day-and-date pairs as one

"""Join DATE pieces the patterns find apart into the one DATE the conventions ask for.

The date patterns match one calendar expression each, so a range written with words
(`akhir Januari hingga awal Februari 2025`, `Januari hingga April`), a range whose first day
carries no month (`20 sampai dengan 24 Oktober 2019`) and a day name joined to its date by a
word or a comma (`Sabtu tanggal 7 Agustus 2021`, `October 25, Sunday`) come out in pieces. The
gold counts each as one DATE; the joins here are driven by the language's dates.toml
(`range_words`, `date_joiners`, `days`).
"""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.resources import load_resources


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)"


@cache
def _gap_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(range gap, joiner gap, bare first day before a range, comma gap)."""
    data = load_resources(lang).dates
    ranges = _alt(data.get("range_words", []))
    joiners = _alt(data.get("date_joiners", []))
    range_gap = re.compile(rf"(?:[ \t]*[-–][ \t]*|[ \t]+(?:{ranges})[ \t]+)")
    joiner_gap = re.compile(rf",?[ \t]+(?:{joiners})[ \t]+")  # `Selasa, tanggal 20 ...` too (id_edges1)
    bare_day = re.compile(rf"(?<![\w/.,-])(?:0?[1-9]|[12]\d|3[01])(?:[ \t]+(?:{ranges})[ \t]+)$")
    return range_gap, joiner_gap, bare_day, re.compile(r",[ \t]*")


@cache
def _day_names(lang: str) -> frozenset[str]:
    return frozenset(load_resources(lang).dates.get("days", []))


def _is_day_name(value: str, lang: str) -> bool:
    return value in _day_names(lang)


def join_dates(text: str, lang: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sorted, not overlapping) with ranges and day-and-date pairs made one span each."""
    range_gap, joiner_gap, bare_day, comma_gap = _gap_patterns(lang)
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            prev_start, prev_end = joined[-1]
            gap = text[prev_end:start]
            if (
                range_gap.fullmatch(gap)
                or (joiner_gap.fullmatch(gap) and _is_day_name(text[prev_start:prev_end], lang))
                or (comma_gap.fullmatch(gap) and text[prev_end - 1].isdigit() and _is_day_name(text[start:end], lang))
            ):
                joined[-1] = (prev_start, end)  # `Januari hingga April`, `Sabtu tanggal 7 ...`, `October 25, Sunday`
                continue
        if text[start : start + 1].isdigit():
            before = bare_day.search(text, max(0, start - 24), start)
            if before is not None and before.end() == start:
                start = before.start()  # `20 sampai dengan 24 Oktober 2019`: the first day has no month
        joined.append((start, end))
    return joined

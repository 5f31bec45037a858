"""Day names that are no day of the calendar: `Minggu` is also 'week' (`selama dua Minggu`, `Minggu
kedua Oktober`, `3 Minggu terakhir`), and a day names a prayer (`usai salat Jumat`, the Friday
prayer, as the English gold leaves `Friday prayers` untagged). The words are ``week_counts``,
``week_ordinals`` and ``prayer_words`` of the language's dates.toml (id_ents8)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.resources import load_resources
from annotator.nlp.text.patterns import word_alternation


@cache
def _week_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a count right before the word, an ordinal right after it)."""
    data = load_resources(lang).dates
    counts = word_alternation(data.get("week_counts", []))
    ordinals = word_alternation(data.get("week_ordinals", []))
    return (
        re.compile(rf"(?<![\w-])(?:{counts}|\d{{1,2}})[ \t]+$", re.I),
        re.compile(rf"[ \t]+(?:{ordinals})(?![\w-])|[ \t]+ke-?\d"),
    )


def counted(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the ambiguous day name at ``start:end`` is counted (`dua Minggu`) or numbered
    (`Minggu kedua`, `Minggu ke-3`): a week, not Sunday."""
    before, after = _week_patterns(lang)
    return bool(before.search(text, max(0, start - 16), start)) or bool(after.match(text, end))


@cache
def _prayer_pattern(lang: str) -> re.Pattern[str]:
    words = word_alternation(load_resources(lang).dates.get("prayer_words", []))
    return re.compile(rf"(?<![\w-])(?:{words})[ \t]+$", re.I)


def prayer_day(text: str, start: int, lang: str) -> bool:
    """Whether the day name at ``start`` names a prayer (`salat Jumat`, `sholat Jum'at`)."""
    return bool(_prayer_pattern(lang).search(text, max(0, start - 16), start))

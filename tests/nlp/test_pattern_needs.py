"""The needs read from a pattern (nlp/text/pattern_needs.py) are necessary: every match holds one, so
skipping the windows without them changes no date."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.nlp.entities.dates import dates
from annotator.nlp.text import sentences
from annotator.nlp.text.pattern_needs import FOLDS_TO_ASCII, WindowNeeds, finditer, finditer_within, head_of, holds, needs_of

DATA = Path(__file__).resolve().parents[2] / "data"


def _texts(lang: str) -> list[str]:
    files = sorted(DATA.glob(f"*/{lang}.jsonl")) + sorted((DATA / "real").glob(f"*/{lang}.jsonl"))
    return [json.loads(line)["text"] for path in files for line in path.read_text(encoding="utf-8").splitlines() if line]


def _need(pattern: str, flags: int = 0) -> list[str]:
    return [need.anywhere.pattern for need in needs_of(re.compile(pattern, flags))]


def test_a_word_list_is_the_need_and_unknown_parts_need_nothing() -> None:
    months = _need(r"\b(?P<d>(?:Januari|Februari|Mar(?:et)?)\s+\d{4})")
    assert months and all(re.match(months[0], word) for word in ("Januari", "Februari", "Mar", "Maret"))
    assert not re.search(months[0], "januari 2024")
    assert _need(r"\d{1,2}/\d{1,2}") in ([r"\d"], ["/"])
    assert _need(r"(?:ab)?\s+x*") == []  # every part optional or unknown
    assert _need(r"[^a]+|b") == []  # one alternative needs nothing, so the alternation does not
    assert _need(r"(?:abc|\d)") == [r"(?:\d|abc)"]


def test_a_case_insensitive_part_needs_its_words_in_any_case() -> None:
    for pattern, flags in ((r"(?i:kata)\s+\w+", 0), (r"kata\s+\w+", re.IGNORECASE)):
        (need,) = _need(pattern, flags)
        assert re.search(need, "KATA") and re.search(need, "Kata")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_date_match_holds_the_needs_of_its_pattern(lang: str) -> None:
    checked = 0
    for text in _texts(lang):
        for pattern in dates.date_patterns(lang):
            for match in pattern.finditer(text):
                for need in needs_of(pattern):
                    assert need.anywhere.search(text, match.start(), match.end()), (pattern.pattern[:60], match.group())
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("lang", ["id", "en"])
def test_dates_are_the_same_when_every_pattern_runs_all_over_every_window(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(lang)
    skipping = [dates.find_dates(text, lang) for text in texts]

    class Everywhere(WindowNeeds):
        def matches(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
            for start, end in self.windows:
                yield from pattern.finditer(self.text, start, end)

    monkeypatch.setattr(dates, "WindowNeeds", Everywhere)
    assert [dates.find_dates(text, lang) for text in texts] == skipping
    assert sum(map(len, skipping)) > 50


def test_only_the_listed_characters_fold_to_an_ascii_letter() -> None:
    letter = re.compile(r"(?i)[a-z]")
    folding = "".join(chr(code) for code in range(0x80, 0x110000) if letter.match(chr(code)))
    assert folding == FOLDS_TO_ASCII


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"(?i:\bberinisial)\s+([A-Z]+)", "pria BERINISIAL RH ditangkap", True),
        (r"(?i:\bberinisial)\s+([A-Z]+)", "pria beri nisial RH", False),
        (r"(?i:\bkiri)\s+(\w+)", "\u212airi Mars", True),  # the Kelvin sign is a `k` in any case
        (r"(?i:sapa)", "\u017fapa", True),  # a long s
        (r"(?i:\bikan)", "\u0130kan", True),  # `İ`, whose lower case is two characters
        (r"Editor:\s+(\w+)", "Penulis: Budi", False),
    ],
)
def test_a_text_without_a_need_gives_no_match_and_any_other_the_same_matches(pattern: str, text: str, found: bool) -> None:
    compiled = re.compile(pattern)
    expected = [match.span() for match in compiled.finditer(text)]
    assert bool(expected) is found
    assert [match.span() for match in finditer(compiled, text)] == expected


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_scans_of_the_rules_find_the_same_matches_with_their_needs(lang: str) -> None:
    from annotator.nlp.coref import name_forms
    from annotator.nlp.entities import entity_passes
    from annotator.nlp.entities.credits import entity_credits
    from annotator.nlp.entities.entity_state import _initials_pattern
    from annotator.nlp.indirect import connectives
    from annotator.nlp.lexicon import lexicon
    from annotator.nlp.resources import load_resources
    from annotator.nlp.text import furniture

    patterns = [
        entity_credits.CREDIT,
        entity_credits.PAREN_CREDIT,
        entity_credits.LINE_CREDIT,
        entity_credits.AGENCY_TAG,
        entity_credits.COPYRIGHT,
        entity_credits.BYLINE,
        entity_passes.ACRONYM_IN_PARENTHESES,
        connectives.LOWER_MENURUT,
        name_forms._alias_phrase(),
        _initials_pattern(lexicon(lang).res.entity_words.get("initials_words", frozenset())),
        *(item.regex for item in load_resources(lang).furniture),
    ]
    assert furniture  # the furniture patterns are the language's (resources), scanned in furniture.py
    skipped = 0
    for text in _texts(lang):
        for pattern in patterns:
            expected = [match.span() for match in pattern.finditer(text)]
            assert [match.span() for match in finditer(pattern, text)] == expected, pattern.pattern[:60]
            skipped += not holds(needs_of(pattern), text)
    assert skipped > 100  # the needs do keep most patterns off most texts


def test_sentence_pieces_are_those_of_the_lazy_pattern() -> None:
    # A stop also ends a piece before a glued opening mark and capital (`besar."Itu`), with its
    # closing mark before a space and a capital (`... fence." But X`; en_resolve1), and a full
    # stop that lost its space between words (`added.Mohd`, `terangnya.Namun`).
    lazy = re.compile(
        r"[^\n]+?(?:[.!?](?=\s|$|[\"“][A-Z])|[.!?][\"”](?=[ \t]+[A-Z])|(?<=[a-z][a-z])\.(?=[A-Z][a-z])|$)", re.MULTILINE
    )
    rng = random.Random(0)
    alphabet = list('.!? \n\tab\r\x0b\x1c\u2028\u00a0"“”AB')
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20000)] + _texts("id")
    for text in texts:
        assert [m.span() for m in sentences._SENTENCE.finditer(text)] == [m.span() for m in lazy.finditer(text)], repr(text)


def test_clitic_endings_are_those_of_the_word_pattern() -> None:
    from annotator.nlp.indirect import reports as indirect

    words = re.compile(r"(?<!\w)\w+nya\b")
    rng = random.Random(1)
    alphabet = ["nya", "ing", "a", "_", " ", "-", "é", "1", "\n", "ng", "ny"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(20000)] + _texts("id") + _texts("en")
    for text in texts:
        found = list(indirect._CLITIC_END.finditer(text))
        ends = [
            m.end()
            for m in found
            if text[m.start() - 1 : m.start()].isalnum() or text[m.start() - 1 : m.start()] == "_"
        ]
        assert ends == [m.end() for m in words.finditer(text)], repr(text)


def test_a_pattern_is_tried_only_where_its_head_word_starts() -> None:
    pattern = re.compile(r"\b(?P<d>(?:Maret|Mei|Juni)\s+\d{4})(?!\w)")
    assert head_of(pattern) is not None and head_of(re.compile(r"(?<!\w)\d+")) is None
    text = "Sejak Mei 2024, Mei 20245, xMaret 2023 dan Juni 2025 serta MeiMei 2020 Juni 2026"
    for start, end in ((0, len(text)), (5, 40), (10, 60), (0, 0)):
        expected = [m.span() for m in pattern.finditer(text, start, end)]
        assert [m.span() for m in finditer_within(pattern, text, start, end)] == expected


def test_a_few_literal_needs_are_looked_for_one_by_one_with_the_same_answers() -> None:
    case_sensitive = re.compile(r"(?:alias|dipanggil|sapaan)\s+(\w+)")
    any_case = re.compile(r"(?i:\b(?:alias|dipanggil))\s+(\w+)")
    for pattern in (case_sensitive, any_case):
        (need,) = needs_of(pattern)
        assert need.literals is not None  # three words: a substring test each, not re's scan
    texts = ["Budi alias Ucok", "budi ALIAS ucok", "Ani, sapaan akrab Sri", "tanpa nama lain", "DIPANGGIL \u0130ka", ""]
    for _round in range(2):  # the answers of one text are kept until the next text is asked about
        for text in texts:
            for pattern in (case_sensitive, any_case):
                assert holds(needs_of(pattern), text) is (pattern.search(text) is not None), (pattern.pattern, text)

"""Searches rewritten for speed (a literal first and the word edge after it, line-anchored patterns
tried at line starts, substring tests for marks) find exactly what the patterns they replace find,
on random strings, real texts and from a position inside them."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from annotator.nlp.indirect import lower_according

REAL = Path(__file__).resolve().parents[2] / "data" / "real" / "dev" / "id.jsonl"

ALPHABET = [*"dinaD sk\n\t_.1é", "di", "an", "kan", "dikatakan", " Budi", " X", "adi", "di-"]


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _spans(pattern: re.Pattern[str], text: str, *where: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, *where)]


def test_passive_before_capital_matches_like_its_word_edge_form() -> None:
    plain = re.compile(r"\bdi[a-z]+an(?=\s+[A-Z])")
    fast = lower_according._PASSIVE_BEFORE_CAPITAL
    found = 0
    for text in _strings(20000, 5):
        expected = _spans(plain, text)
        assert _spans(fast, text) == expected, repr(text)
        for start in range(1, min(len(text), 6)):
            assert _spans(fast, text, start) == _spans(plain, text, start), repr(text)
        found += len(expected)
    assert found > 300


def test_inner_passive_cue_matches_like_its_word_edge_form() -> None:
    from annotator.nlp.indirect import passive_inside

    plain = re.compile(r"\bdi[a-z]+kan(?=\s+[A-Z])")
    fast = passive_inside._PASSIVE
    found = 0
    for text in _strings(20000, 13):
        expected = _spans(plain, text)
        assert _spans(fast, text) == expected, repr(text)
        for start in range(1, min(len(text), 6)):
            assert _spans(fast, text, start) == _spans(plain, text, start), repr(text)
        found += len(expected)
    assert found > 200
    for text in [json.loads(line)["text"] for line in REAL.read_text(encoding="utf-8").splitlines() if line.strip()]:
        assert _spans(fast, text) == _spans(plain, text)


LINE_ALPHABET = [*"ab \n\t/,.-'A", "Foto: ", "Budi Santoso", "ANTARA FOTO", "/Akbar", ", Reuters", "\n\n", "Kompas"]


def _line_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(LINE_ALPHABET) for _ in range(rng.randint(0, 16))) for _ in range(count)]


def test_line_anchored_patterns_are_tried_at_line_starts_with_the_same_matches() -> None:
    from annotator.nlp.entities.credits import entity_credits
    from annotator.nlp.text import pattern_needs

    patterns = [
        entity_credits.BYLINE,
        entity_credits.LINE_CREDIT,
        re.compile(r"^a\s*b", re.MULTILINE),  # a match may take line breaks
        re.compile(r"^[ab]*\n", re.MULTILINE),  # ... or end right after one
        re.compile(r"(?m)^\w+"),
    ]
    for pattern in patterns:
        assert pattern_needs.line_anchored(pattern)
    texts = _line_texts(20000, 9) + [json.loads(line)["text"] for line in REAL.read_text(encoding="utf-8").splitlines()]
    found = 0
    for text in texts:
        for pattern in patterns:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in pattern_needs._finditer_at_line_starts(pattern, text)] == expected
            found += len(expected)
    assert found > 5000
    for other in ("^x", r"\n^x", "^x|y", "^", "^a*", "x^"):
        assert not pattern_needs.line_anchored(re.compile(other, 0 if other == "^x" else re.MULTILINE))


def test_mark_and_digit_searches_find_what_the_patterns_find() -> None:
    from annotator.nlp.entities.dates import dates
    from annotator.nlp.quotes import lost_marks, quote_marks
    from annotator.nlp.text import pattern_needs

    rng = random.Random(4)
    alphabet = [*"a1 '’&`´″＂〝〞‶€\u0130\u0131\u017f\u212a", "٣", "12", "''", "’’", "é", "\n"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    digits, _names = dates._anchor_patterns("id")
    for text in texts:
        assert [m.span() for m in digits.finditer(text)] == [m.span() for m in re.finditer(r"\d+", text)]
        assert lost_marks._has_rewritten_marks(text) == (lost_marks._REWRITTEN_MARKS.search(text) is not None)
        assert any(map(text.__contains__, quote_marks._STRAIGHT_MARKS)) == (quote_marks._STRAIGHTENED.search(text) is not None)
        folds = any(char in text for char in pattern_needs.FOLDS_TO_ASCII)
        assert folds == (pattern_needs._FOLDS_TO_ASCII.search(text) is not None)


def test_date_patterns_sharing_a_head_find_what_each_finds_alone() -> None:
    """WindowNeeds keeps where a head's searches found it, for the next pattern of the same head."""
    from annotator.nlp.entities.dates import dates
    from annotator.nlp.text.pattern_needs import WindowNeeds, finditer_within

    rng = random.Random(7)
    words = ["Senin", "Minggu", "Sabtu", "(3/11)", "2024", "Maret", "12", " ", "\n", "akhir", "bulan", "Jumat", ","]
    texts = [json.loads(line)["text"] for line in REAL.read_text(encoding="utf-8").splitlines()]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 20))) for _ in range(3000)]
    patterns = dates.date_patterns("id")
    found = 0
    for text in texts:
        windows = dates._windows(text, "id")
        shared = WindowNeeds(text, windows)
        for pattern in patterns:
            alone = [m.span() for start, end in WindowNeeds(text, windows).windows_for(pattern)
                     for m in finditer_within(pattern, text, start, end)]  # fmt: skip
            assert [m.span() for m in shared.matches(pattern)] == alone, (pattern.pattern[:60], text[:80])
            found += len(alone)
    assert found > 1000


def test_title_word_before_a_quotation_agrees_with_the_pattern() -> None:
    from annotator.nlp.quotes import quote_speech

    # the words are read as plain strings too: small letters, spaces and hyphens only
    assert all(re.fullmatch(r"[a-z][a-z -]*", word) for word in quote_speech._TITLE_WORD_LIST)
    rng = random.Random(12)
    alphabet = ["Judul", "BERJUDUL", "tema", "sistema", "Named", "the word", "The Word", "so-called", "yang disebut",
                " ", "\n", "\t", "\u00a0", "\u2003", "x", "\u0130", "\u212a", "ſ", "ı", "term", "ter", "m", "É", ","]  # fmt: skip
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(30000)]
    texts += ["PROGRAM\u212a", "na\u212aed ", "slogan\n", "SLOGAN \n", "hashtag\u0130"]
    hits = 0
    for text in texts:
        expected = quote_speech.TITLE_WORDS.search(text) is not None
        assert quote_speech._title_word_before(text) == expected, repr(text)
        hits += expected
    assert hits > 3000

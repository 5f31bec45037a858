"""Speed24 rewrites that must keep every match: the coordinated request's pattern opened by white
space (``re`` tries it only there), the hyphened bodies' test for a hyphen first and the initials'
test for a capital first."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from annotator.nlp.entities.bodies.entity_hyphen_bodies import HYPHENED
from annotator.nlp.entities.people.entity_initial_names import _INITIAL
from annotator.nlp.indirect import coordinated_clause
from annotator.nlp.resources import speech_words

_ROOT = Path(__file__).resolve().parents[2]
_WORDS = ("and", "And", "also", "urged", "asked", "called", "residents", "the", "mayor", "to", "To", "said", "x", "“")
_GAPS = (" ", " ", " ", "  ", "\n", "\t", ",", ", ", ".", "", "-")


def _before_speed24() -> re.Pattern[str]:
    return re.compile(
        r"(?<![,\s])\s+and\s+(?:also\s+)?(?:" + "|".join(sorted(speech_words()["speaker_requests_en"]))
        + r")\s+(?:[^\s,;:.!?\"“”]+\s+){1,6}?to\s"
    )  # fmt: skip


def test_the_coordinated_request_finds_the_same_matches_from_any_position() -> None:
    old, new = _before_speed24(), coordinated_clause._AND_REQUEST
    rng = random.Random(24)
    found = 0
    for _ in range(20000):
        words = [rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 20))]
        if rng.random() < 0.5:  # a request somewhere, its white space and the word before it varied
            gap = rng.choice((" ", "  ", "\n", " \t", ", ", ","))
            words.insert(rng.randint(0, len(words)), f"{gap}and {rng.choice(('', 'also '))}urged the mayor to ")
        text = "".join(words)
        start, end = sorted(rng.randint(0, len(text)) for _ in range(2))
        expected = old.search(text, start, end)
        got = new.search(text, start, end)
        assert (got and got.span()) == (expected and expected.span()), (text, start, end)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        found += expected is not None
    assert found > 100
    text = "The mayor spoke and urged residents to stay home, and asked them to wait."
    assert [m.group() for m in new.finditer(text)] == [" and urged residents to "]


def test_every_hyphened_body_word_holds_a_hyphen_or_a_dash() -> None:
    lines = (_ROOT / "data" / "dev" / "en.jsonl").read_text(encoding="utf-8").splitlines()
    words = {word for line in lines if line.strip() for word in re.findall(r"\S+", json.loads(line)["text"])}
    words |= {"PNP-CIDG", "DTI\u2013Calabarzon", "NBI-NCR", "PNPCIDG"}
    matched = [word for word in words if HYPHENED.fullmatch(word)]
    assert {"PNP-CIDG", "DTI\u2013Calabarzon"} <= set(matched)
    assert all("-" in word or "\u2013" in word for word in matched)


def test_every_initial_word_opens_with_a_capital() -> None:
    lines = (_ROOT / "data" / "dev" / "en.jsonl").read_text(encoding="utf-8").splitlines()
    words = {word for line in lines if line.strip() for word in re.findall(r"[\w.]+", json.loads(line)["text"])}
    words |= {"K.R", "A", "J.K", "a", "É", "K.", "1"}
    matched = [word for word in words if len(word) <= 5 and _INITIAL.match(word)]
    assert {"K.R", "A", "J.K"} <= set(matched) and "É" not in matched
    assert all(word[:1].isupper() for word in matched)

"""Speed round speed28: searches of English indirect speech done with less work.

The verbs of `[that_only]` (`He continued that ...`) are found from the text's `that`s and the
word before each, once per text, instead of by the verbs' alternation over the whole text and
again over each sentence; the participles (`adding`) from the text's distinct words, not a search
of every `ing`; a reported question's pattern is tried only where its cue word stands; the
conjunction before a second speaker (`, and the mayor said`) only at a comma or white space. The
matches stay those of the searches they replace."""

from __future__ import annotations

import random
import re

import pytest

from annotator.nlp import prelabel
from annotator.nlp.indirect.indirect_question import _QUESTION
from annotator.nlp.indirect.participle_reports import PARTICIPLES
from annotator.nlp.indirect.quoted_saying import _that_only, _that_only_at, _that_only_starts, _that_only_words
from annotator.nlp.indirect.reports import _participle_words
from annotator.nlp.indirect.second_speaker import _CONJUNCTION
from annotator.nlp.text.pattern_needs import finditer_within
from annotator.nlp.text.tokens import TokenIndex

_PIECES = [
    "continued", "reports", "that", "thatch", "xreports", "reportsx", "charged", "upheld", "Continued",
    "forecast", "forecasts", "threatened", "_", "é", "9", "The", "the", ",", ".", " ", "  ", "\n", "\u00a0",
]


def _random_texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [
        "".join(rnd.choice(_PIECES) + rnd.choice(["", " ", "\n", "\t "]) for _ in range(rnd.randrange(1, 30)))
        for _ in range(count)
    ]


_TEXTS = [
    "The spokesman continued that the bridge would open in May.",
    "Rain continued that night. The council reminded that fees were due, and the bank expects that rates fall.",
    "Staff  outlined\n that the plan, which the board upheld that week, was final.",
    "He discontinued that line; she reported that, and the Post reports thatched roofs.",
    *_random_texts(1500, 28),
]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_verbs_are_single_words(lang: str) -> None:
    """The search from `that` back to one word needs every verb to be one word of word characters."""
    verbs, longest = _that_only_words(lang)
    assert all(re.fullmatch(r"\w+", verb) for verb in verbs)
    assert longest == max(map(len, verbs), default=0)


def test_the_matches_of_the_whole_text_are_the_pattern_s() -> None:
    pattern = _that_only("en")
    assert pattern is not None
    for text in _TEXTS:
        found = [pattern.match(text, offset) for offset in _that_only_starts(text, "en")]
        assert [m.span() for m in found if m is not None] == [m.span() for m in pattern.finditer(text)], text


def test_the_first_match_in_a_window_is_the_pattern_s() -> None:
    """A window cut short (a sentence ending right after `that`, or inside the verb) too."""
    pattern = _that_only("en")
    assert pattern is not None
    rnd = random.Random(7)
    for text in _TEXTS:
        for _ in range(12):
            start = rnd.randrange(len(text) + 1)
            end = rnd.randrange(start, len(text) + 1)
            old, new = pattern.search(text, start, end), _that_only_at(text, "en", start, end)
            assert (old and old.span()) == (new and new.span()), (text, start, end)


def test_a_report_with_a_that_only_verb_is_found() -> None:
    spans, _ = prelabel("The regional director continued that the new clinic would open next spring.", "en")
    quotes = [span.text for span in spans if span.label == "QUOTE"]
    assert quotes == ["the new clinic would open next spring"]


def test_no_that_only_verbs_in_indonesian() -> None:
    assert _that_only_at("Ia continued that the road was closed.", "id", 0, 38) is None


# --- the participles among the cue words (`, adding that ...`) ---------------------------------

_PARTICIPLE_PIECES = [
    "adding", "Adding", "ADDING", "saying", "sayings", "xsaying", "saying_", "noting", "ruling", "ing",
    "warning", "_warning", "warning9", "warningé", "é", "-", "'", ",", ".", " ", "  ", "\n", "the", "said",
]


def _old_participle_words(tokens: TokenIndex, text: str) -> set[int]:
    """The participles as `_cue_words` found them before: a search of every `ing` at a word's end."""
    found = set()
    for match in re.finditer(r"ing\b", text):
        before = text[match.start() - 1 : match.start()]
        if not (before.isalnum() or before == "_"):
            continue
        k = tokens.last_ending_at_or_before(match.end())
        if k >= 0 and tokens.tokens[k].end == match.end() and tokens.tokens[k].text.lower() in PARTICIPLES:
            found.add(k)
    return found


def test_the_participles_are_those_of_the_search() -> None:
    rnd = random.Random(29)
    texts = [
        "The mayor said the road was closed, adding that repairs would take a week.",
        "Saying nothing, he left; warning-signs stood there, and the ADDING machine too.",
        *(
            "".join(rnd.choice(_PARTICIPLE_PIECES) + rnd.choice(["", " ", "\n"]) for _ in range(rnd.randrange(1, 25)))
            for _ in range(1500)
        ),
    ]
    for text in texts:
        tokens = TokenIndex.of_text(text)
        new = _participle_words(tokens, text)
        assert len(new) == len(set(new))
        assert set(new) == _old_participle_words(tokens, text), text


def test_a_participle_after_a_report_still_reports() -> None:
    spans, _ = prelabel("The harbour master said the pier was unsafe, adding that boats should moor further out.", "en")
    quotes = [span.text for span in spans if span.label == "QUOTE"]
    assert "boats should moor further out" in quotes


# --- reported questions (`asked whether ...`): tried only where a cue word stands ----------------


def test_the_questions_are_those_of_the_pattern() -> None:
    rnd = random.Random(30)
    pieces = ["asked", "Asked", "unasked", "wondered", "wanted to know", "wants", "if", "whether"]
    pieces += ["to", "that", "the court", ",", " ", "\n"]
    texts = [
        "She asked the officials whether the fees were legal, and wondered if anyone knew.",
        "He asked the court to decide whether it could sit; they wanted to know if it would.",
        *("".join(rnd.choice(pieces) + rnd.choice([" ", "", "  "]) for _ in range(rnd.randrange(1, 25))) for _ in range(1500)),
    ]
    for text in texts:
        for _ in range(6):
            start = rnd.randrange(len(text) + 1)
            end = rnd.randrange(start, len(text) + 1)
            old = [m.span() for m in _QUESTION.finditer(text, start, end)]
            assert [m.span() for m in finditer_within(_QUESTION, text, start, end)] == old, (text, start, end)


# --- the conjunction before a second speaker, tried only at a comma or white space --------------


def test_the_conjunctions_are_those_of_the_old_pattern() -> None:
    old = re.compile(r"(?:,[\"”’']?)?\s+(?:and|but|while|whereas)\s+")
    rnd = random.Random(31)
    pieces = ["and", "but", "while", "whereas", "band", "andy", ",", ",”", ",'", "”", " ", "  ", "\n", "said", "x"]
    texts = [
        "He said the road was closed, and the mayor said it would reopen, while “others,” but not all, agreed.",
        *("".join(rnd.choice(pieces) + rnd.choice(["", " "]) for _ in range(rnd.randrange(1, 25))) for _ in range(2000)),
    ]
    for text in texts:
        for _ in range(6):
            start = rnd.randrange(len(text) + 1)
            end = rnd.randrange(start, len(text) + 1)
            new = [m.span() for m in _CONJUNCTION.finditer(text, start, end)]
            assert new == [m.span() for m in old.finditer(text, start, end)], (text, start, end)
            new_match, old_match = _CONJUNCTION.match(text, start, end), old.match(text, start, end)
            assert (new_match and new_match.span()) == (old_match and old_match.span()), (text, start, end)

"""The straight single-mark quotation pattern of ``quote_marks.mark_view`` opens with the mark and checks
the character before it afterwards (so ``re`` scans for marks only): it finds what the form with
the look-behinds first finds."""

from __future__ import annotations

import random
import re

from annotator.nlp.quotes.quote_marks import _STRAIGHT_SINGLE, mark_view

LOOK_BEHIND_FIRST = re.compile(
    r"(?:(?<=^)|(?<=[\s(:,—–]))'(?=[A-Z])((?:[^'\n]|(?<=[A-Za-z])'(?=[a-z]))*?[^\s'\n])'(?![\w'])", re.MULTILINE
)
ALPHABET = [*"'aAbZ \n\t(:,—–.x1_é", "'A", " 'The", "don't", "'\n", "(‘"]


def test_the_mark_first_form_finds_the_same_quotations() -> None:
    rng = random.Random(5)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 25)))
        expected = [match.span(1) for match in LOOK_BEHIND_FIRST.finditer(text)]
        assert [match.span(1) for match in _STRAIGHT_SINGLE.finditer(text)] == expected, text
        found += len(expected)
    assert found > 1000


def test_mark_view_turns_straight_single_quotations_into_curly_marks() -> None:
    text = "He said: 'We don't know yet,' and (a 'Pena' sign) Jum'at.\n'Kami siap' kata Budi."
    assert mark_view(text) == "He said: ‘We don't know yet,’ and (a ‘Pena’ sign) Jum'at.\n‘Kami siap’ kata Budi."

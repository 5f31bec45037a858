"""The page's own headline: a line of a headline's shape at the top of the text.

A page copied whole opens with its headline (`Bridge to reopen in June, says minister`), perhaps
after a short section label (`Football`). Its words sum up a report of the body; the guidelines
leave headlines without quotes when in doubt, and the real sets mark no report in one. A first
line that holds a sentence's end inside it (`X said ... . — Picture by Y`, a caption) or runs
past ``MAX_HEADLINE_WORDS`` is the body's, and keeps its reports.
"""

from __future__ import annotations

import re

from annotator.nlp.resources import load_resources
from annotator.nlp.text.promoted_headlines import MIN_WORDS, headline_shaped, text_lines

#: Lines looked at for the headline: a short label may stand before it.
HEADLINE_LINES = 2
#: Words of the page's headline at most: a longer first line is a lead that lost its full stop.
MAX_HEADLINE_WORDS = 18
#: A sentence's end inside the line (`... from any party. — Picture by ...`): a word of two small
#: letters or more before the mark, so `Mr.` and `Rs1.5m` do not count.
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][’”\"')]?\s")


def page_headline(text: str, lang: str) -> tuple[int, int] | None:
    """(start, end) of the headline line at the top of an English ``text``, or None: the first line
    with words, or the second after a label of fewer than ``MIN_WORDS`` words; a line follows it,
    and it opens with no pronoun."""
    if lang != "en":
        return None  # Indonesian pages break a sentence at a line end as often (`Ia mengatakan ...` / `Di ...`)
    res = load_resources(lang)
    lines = text_lines(text)
    for index, (start, end) in enumerate(lines):
        if index >= HEADLINE_LINES:
            return None
        line = text[start:end]
        if (
            len(line.split()) <= MAX_HEADLINE_WORDS
            and line.split(maxsplit=1)[0].lower() not in res.pronouns  # `He said ...` with its full stop lost
            and headline_shaped(line, res.byline_openers)
            and not _SENTENCE_INSIDE.search(line)
        ):
            return (start, end) if next(lines, None) is not None else None
        if len(line.split()) >= MIN_WORDS:
            return None  # the text opens with its body or a byline
    return None

"""`The mayor said that the bridge would reopen next month, officials said.` (issue 11, edges
round): a reported clause that runs to the end of its sentence stops before a trailing
attribution of its own (`, police said`, `, they said`, and inverted: `, said the ambassador`;
twelfth batch); the guidelines give the reported clause
alone. The verbs are listed in ``en/trailing_cues.txt``."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Analysis
from annotator.nlp.resources import read_list


@cache
def _trailing(lang: str) -> re.Pattern[str] | None:
    verbs = read_list(lang, "trailing_cues.txt")
    if not verbs:
        return None
    alternatives = "|".join(re.escape(verb) for verb in verbs)
    # A comma, a subject of one to four words without punctuation, the verb, and the clause's end;
    # or the verb first (`, said the ambassador`, `, stated the verdict`).
    subject = r"[\w’'-]+(?:\s+[\w’'-]+){0,3}"
    return re.compile(
        rf",\s+(?:(?P<before>{subject})\s+(?:{alternatives})|(?:{alternatives})\s+(?P<after>{subject}))\s*$"
    )


def trailing_attribution(text: str, lang: str, start: int, end: int) -> re.Match[str] | None:
    """The trailing attribution `, X said` that ends ``text[start:end]`` (its subject in the group
    ``before``, or ``after`` when inverted: `, said X`), or None."""
    pattern = _trailing(lang)
    if pattern is None:
        return None
    match = pattern.search(text, start, end)
    return match if match is not None and match.start() > start else None


def trim_trailing_cues(analysis: Analysis) -> None:
    """Cut `, X said` from the end of each indirect QUOTE that ends there."""
    if _trailing(analysis.lang) is None:
        return
    for quote in analysis.quotes:
        if quote.attrs.get("type") != "indirect":
            continue
        match = trailing_attribution(analysis.text, analysis.lang, quote.start, quote.end)
        if match is not None:
            quote.end = match.start()

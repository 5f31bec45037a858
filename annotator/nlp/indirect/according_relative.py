"""A relative clause set off by commas after the source of `according to` (`According to X, who
leads the search, the boat flipped ...`): it describes the source, so the report starts after its
closing comma. The relative words are `relative_openers` of `common/speech_words.toml`."""

from __future__ import annotations

from annotator.nlp.resources import speech_words

_RELATIVES = speech_words()["relative_openers"]
#: The most words of such a clause; a longer stretch is left as it was.
MAX_RELATIVE_WORDS = 15


def past_relative(text: str, comma: int, end: int) -> int:
    """The comma closing a relative clause that opens right after ``comma``, else ``comma``."""
    first = text[comma + 1 : end].lstrip().split(" ", 1)[0].lower()
    if first not in _RELATIVES:
        return comma
    following = text.find(",", comma + 1, end)
    if following < 0 or len(text[comma + 1 : following].split()) > MAX_RELATIVE_WORDS:
        return comma
    return following

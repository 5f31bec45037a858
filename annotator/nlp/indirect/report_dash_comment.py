"""Where an English report stops at a dash that turns to the reporter's comment on it: `The minister
said [the bridge would open in June] — a promise he has made twice before.` A single dash (no second
one after it: a pair of dashes is an aside inside the report) followed by a noun that names the
report as a claim, a promise or an account, or by a concession (`— although ...`), opens words
about what was said, not what was said (en_indirect26). Openers in ``en/cues.toml``
([dash_comment_openers])."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.resources import read_toml
from annotator.nlp.text.patterns import phrase_alternation

#: The dashes that may open the comment, with white space around them (a hyphen only spaced).
_DASHES = r"(?:\s[—–-]{1,2}\s|—)"


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    openers = read_toml(lang, "cues.toml").get("dash_comment_openers", {})
    if not openers:
        return None
    return re.compile(r"\s*" + _DASHES + r"\s*(?:" + phrase_alternation(openers) + r")\b", re.IGNORECASE)


def dash_comment_start(text: str, lang: str, begin: int, end: int) -> int | None:
    """The offset of a single dash between ``begin`` and ``end`` that opens the reporter's comment;
    else None."""
    if "—" not in text[begin:end] and "–" not in text[begin:end] and " -" not in text[begin:end]:
        return None
    pattern = _pattern(lang)
    found = pattern.search(text, begin, end) if pattern is not None else None
    if found is None or found.start() <= begin:
        return None
    if re.search(_DASHES, text[found.end() : end]):
        return None  # `said the deal — a claim first made in May — was signed`: a dashed aside inside the report
    return found.start()

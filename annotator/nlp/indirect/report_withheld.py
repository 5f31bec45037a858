"""Where a report stops at the speaker declining to tell more: `Police said [the knives were not
stolen] but did not say where they came from`, `said [the bridge would close], but would not
comment on ...`, `said [the vote was rigged], without giving details`, or at another party's
refusal (`said [the talks had failed], but the company declined to comment`; en_open2). The refusal
is what someone did, not what was said, so it stays out of the item, with or without a comma before
`but`. Words in ``withheld_details.toml``."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.resources import read_toml
from annotator.nlp.text.patterns import phrase_alternation


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    table = read_toml(lang, "withheld_details.toml")
    if not table:
        return None
    without = table.get("without_gerunds", [])
    verbs = phrase_alternation(table["verbs"])
    others = table.get("any_subject_refusals", [])
    return re.compile(
        r",?\s+but\s+(?:(?:" + phrase_alternation(table["subjects"]) + r")\s+)?(?:" + phrase_alternation(table["refusals"])
        + r")\s+(?:" + verbs + r")\b"
        + (  # `but the company declined to comment`: any short subject of at most four words
            r"|,?\s+but\s+(?:[\w’'.-]+\s+){1,4}?(?:" + phrase_alternation(others) + r")\s+(?:" + verbs + r")\b"
            if others
            else ""
        )
        + (r"|,\s+without\s+(?:" + phrase_alternation(without) + r")\b" if without else ""),
        re.IGNORECASE,
    )


def withheld_end(text: str, lang: str, begin: int, end: int) -> int:
    """``end``, or the start of the first `but <refusal to tell>` (or `, without <telling>`) between
    ``begin`` and ``end``."""
    pattern = _pattern(lang)
    stretch = text[begin:end]
    found = pattern.search(text, begin, end) if pattern is not None and ("but" in stretch or "without" in stretch) else None
    return found.start() if found is not None and found.start() > begin else end

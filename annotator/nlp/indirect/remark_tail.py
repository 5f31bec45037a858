"""A remark on the report glued to it by a comma, `..., Hal ini disampaikannya saat bertemu ...`
or `..., hal itu diungkapkan Kapolres ...`, ends an Indonesian report: it says where and when the
speaker spoke, and the gold never holds it inside a report (as a sentence of its own, `Hal
tersebut disampaikan X ...` after a report, it is no report either)."""

from __future__ import annotations

import re

from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.cue_words import according_lower

#: `, hal ini/itu/tersebut (pun|juga) di...` and its passive word (checked against the cue lexicon).
_REMARK = re.compile(r",\s+[Hh]al\s+(?:ini|itu|tersebut)\s+(?:(?:pun|juga)\s+)?(di[a-z]+?)(?:nya)?\b")


def remark_tail_start(attributor: Attributor, begin: int, end: int) -> int | None:
    """The offset of the comma before such a remark inside ``begin``..``end``, else None."""
    if attributor.analysis.lang != "id":
        return None
    text = attributor.text
    if "al " not in text[begin:end]:
        return None
    known = according_lower(attributor.lex.res)
    for match in _REMARK.finditer(text, begin, end):
        if match.group(1) in known:
            return match.start()
    return None

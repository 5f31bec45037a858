"""`The BJP on Wednesday hit out at ..., saying ...` (issue 11, en_speak12 round): an English speaker
taken from the sentence's opening ends before a time phrase after it (`on Wednesday`, `on 12 March`);
the time says when, never who, and is a DATE of its own. A date without `on` may belong to a
document's description (`the note revealed by the prosecutors Friday`) and stays."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis

#: What stands between the speaker's last word and the DATE: `on` and spaces.
_BEFORE_DATE = re.compile(r"\s+on\s+$")


def trim_time_tails(analysis: Analysis) -> None:
    """Cut each English speaker that ends with `on` and a DATE back to the words before them."""
    if analysis.lang != "en" or not analysis.speakers:
        return
    dates = {m.end: m for m in analysis.entities if m.label == "DATE"}
    text = analysis.text
    for speaker in analysis.speakers:
        date = dates.get(speaker.end)
        if date is None or date.start <= speaker.start:
            continue
        gap = _BEFORE_DATE.search(text, speaker.start, date.start)
        if gap is not None and gap.start() > speaker.start:
            speaker.end = gap.start()

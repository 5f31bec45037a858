"""`Dinas Kesehatan (Dinkes) Kabupaten Karawang mengaku ...` (issue 11, edges round): a speaker
that opens with an organisation's name ends with that name; the acronym in brackets and the region
after it are mentions of their own (ORG and GPE), not part of the speaker. A role speaker
(`Kepala Bidang ... (Kabid Propam) Polda Maluku`) does not open with an ORG and is left whole."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis

#: An acronym in brackets right after the name (`(Dinkes)`, `(BPBD)`), one word.
_BRACKETED = re.compile(r" \([A-Za-z0-9&.-]{2,12}\)")


def trim_acronym_tails(analysis: Analysis) -> None:
    """Cut each speaker that starts with an ORG followed by a bracketed acronym back to the ORG."""
    if not analysis.speakers:
        return
    orgs = {m.start: m for m in analysis.entities if m.label == "ORG"}
    for speaker in analysis.speakers:
        org = orgs.get(speaker.start)
        if org is None or not org.end < speaker.end:
            continue
        tail = _BRACKETED.match(analysis.text, org.end)
        if tail is not None and tail.end() <= speaker.end:
            speaker.end = org.end

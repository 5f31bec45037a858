"""`Dinas Kesehatan (Dinkes) Kabupaten Karawang mengaku ...` (issue 11, edges round): a speaker
that opens with an organisation's name ends with that name; the acronym in brackets and the region
after it are mentions of their own (ORG and GPE), not part of the speaker. A role speaker
(`Kepala Bidang ... (Kabid Propam) Polda Maluku`) does not open with an ORG and is left whole.
An English speaker may open with `The` before the name and may end inside the brackets, before the
closing one (`The Harbour Party (HP) on Wednesday said` gave `The Harbour Party (HP`; en_speak13
round); it is cut back to `The` + the name, and the article goes in `drop_org_articles`."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis

#: What may open an English speaker before the ORG: the article alone.
_ARTICLE = re.compile(r"[Tt]he\s+")

#: An acronym in brackets right after the name (`(Dinkes)`, `(BPBD)`), one word.
_BRACKETED = re.compile(r" \([A-Za-z0-9&.-]{2,12}\)")


def trim_acronym_tails(analysis: Analysis) -> None:
    """Cut each speaker that starts with an ORG followed by a bracketed acronym back to the ORG."""
    if not analysis.speakers:
        return
    orgs = {m.start: m for m in analysis.entities if m.label == "ORG"}
    text = analysis.text
    for speaker in analysis.speakers:
        start = speaker.start
        if analysis.lang == "en":
            article = _ARTICLE.match(text, start, speaker.end)
            if article is not None and article.end() in orgs:
                start = article.end()
        org = orgs.get(start)
        if org is None or not org.end < speaker.end:
            continue
        tail = _BRACKETED.match(text, org.end)
        if tail is not None and tail.end() - 1 <= speaker.end:
            speaker.end = org.end

"""`According to the Maungtaw District Police Office, ...`, `the government's General Statistics
Office said` (issue 11, edges round): an English speaker that is an organisation's name is the
name alone; the article before it, and an owner before the name (`the government's`), stay out,
as for any ORG mention. A description that only ends with a name (`An official of the National
Bureau of Investigation`) is left whole."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis

#: What may stand before the name inside the speaker: `the` and an owner in the genitive.
_BEFORE_NAME = re.compile(r"(?:[Tt]he\s+(?:\w+['’]s\s+)?)")


def drop_org_articles(analysis: Analysis) -> None:
    """Start each English speaker that is `the` (+ an owner) + an ORG at the ORG."""
    if analysis.lang != "en" or not analysis.speakers:
        return
    orgs = {m.end: m for m in analysis.entities if m.label == "ORG"}
    for speaker in analysis.speakers:
        org = orgs.get(speaker.end)
        if org is None or org.start <= speaker.start:
            continue
        if _BEFORE_NAME.fullmatch(analysis.text, speaker.start, org.start):
            speaker.start = org.start

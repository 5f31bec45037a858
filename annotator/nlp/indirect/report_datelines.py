"""Where a sentence's report can start: after page furniture and after a dateline that no
furniture pattern knew (`JAKARTA, October 20 (Reuters): `, `Liputan6.com, Jakarta - `)."""

from __future__ import annotations

import re

from annotator.nlp.speakers.attribution import Attributor

#: A dateline no furniture pattern knew (`JAKARTA, October 20 (Reuters): `, `LABUAN, Indonesia
#: (Reuters) – `): a place in capitals, capitalised words or a date, an agency, then a colon or dash.
#: Also a site and a place (`Liputan6.com, Jakarta - `, `GenPI.co Jogja - `), a place and an outlet
#: (`Bandung, IDN Times - `) or a place and an outlet in brackets (`Manila, (Samajweekly) `).
_DATELINE = re.compile(
    r"[A-Z]{3,}(?:[ ,]+(?:[A-Z][\w.'’]*|\d{1,4}))*\s*(?:\([^()\n]{1,40}\))?\s*(?::|[–—-])\s+"
    r"|[\w-]+\.(?:com|co|id|net|news)(?:\.id)?,?\s+[A-Z]\w*(?:\s+[A-Z]\w*)?\s*[–—-]\s+"
    r"|[A-Z]\w+(?:\s[A-Z]\w+)?,\s+(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s+[–—-]|\([^()\n]{1,30}\))\s+"
    # `Sept 18 (Reuters) - ` (a date and an agency) and `ALGIERS // ` (a place and slashes).
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*\([^()\n]{1,30}\)\s*[–—-]\s+"
    r"|[A-Z]{3,}(?:\s[A-Z]{3,})?\s*//\s*"
    # `Kathmandu, Feb. 13: `, also after a byline (`By A Staff Reporter,Kathmandu, Feb. 13: `): a
    # place, a date and a colon (en_indcount3).
    r"|(?:By [A-Z][^,:\n]{0,40},\s*)?(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}:\s+"
)
#: A wire copy's dateline of a place in title case and a dash at a paragraph's start (`Manila - `,
#: `Kuala Lumpur – `), before a capitalised subject.
_SHORT_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? [–—-] (?=[A-Z])")
#: The same glued to the subject's `The` (`Monrovia-The Government of ... says ...`; en_indcount3):
#: not a name's hyphen (`Coca-Cola`, `Jean-Pierre`), which no `The` follows.
_GLUED_DATELINE = re.compile(r"[A-Z][a-z]+[–—-](?=The\s)")
#: The same with a colon (`Munich: A German banker has told ...`, `New Delhi: Police said ...`): taken
#: only when the words before the colon were found as a place (a headline `Ishaq Dar: ...` names a
#: speaker; en_indirect16).
_COLON_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?: (?=[A-Z])")


def after_furniture(attributor: Attributor, start: int) -> int:
    """A sentence that begins with a dateline reports from after it (indented lines included)."""
    text = attributor.text
    while start < len(text) and text[start] in " \t":
        start += 1
    for mention in attributor.analysis.furniture:
        if mention.start <= start < mention.end or start <= mention.start < start + 2:
            start = max(start, mention.end)
    while start < len(text) and text[start] in " \t":
        start += 1
    dateline = _DATELINE.match(text, start)
    if dateline is None and (start == 0 or text[start - 1] == "\n"):
        dateline = _SHORT_DATELINE.match(text, start) or _GLUED_DATELINE.match(text, start)  # `Manila - ...`
        if dateline is None:
            dateline = _COLON_DATELINE.match(text, start)
            if dateline is not None and not _place_before_colon(attributor, start, dateline.end() - 2):
                dateline = None
    return dateline.end() if dateline else start


def _place_before_colon(attributor: Attributor, start: int, colon: int) -> bool:
    """Whether the words from ``start`` to the ``colon`` are one place entity (`Munich`, `New Delhi`)."""
    entity = attributor.entity_by_first.get(attributor.tokens.first_at_or_after(start))
    return entity is not None and entity.label in ("GPE", "LOC") and entity.start == start and entity.end == colon

"""A regional paper's credit at the end of a paragraph names the paper: `(rki/cr5/Sumeks)` after
reporters' codes, or a desk tag `(KLIK-RED)` (`RED`: redaksi). The outlet is an ORG there and
wherever else the text writes it alone (`kantor Sumeks`, `GM Sumeks`). Reporters' codes in
lower case (`(rki)`, `(cr5)`) name no one and are left alone."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

#: `(abc/cr5/Outlet)` at the end of a line: codes in lower case, then the outlet's name.
SLASH_CREDIT = re.compile(r"\((?:[a-z0-9]{1,6}/)+([A-Z][\w.]{2,30})\)[ \t]*$", re.MULTILINE)
#: `(KLIK-RED)`: an outlet's desk tag.
DESK_CREDIT = re.compile(r"\(([A-Z]{2,12}-RED)\)[ \t]*$", re.MULTILINE)


def outlet_credits(s: EntityState) -> None:
    outlets: set[str] = set()
    for pattern in (SLASH_CREDIT, DESK_CREDIT):
        for match in pattern.finditer(s.text):
            if _tag(s, match.start(1), match.end(1)) and pattern is SLASH_CREDIT:
                outlets.add(match.group(1))
    for outlet in outlets:
        for match in re.finditer(rf"(?<![\w.-]){re.escape(outlet)}(?![\w-])", s.text):
            _tag(s, match.start(), match.end())


def _tag(s: EntityState, start: int, end: int) -> bool:
    """An ORG over ``start``..``end`` when it covers whole free words; whether one is there now."""
    first, last = s.tokens.first_at_or_after(start), s.tokens.last_ending_at_or_before(end)
    if first > last or s.tokens.tokens[first].start != start or s.tokens.tokens[last].end != end:
        return False
    if any(m.start == start and m.end == end and m.label == "ORG" for m in s.found):
        return True
    if not all(s.free(k) for k in range(first, last + 1)):
        return False
    s.add(first, last, "ORG", rule="outlet_credit")
    return True

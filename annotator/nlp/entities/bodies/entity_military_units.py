"""A military command's number and name after its fused title (`Pangdam V Brawijaya`, `Danrem
084/Bhaskara Jaya`, `Dandim 0817/Gresik`): the unit's own name is no place and no person (as
`Kapolda Metro Jaya` tags nothing), so its words are held; a seat the gazetteer knows as a place
(`Gresik`) is a GPE. The titles are ``military_titles`` of ``entity_words.toml``."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

#: A unit's number: a Roman numeral (`V`, `XIV`) or two to four digits (`084`, `0817`).
UNIT_NUMBER = re.compile(r"(?:[IVX]{1,5}|\d{2,4})")
#: What joins the number to the name: a space or a slash.
_NUMBER_GAPS = (" ", "/", " / ", "/ ")


def numbered_unit(s: EntityState, k: int, inner: list[tuple[int, int, str]]) -> int | None:
    """After a military title, the unit's number at word ``k`` and its name (up to two capitalised
    words; two only before a rank): returns the word after them, or None when no number is there."""
    if not UNIT_NUMBER.fullmatch(s.word(k)) or not s.free(k) or s.tokens.gap(k, k + 1) not in _NUMBER_GAPS:
        return None
    first = k + 1
    gaz = s.gazetteer(first)
    if gaz is not None and gaz[1] in ("GPE", "LOC"):
        inner.append((first, gaz[0] - 1, "GPE"))  # `0817/Gresik`: the seat is a known place
        return gaz[0]
    end = first
    while end < s.n and end - first < 2 and s.cap_word(end) and (end == first or s.joined(end - 1, end)):
        if s.is_head(end) or s.lex.titles.match(s.tokens, end):
            break
        end += 1
    if end == first:
        return None
    if end - first == 2 and not (s.continues(end) and s.lex.titles.match(s.tokens, end)):
        end = first + 1  # `Pangdam V Brawijaya Budi Santoso`: one word of the unit, then the name
    s.block(k, end - 1)
    return end

"""The edges of a person named in a credit line (`Redaktur: H.Nopian X`, `Penulis: Rina Wati,
S.Pd`, `(Foto: Hj. Siti X/Humas)`): the credit takes its names whole, so an honorific before the name
(glued to it by its stop or not) and the degrees after it are cut here, as the name rules cut them
in running text; a part that is only a degree names no one."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_name_edges import words_before_degrees

#: A word of a credited name and the stop, the spaces or nothing that follow it.
_WORD = re.compile(r"[^\s.]+(?:\.[^\s.]+)*\.?")


#: After a title: its stop, spaces, or both, before a capital.
_AFTER_TITLE = re.compile(r"(\.?)(\s*)(?=[A-Z])")


@cache
def _titles(titles: tuple[str, ...]) -> tuple[str, ...]:
    """The titles without a final stop (`H`, `Hj`, `KH`, `K.H`, `dr`, `Prof`), the longest first."""
    return tuple(sorted({title.rstrip(".") for title in titles}, key=len, reverse=True))


def _leading_title(text: str, start: int, end: int, titles: tuple[str, ...]) -> int:
    """Where the name starts after the titles that open ``text[start:end]`` (`H.Nopian`, `Prof. Dr.
    X`, `KH Ahmad`): a title ends at its stop or a space, and a capitalised word follows it."""
    position = start
    while True:
        for title in titles:  # the longest first: `Hj` before `H`
            if not text.startswith(title, position):
                continue
            after = _AFTER_TITLE.match(text, position + len(title), end)
            if after is not None and (after.group(1) or after.group(2)):
                position = after.end()
                break
        else:
            return position


def credited_person(s: EntityState, start: int, end: int) -> tuple[int, int] | None:
    """The name inside a credited person's ``text[start:end]``, or None when only titles or degrees
    are left. Indonesian only (an English credit keeps its words as they are)."""
    if s.analysis.lang != "id":
        return start, end
    text = s.text
    start = _leading_title(text, start, end, _titles(tuple(s.res.titles)))
    words = list(_WORD.finditer(text, start, end))
    keep = words_before_degrees([word.group() for word in words], s.words.degrees)
    if keep == 0:
        return None
    return start, words[keep - 1].start() + len(words[keep - 1].group().rstrip("."))

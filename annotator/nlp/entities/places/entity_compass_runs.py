"""English: a capitalised run opened by a compass word names a place, not a person (`South
Choiseul`, `North East Guadalcanal`), even where the place is in no gazetteer. People's names do
not open with `North` or `Southern`; where a compass word ends a run (`Adam West`) it may."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def compass_opened(s: EntityState, first: int, end: int) -> bool:
    """Words ``first``..``end - 1`` (two or more) open with a compass word and a name follows it."""
    if s.analysis.lang != "en" or end - first < 2 or s.word(first) not in s.words.compass:
        return False
    return s.joined(first, first + 1) and not s.in_title_line(first)

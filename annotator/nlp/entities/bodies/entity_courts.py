"""A court or a council written as its acronym and its seat (`Ketua PN Praya`, `Humas PN
Sukamaju`, `Ketua DPRD Humbahas`).

The seat after `PN`, `PTUN` or a regional council's `DPRD` (``seated_acronyms`` of
``entity_words.toml``) is always a town or a region, and many of them (district-court towns, short
regency names such as `Humbahas`) are missing from the gazetteer; without this the seat was read
as a person's name (`Praya`) or left out of the body. One unknown capitalised word is the seat; a
known place is taken by the regional head's own rule, and a headline's verb after the head is no
seat (the caller checks it). A council is also written without its region (``bare_seated_acronyms``):
then the word is its region only when no capitalised word follows it.
"""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def court_seat_end(s: EntityState, head: int, after_head: int) -> int:
    """The index after the court's seat, or ``after_head`` when no seat word follows."""
    if s.word(head) not in s.words.seated_acronyms or not s.joined(after_head - 1, after_head):
        return after_head
    if not s.cap_word(after_head) or s.lex.org_heads.match(s.tokens, after_head) or s.is_head(after_head):
        return after_head
    bare = s.word(head) in s.words.bare_seated_acronyms
    if bare and s.joined(after_head, after_head + 1) and s.tokens.tokens[after_head + 1].is_cap:
        return after_head  # `Wakil Ketua DPRD Ani Lestari`: a council written alone, then the person
    return after_head + 1

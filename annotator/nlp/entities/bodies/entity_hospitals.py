"""Hospitals named after a doctor: `RSUD dr. Soedarso`, `RSUP dr. Kariadi Semarang`. The small
letters of `dr.` stop a named body's words (only capitalised words go on) and make the words after
it a person. Right after a hospital head the title opens the hospital's own name instead, as the
real gold gives `RSUD Dr. Adjidarmo` and `RSUP Prof. Ngoerah` (capitalised titles already go on).
After a role (`Direktur RSUD dr. Rina Hartono`) the title and name are the director's: unchanged."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: How far back a role may stand before the head's last word (`Direktur Rumah Sakit Umum Daerah`).
HEAD_WORDS = 4


def doctor_opens_hospital(s: EntityState, k: int) -> bool:
    """Whether the small-letter title at ``k`` (right after a hospital head) opens the hospital's
    name: `dr.` and a capitalised word after it, and no role before the head."""
    if k == 0 or s.word(k) not in s.words.hospital_titles or s.word(k - 1) not in s.words.hospital_heads:
        return False
    if not (s.continues(k + 1) and s.cap_word(k + 1)):
        return False
    for j in range(max(0, k - 1 - HEAD_WORDS), k - 1):
        role = s.lex.roles.match(s.tokens, j) or s.lex.titles.match(s.tokens, j)
        if role and role[0] <= k - 1 and s.lex.org_heads.match(s.tokens, role[0]):
            return False  # `Direktur RSUD dr. X`: the director's title and name
    return True


def doctor_title_goes_on(s: EntityState, k: int) -> bool:
    """The word after a hospital's `dr.` (``k``) belongs to the hospital's name."""
    return k >= 2 and s.word(k - 1) in s.words.hospital_titles and doctor_opens_hospital(s, k - 1)

"""A role whose last word opens a known organisation's name (`Ketua Tim` + `Tim Penggerak PKK`) or a
longer organisation head (`Kepala Madrasah` + `Madrasah Aliyah Negeri`): the role ends before that
word, so the organisation keeps its first word (`Ketua` | `Tim Penggerak PKK Kabupaten X`,
`Kepala` | `Madrasah Aliyah Negeri 2 X`) instead of the role swallowing it and the rest being taken
for a name."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def role_end(s: EntityState, index: int, end: int) -> int:
    """Where the role matched from ``index`` to ``end`` ends: before its last word when a known
    organisation of the gazetteer, or an organisation head of two words or more, starts there and
    runs past the role."""
    last = end - 1
    if last <= index:
        return end
    known = s.gazetteer(last)
    if known is not None and known[1] == "ORG" and known[0] > end:
        return last
    head = s.lex.org_heads.match(s.tokens, last)
    return last if head is not None and head[0] > end else end

"""A one-word name after a role, its body and a comma: `Kepala Bidang Data BNPB, Hermawan.`,
`Juru Bicara KPK, Budi.` National pages name officials by their full title, the body, a comma and
the name; a name of two words after it is a PERSON by its shape, but a lone word needs the role
before it as its evidence (it has no speech verb or courtesy title next to it).

The word is a name when the entity right before the comma is a body or place the role rule read
inside a title (rule `title_or_role`), and the name ends at a comma, a full stop, a bracket or
the end of the line (not `BNPB, Basarnas dan ...`: a list of bodies goes on with `dan`)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: What may follow the name: the apposition's closing comma, the sentence's end, a bracket.
_AFTER_NAME = (",", ".", " (", "\n")


def named_after_role_comma(s: EntityState, index: int) -> bool:
    """Whether word ``index`` follows `ROLE BODY, ` and ends its apposition."""
    if index < 2 or s.tokens.gap(index - 1, index) != ", ":
        return False
    after = s.tokens.gap(index, index + 1)
    if (index + 1 < s.n and not after.startswith(_AFTER_NAME)) or after.startswith((", dan", ".com")):
        return False
    end = s.tokens.tokens[index - 1].end
    for mention in s.latest(3):
        if mention.end == end:
            return mention.label in ("ORG", "GPE") and mention.rule == "title_or_role"
    return False

"""People named together in a list (`The suspects are A (27), B (33) and C (25).`, `The victims
were A, B, C and D.`): the list names a group the story is about, one by one. An English role
speaker that no one before it speaks for (`the district commander said`, `a local radio station`,
`Post-mortem photographs of the victims`) is not one member of such a list: the antecedent search
would otherwise fall back on the list's first name, the first person of its sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.analysis import Mention

#: What may stand between two listed names: an optional age (`(27)`, `, 27`) and a comma, `and`,
#: `&` or both (`, and`).
_LIST_GAP = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3})?\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)")


def listed_person(text: str, person: Mention, people: Sequence[Mention]) -> bool:
    """Whether ``person`` is joined to the PERSON right before or right after it by a list gap."""
    before = [m for m in people if m.end <= person.start]
    after = [m for m in people if m.start >= person.end]
    if before and _LIST_GAP.fullmatch(text[max(m.end for m in before) : person.start]):
        return True
    return bool(after) and bool(_LIST_GAP.fullmatch(text[person.end : min(m.start for m in after)]))


def list_member_antecedent(text: str, target: Mention | None, people: Sequence[Mention], spoken: Sequence[Mention]) -> bool:
    """Whether an English role speaker's antecedent ``target`` is a listed person who has not
    spoken (``spoken``: the people earlier speakers resolved to), so the role names no one before."""
    if target is None or target.label != "PERSON" or any((m.start, m.end) == (target.start, target.end) for m in spoken):
        return False
    return listed_person(text, target, people)

"""A unit written out between a head's bracketed short title and its body (`Kepala Satuan (Kasat)
Reserse Kriminal (Reskrim) Polres X`): the unit's words and its own acronym are no person (they
were read as PERSONs `Reserse Kriminal` and `Reskrim`); the body after them is left to its rule
(id_lists3 round, the shape counted on fresh pages of two newsrooms)."""

from __future__ import annotations

import re

from annotator.nlp.entities.bodies.entity_police import unit_heads
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_name_runs import name_run
from annotator.nlp.text.brackets import CLOSE, OPEN

#: ` (Reskrim) `: the unit's acronym in brackets, a space after it.
UNIT_ACRONYM_BEFORE_BODY = re.compile(rf" {OPEN}[A-Z][A-Za-z]{{1,9}}{CLOSE} ")


def body_opens(s: EntityState, k: int) -> bool:
    """Whether word ``k`` opens a body of its own: a police unit (`Polres`) or an organisation head
    (`Kejaksaan Negeri`)."""
    return s.word(k) in unit_heads(s.analysis.lang) or bool(s.lex.org_heads.match(s.tokens, k))


def unit_before_body(s: EntityState, k: int) -> int | None:
    """After a bracketed short title, the capitalised run at ``k`` followed by its acronym in
    brackets and then a body (`Reserse Kriminal (Reskrim) Polres X`): both are held, no
    entity; returns the body's first word. None for any other shape."""
    end = name_run(s, k)
    if end <= k or end + 1 >= s.n:
        return None
    if not UNIT_ACRONYM_BEFORE_BODY.fullmatch(s.text, s.tokens.tokens[end - 1].end, s.tokens.tokens[end + 1].start):
        return None
    if not body_opens(s, end + 1):
        return None
    s.block(k, end)
    return end + 1

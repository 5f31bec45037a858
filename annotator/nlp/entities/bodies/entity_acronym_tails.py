"""A body's own name after its defined acronym: `Badan Usaha Milik Desa (BUMDes) Maju Jaya`,
`Kelompok Tani (Poktan) Subur Makmur`, `Perusahaan Umum Daerah Air Minum (Perumda AM) Tirta
Lamongan`. The run after the brackets is no person: it names the body (a village enterprise, a
farmers' group, a water company), so it is an ORG, as the long name and the acronym are. Only
after the acronyms of bodies that carry a name of their own (``named_body_acronyms`` of the entity
words): after `(BMKG) Dwikorita Karnawati` the run is the head the role speaks of. A known place
there stays a GPE (`(BPBD) DKI Jakarta`, the real decisions); only a run the scan would call a
person is changed."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.text.brackets import CLOSE, OPEN

#: `ORG (ACRONYM) ` right before the run: one acronym word or two (`(Perumda AM)`).
ACRONYM_BEFORE = re.compile(rf" {OPEN}([A-Z][A-Za-z]{{1,9}}(?: [A-Z][A-Za-z]{{1,9}})?){CLOSE} $")


def after_defined_acronym(s: EntityState, first: int) -> bool:
    """Whether word ``first`` follows `ORG (ACRONYM) ` (the body's long name, then its acronym)."""
    start = s.tokens.tokens[first].start
    # The pattern ends with `) ` at ``start`` (`$` also before a last line break): most words follow
    # no bracket, and a test of two characters spares them the search.
    if not (s.text.endswith(") ", 0, start) or s.text.endswith(") \n", 0, start)):
        return False
    match = ACRONYM_BEFORE.search(s.text, max(0, start - 24), start)
    if match is None or match.group(1).split()[0] not in s.words.named_body_acronyms:
        return False
    return any(m.label == "ORG" and m.end == match.start() for m in s.latest(3))

"""`H Rudin juga menegaskan`, `dimasa H Aspan`: regional pages often write Haji as a bare `H`
(or `Hj`) without its full stop. A run that opens with one capital letter and no stop is no valid
name (`H` would be an initial), so the person was lost. When the letter is one of ``haji`` of the
entity words and a name of one to four words follows, the name after it is the PERSON, as after
`H.` (the guidelines keep titles out of names)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_name_runs import valid_name

#: The longest name after the title.
NAME_WORDS = 4


def name_after_haji(s: EntityState, first: int, end: int) -> int | None:
    """Where the name starts in the run ``first``..``end`` opened by a bare Haji, or None."""
    if s.word(first) not in s.words.haji or not 2 <= end - first <= NAME_WORDS + 1 or s.tokens.gap(first, first + 1) != " ":
        return None
    name = range(first + 1, end)
    if any(s.word(k).isupper() and len(s.word(k)) > 1 for k in name):
        return None  # `H DPRD`: letters of a body, no name
    return first + 1 if valid_name(s, first + 1, end) else None

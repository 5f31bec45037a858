"""`“...,” she was quoted as saying by local media` (issue 11, edges moved): after a closing mark
the cue is the whole phrase `quoted as saying`, and the passive auxiliary before it belongs to no
speaker (`he`, not `he was`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.nlp.tokens import TokenIndex

#: The words that complete `quoted` into one cue.
_TAIL = ("as", "saying")
#: Passive auxiliaries between the subject and `quoted`.
_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being"})


def quoted_as_saying_cue(tokens: TokenIndex, verb: int, verb_end: int) -> tuple[int, int]:
    """(cue end, subject end) for a cue at token ``verb`` ending before ``verb_end``: the cue runs on
    over `as saying` after a bare `quoted`, and the subject of a passive `quoted` stops before the
    auxiliary (`the minister was quoted by the agency as saying`)."""
    items = tokens.tokens
    if verb_end != verb + 1 or items[verb].text.lower() != "quoted":
        return verb_end, verb
    subject_end = verb
    while subject_end > 1 and items[subject_end - 1].text.lower() in _AUXILIARIES:
        subject_end -= 1
    tail = tuple(item.text.lower() for item in items[verb + 1 : verb + 1 + len(_TAIL)])
    return (verb + 1 + len(_TAIL) if tail == _TAIL else verb_end), subject_end

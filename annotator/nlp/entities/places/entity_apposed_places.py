"""The place of a regional role in apposition after a name: `Sarji, mantan Kades Sukamaju,
menyampaikan ...`. The scan takes one unknown word after `Kades` for the head's name (`Kades
Sukamaju mengatakan`); when a person was named right before the comma, the role describes that
person and the word after it is the village or district they head (one-word villages are left out
of the gazetteer on purpose)."""

from __future__ import annotations

from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.roles.entity_after_role import regional_role

#: How many words a regional role may have (`Kepala Desa`, `Wakil Wali Kota`).
MAX_ROLE_WORDS = 3


def _role_start(s: EntityState, k: int) -> int | None:
    """The first word of a regional role that ends right before word ``k``."""
    for start in range(max(0, k - MAX_ROLE_WORDS), k):
        match = s.lex.roles.match(s.tokens, start)
        if match and match[0] == k and regional_role(s, start) and s.joined(k - 1, k):
            return start
    return None


def places_after_apposed_roles(s: EntityState) -> None:
    """Relabel the one-word PERSON after a regional role that follows `Name, ` as a GPE."""
    people_ending = {m.end for m in s.found if m.label == "PERSON"}
    if not people_ending:
        return
    openers = frozenset(coref_words()["person_head_openers"])
    for mention in s.found:
        if mention.label != "PERSON":
            continue
        k = s.tokens.first_at_or_after(mention.start)
        if k >= s.n or s.tokens.tokens[k].end != mention.end:
            continue  # one word only: `Kades Budi Santoso` after a name is another person
        start = _role_start(s, k)
        if start is None:
            continue
        if start > 0 and s.word(start - 1).lower() in openers and s.joined(start - 1, start):
            start -= 1  # `mantan Kades`
        if start > 0 and s.tokens.gap(start - 1, start) == ", " and s.tokens.tokens[start - 1].end in people_ending:
            mention.label = "GPE"
            mention.rule = "place_of_apposed_role"

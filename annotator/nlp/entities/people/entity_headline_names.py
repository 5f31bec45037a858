"""A name after a title in a headline, closed by a colon: `Menteri Siti Nurbaya: Tidak Perlu ...`,
`Kapolri Listyo Sigit: Usut Tuntas`, in a headline or a `Baca juga:` line. In a title-case line
every word is capitalised, so the role rule adds no name after a title there (the words after it
may be the headline's verbs); but a colon right after the name closes it, as national pages
write a speaker's headline, so the words up to it are the person."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_name_runs import name_run, valid_name
from annotator.nlp.entities.roles.entity_after_role import regional_role


def name_before_colon(s: EntityState, index: int, k: int) -> int:
    """After the role from word ``index`` to ``k`` in a title line: the PERSON of one to three
    words that a colon closes is added; returns the index after it (or ``k``). A regional head's
    one word stays unread (`Bupati Sukamaju:` names the regency as often as the person)."""
    if k >= s.n or not s.cap_word(k) or not s.continues(k):
        return k
    end = name_run(s, k)
    if not k < end <= k + 3 or end > s.n or not s.tokens.gap(end - 1, end).startswith(":"):
        return k
    if end - k == 1 and regional_role(s, index):
        return k
    if s.tokens.tokens[end - 1].text.isupper() or not valid_name(s, k, end):
        return k  # `Kapolda NTT:`: a place or a body's short form before the colon, no name
    s.add(k, end - 1, "PERSON")
    return end

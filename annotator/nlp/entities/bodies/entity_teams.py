"""A national team's name ends after its country (`Pelatih Timnas Indonesia Budi Santoso`): a
`named` organisation head takes any capitalised words after it, so the coach or player named right
after the team ran into the ORG. After a team head (``team_heads`` of ``entity_words.toml``) the
name stops after the first known place, unless an age group follows it (`Timnas Indonesia U-23`)."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

#: An age group after a team's country (`U-23`, `U23`, `U-17`).
AGE_GROUP = re.compile(r"U-?\d{2}")


def cut_after_country(s: EntityState, index: int, after_head: int, end: int) -> int:
    """The index after the team's country, or ``end`` when ``index`` holds no team head."""
    if s.word(index) not in s.words.team_heads:
        return end
    k = after_head
    while k < end:
        match = s.lex.gazetteer.match(s.tokens, k)
        if match and match[1] == "GPE":
            stop = match[0]
            while stop < end and AGE_GROUP.fullmatch(s.word(stop)):
                stop += 1
            return stop
        k += 1
    return end

"""Police squads with a name of their own (`Tim Kalong Satreskrim Polres Jember`, `Tim Macan
Polresta X`): `Tim`, one capitalised word and the police unit the squad belongs to make one ORG,
as the listed kinds do (`Tim Resmob Polresta X`, org_heads.txt); once the squad has been named
with its unit, its short form (`Tim Kalong`) is the same ORG. Without a unit after it, `Tim X`
stays untagged (`Tim Ahli`, `Tim Pemenangan`: a team, no body)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.bodies.entity_bodies import body_tail
from annotator.nlp.entities.bodies.entity_police import unit_heads
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import load_resources


@cache
def squad_heads(lang: str) -> frozenset[str]:
    """The words that open a squad's name (`Tim`)."""
    return frozenset(load_resources(lang).entity_words.get("squad_heads", ()))


@cache
def _squad_units(lang: str) -> frozenset[str]:
    """Units a squad belongs to besides the police units (`Satreskrim`, `Ditreskrimum`, `Mabes`)."""
    return frozenset(load_resources(lang).entity_words.get("squad_units", ()))


@cache
def _unit_after(lang: str) -> re.Pattern[str]:
    """A squad's name followed by the unit it belongs to, anywhere in a text."""
    units = sorted(unit_heads(lang) | _squad_units(lang), key=len, reverse=True)
    return re.compile(r"(\S+)\s+(\S+)\s+(?:" + "|".join(map(re.escape, units)) + r")\b")


def _unit_at(s: EntityState, k: int) -> bool:
    """A police unit opens at word ``k`` (`Satreskrim`, `Polres`, `Ditreskrimum`)."""
    return s.word(k) in unit_heads(s.analysis.lang) or s.word(k) in _squad_units(s.analysis.lang)


def named_squad(s: EntityState, index: int) -> int | None:
    """`Tim Kalong Satreskrim Polres Jember` (or `Tim Kalong` once so named) at word ``index``: adds
    the ORG and returns the word after it, else None."""
    if s.word(index) not in squad_heads(s.analysis.lang):
        return None
    name = index + 1
    if not (s.cap_word(name) and s.joined(index, name)) or s.is_head(name) or s.lex.org_heads.match(s.tokens, index):
        return None
    if s.joined(name, name + 1) and _unit_at(s, name + 1):
        inner: list[tuple[int, int, str]] = []
        end = body_tail(s, name + 1, "named", inner)
        s.add(index, end - 1, "ORG")
        return end
    if any(head == s.word(index) and word == s.word(name) for head, word in _unit_after(s.analysis.lang).findall(s.text)):
        s.add(index, name, "ORG")  # `Tim Kalong berkoordinasi ...` after `Tim Kalong Satreskrim Polres Jember`
        return name + 1
    return None

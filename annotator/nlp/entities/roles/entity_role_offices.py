"""English bodies named after a role's holder and units numbered with a hyphen (en_ents3 round,
fresh Malaysian, Philippine and Singaporean pages):

- `the Prime Minister's Department`, `Prime Minister’s Office`, `the Attorney-General's Chambers`:
  a role with `'s` and an office word is one ORG (the scan stripped the role and, finding no name
  after it, left the office untagged);
- `Police Regional Office-13`, `Regional Mobile Force-9`: a tail word glued to its number by a
  hyphen (one word for the tokenizer) still ends an organisation's name.

The word sets are ``role_offices`` and ``numbered_unit_tails`` of ``en/entity_words.toml``.
"""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

APOSTROPHES = ("'", "\u2019")
#: `Office-13`, `Force-9`, `Office-4A`: a word, a hyphen or dash and a unit's number.
HYPHEN_NUMBERED = re.compile(r"([A-Z][a-z]+)[-\u2013](?:\d{1,3}[A-Z]?|\d{1,2}-[A-Z])")


def numbered_tail(s: EntityState, word: str) -> bool:
    """``word`` is a unit tail glued to its number (`Office-13`)."""
    match = HYPHEN_NUMBERED.fullmatch(word)
    return bool(match and match.group(1) in s.words.numbered_unit_tails)


def role_offices(s: EntityState) -> None:
    """`Prime Minister's Department`: a capitalised role, `'s` and a ``role_offices`` word are one ORG."""
    offices = s.words.role_offices
    esses = s.tokens.by_text.get("s")
    if not offices or not esses:
        return
    toks = s.tokens.tokens
    for q in esses:
        p, office = q - 1, q + 1
        if p < 0 or office >= s.n or toks[q].start != toks[p].end + 1 or s.text[toks[p].end] not in APOSTROPHES:
            continue
        if s.word(office) not in offices or not s.joined(q, office):
            continue
        first = _role_start(s, p)
        if first is None:
            continue
        start, end = toks[first].start, toks[office].end
        if any(m.label == "ORG" and m.start <= start and m.end >= end for m in s.found):
            continue  # a known body holds it already
        s.found = [m for m in s.found if m.end <= start or m.start >= end]
        s.block(first, office)
        s.found.append(Mention(start, end, "ORG", rule="role_office"))


def _role_start(s: EntityState, last: int) -> int | None:
    """The first word of the longest capitalised role that ends at word ``last`` (`Deputy Prime
    Minister`, `Attorney-General`), if any."""
    for first in range(max(0, last - 3), last + 1):
        if not all(s.tokens.tokens[k].is_cap or s.word(k) == "-" for k in range(first, last + 1)):
            continue
        match = s.lex.roles.match(s.tokens, first) or s.lex.titles.match(s.tokens, first)
        if match and match[0] == last + 1:
            return first
    return None

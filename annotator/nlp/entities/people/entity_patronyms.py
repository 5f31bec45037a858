"""Malaysian and Singaporean Indian names with a patronymic joiner (en_ents3 round, fresh court
pages): `Muniandy a/l Ramasamy`, `Salwant Singh s/o Amer Singh`, `Kamala d/o Suppiah` are one
PERSON (`a/l`, `a/p`: son or daughter of; `s/o`, `d/o` in Singapore). The scan took the two halves
for two people or, one word each, for no one. The joiners are ``patronym_joiners`` of
``en/entity_words.toml``."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: Up to four capitalised words on either side of a joiner.
NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\.? ){0,3}[A-Z][\w'’-]*\Z")
NAME_AFTER = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")


@cache
def _joiners(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r" (?:" + "|".join(re.escape(w) for w in sorted(words)) + r") (?=[A-Z])")


def patronyms(s: EntityState) -> None:
    """Join the name before and after a patronymic joiner into one PERSON."""
    pattern = _joiners(s.words.patronym_joiners)
    if pattern is None or "/" not in s.text:
        return
    for match in pattern.finditer(s.text):
        start = _name_start(s, match.start())
        end = _name_end(s, match.end())
        if start is None or end is None:
            continue
        inside = [m for m in s.found if m.start < end and m.end > start]
        if any(m.label != "PERSON" for m in inside):
            continue  # an organisation or a place is part of the stretch: leave it
        s.found = [m for m in s.found if m not in inside]
        s.found.append(Mention(start, end, "PERSON", rule="patronym"))
        first, last = s.tokens.first_at_or_after(start), s.tokens.last_ending_at_or_before(end)
        for index in range(first, last + 1):
            s.taken[index] = True


def _name_start(s: EntityState, joiner: int) -> int | None:
    """Where the name before the joiner at offset ``joiner`` starts: a PERSON found there, else up
    to four capitalised words, less titles and roles opening them (`Judge Ravi a/l Kumar`)."""
    person = next((m for m in s.found if m.end == joiner and m.label == "PERSON"), None)
    if person is not None:
        return person.start
    before = NAME_BEFORE.search(s.text, max(0, joiner - 60), joiner)
    if before is None:
        return None
    k = s.tokens.first_at_or_after(before.start())
    while k < s.n and s.tokens.tokens[k].end < joiner:
        match = s.lex.titles.match(s.tokens, k) or s.lex.roles.match(s.tokens, k)
        if match is None:
            break
        k = match[0]
    return s.tokens.tokens[k].start if k < s.n and s.tokens.tokens[k].start < joiner else None


def _name_end(s: EntityState, after: int) -> int | None:
    """Where the name after the joiner ends: a PERSON found there, else up to four capitalised words."""
    person = next((m for m in s.found if m.start == after and m.label == "PERSON"), None)
    if person is not None:
        return person.end
    match = NAME_AFTER.match(s.text, after)
    return match.end() if match else None

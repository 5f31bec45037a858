"""Lone given names in a list of people (`saksi Budi Santoso alias Kacung, Sulistyo dan Parjono`):
a list that names one person the scan found and is closed by a joiner (``name_list_joiners``:
`dan`, `serta`) lists people, so a lone capitalised word among its items that nothing else can be
(no place the gazetteer knows, no title or role, no word the text also writes in small letters)
is a PERSON too. A word alone in a sentence is a name only beside a speech verb or a title, so
names given only in a list were lost (id_b22)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_name_runs import valid_name

#: How many words before a person a list holding it may start (four lone names and their joiners).
MAX_ITEMS_BEFORE = 8


def _lone_given_name(s: EntityState, k: int) -> bool:
    """Word ``k`` is a free capitalised word standing alone that could only be a given name."""
    if not s.cap_word(k) or s.tokens.sentence_initial(k):
        return False
    token = s.tokens.tokens[k]
    if token.is_upper or token.text.lower() in s.lower_words or token.text in s.res.place_types:
        return False
    if (s.joined(k, k + 1) and s.tokens.tokens[k + 1].is_cap) or s.gazetteer(k):
        return False
    lex = s.lex
    if lex.titles.match(s.tokens, k) or lex.roles.match(s.tokens, k) or lex.org_heads.match(s.tokens, k):
        return False
    return valid_name(s, k, k + 1)


def _next_item(s: EntityState, last: int) -> tuple[int, bool] | None:
    """Where the list's next item starts after the item ending at word ``last`` and whether a
    joiner came before it (the list's last item), or None when the list ends there."""
    gap = s.tokens.gap(last, last + 1)
    joiners = s.words.name_list_joiners
    if gap == ", " and s.word(last + 1) not in joiners:
        return last + 1, False
    if gap in (" ", ", ") and s.word(last + 1) in joiners and s.joined(last + 1, last + 2):
        return last + 2, True
    return None


def _beside_separator(s: EntityState, first: int, last: int) -> bool:
    """Whether the person at words ``first``..``last`` has a list's comma or joiner beside it."""
    joiners = s.words.name_list_joiners
    after = s.tokens.gap(last, last + 1) == ", " or (last + 1 < s.n and s.word(last + 1) in joiners)
    return after or s.tokens.gap(first - 1, first) == ", " or (first > 0 and s.word(first - 1) in joiners)


def people_in_lists(s: EntityState) -> None:
    """Tag the lone given names of closed lists that hold a PERSON found before."""
    tokens = s.tokens
    people: dict[int, int] = {}
    for mention in s.found:
        if mention.label == "PERSON":
            people[tokens.first_at_or_after(mention.start)] = tokens.last_ending_at_or_before(mention.end)
    if not people:
        return
    # A list holding a person starts at most a few lone names before it: only there is a start looked for.
    listed = [first for first, last in people.items() if _beside_separator(s, first, last)]
    starts = sorted({k for first in listed for k in range(max(0, first - MAX_ITEMS_BEFORE), first + 1)})
    done = 0
    for k in starts:
        if k < done or (k not in people and not _lone_given_name(s, k)):
            continue
        items: list[int] = []
        known, closed, at = 0, False, k
        while True:
            if at in people:
                known += 1
                last = people[at]
            elif _lone_given_name(s, at):
                items.append(at)
                last = at
            else:
                break
            step = None if closed else _next_item(s, last)
            if step is None:
                break
            at, closed = step
        if closed and known and items and at not in items and at not in people:
            closed = False  # the joiner's item is no name: no closed list of people
        if closed and known and items:
            for item in items:
                s.add(item, item, "PERSON", rule="listed_person")
        done = last + 1

"""Checks on a run of capitalised words that decide it is no person's name (a holiday, a seat
before a member's role, a role's portfolio, a hyphenated pair of names); ``entity_people.person``
asks them."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_initials import PASSIVE_VERB

#: A capitalised `ter-` verb (`Terlihat`, `Tercatat`); `Teddy` and `Terry` are too short for it.
TER_VERB = re.compile(r"Ter[a-z]{4,}$")


def verb_before_role(s: EntityState, first: int, end: int) -> bool:
    """A capitalised verb (`Dikatakan`, `Terlihat`) right before a role that ends the run."""
    if end - first < 2 or not (PASSIVE_VERB.match(s.word(first)) or TER_VERB.match(s.word(first))):
        return False
    role = s.lex.roles.match(s.tokens, first + 1)
    return bool(role) and role[0] >= end


def seat_before_member(s: EntityState, first: int, end: int) -> bool:
    """`Batu Gajah MP V. Sivakumar`, `the Tempasuk assemblyman`: the run before a member's role
    word is the seat, a place (not a side: `Opposition MP`)."""
    if not (end < s.n and s.word(end) in s.words.seat_roles and s.joined(end - 1, end)):
        return False  # the cheap test first: no role word after the run (every run in Indonesian)
    return not any(s.word(k) in s.words.not_seats for k in range(first, end))


def holiday(s: EntityState, first: int, end: int) -> bool:
    """A holiday (`holidays`, or in English a run ending in `Day`: `National Day`)."""
    last = s.word(end - 1)
    holidays = s.words.holidays
    if (last in _last_words(holidays) or " " in last) and " ".join(s.word(k) for k in range(first, end)) in holidays:
        return True  # the run is joined only when its last word ends a holiday
    return s.analysis.lang == "en" and end - first >= 2 and last == "Day" and not s.in_title_line(first)


@cache
def _last_words(holidays: frozenset[str]) -> frozenset[str]:
    """The last word of each holiday (`Raya` of `Hari Raya`)."""
    return frozenset(holiday.rsplit(" ", 1)[-1] for holiday in holidays)


def token_is_upper(s: EntityState, index: int) -> bool:
    return s.tokens.tokens[index].is_upper


def paired_names(s: EntityState, first: int, end: int) -> bool:
    """A pair joined by a hyphen inside one word (candidates `Ahmad Luthfi-Taj Yasin`, a coalition
    `Gerindra-PKB`): the tokenizer keeps the word whole, so neither name can be a span of its own
    (`Amir-Saeed Rahman`, one word before the hyphen, stays one name)."""
    known = s.lex.known_names
    # a counsel's rank closing the run (`Ama Owusu-Bempah KC`) is no second name after the hyphen
    last = end - 1 if end - first >= 3 and s.word(end - 1) in s.words.counsel_ranks else end
    for k in range(first, end):
        left, _, right = s.word(k).partition("-")
        if not right[:1].isupper() or not left[:1].isupper():
            continue
        if first < k < last - 1:
            return True  # two words or more on both sides of the hyphen: two names
        if known.get(left) == "ORG" and known.get(right) == "ORG":
            return True
    return False


def portfolio_run(s: EntityState, first: int, end: int) -> bool:
    """English: a run that is a role's portfolio or ends in a role word (`Social Affairs Minister`,
    `Presidential Chief`, `Managing Director`), or that a role follows (`Religious Affairs |
    Minister`), is no name."""
    if s.analysis.lang != "en" or end - first < 1:
        return False
    lex = s.lex
    if any((match := lex.portfolio.match(s.tokens, k)) and match[0] - k > 1 and match[0] <= end for k in range(first, end)):
        return True
    last_is_role = lex.roles.match(s.tokens, end - 1) is not None and end - first >= 2
    role_follows = end < s.n and s.joined(end - 1, end) and lex.roles.match(s.tokens, end) is not None
    acronym = end - first == 1 and len(s.word(first)) >= 2 and s.word(first).isupper()  # `DPP Legislator X`: a body's acronym
    return last_is_role or (role_follows and not acronym)


def place_before_role(s: EntityState, first: int, end: int) -> int | None:
    """English: where a run of capitalised words opening with a place and an administrative word
    goes on into a role (`Vang Vieng District Governor`, `Feni Upazila Nirbahi Officer`) splits."""
    if s.analysis.lang != "en":
        return None
    for k in range(first + 1, end - 1):
        if s.word(k) in s.res.place_suffixes and s.lex.roles.match(s.tokens, k + 1):
            return k + 1
    return None

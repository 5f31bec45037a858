"""A capitalised name right after a small-letter noun for a kind of organisation is that
organisation: `the video-sharing platform Vidora`, `the charity Sahel Relief`, `brewer Anadolu
Efes`, `private bank Denizbank`, `chipmaker Nexora` (en_ents4 round). No rule knows such names
alone, and the capitalised-run rule reads a two-word one as a person.

The nouns are ``org_nouns_before_name`` in ``en/entity_words.toml``. A role or title right after
the noun opens a person (`company chairman Tan`, `the firm CEO Jane Roe`) and is left to the role
rules; a run another rule took as a place or body is left as it is, one taken as a person becomes
the organisation. English only, after the scan."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml

#: The longest name taken after the noun.
MOST_WORDS = 5
#: Words before the noun that make it the object of a clause whose subject follows (`did not
#: name which newspaper Paradorn worked for`).
CLAUSE_OPENERS = frozenset({"which", "what", "whose", "whichever", "every", "each"})
#: A station's call sign written with small letters first (`radio dzBB`): a name after its noun,
#: though the scan, which visits capitals only, never opens one there.
CALL_SIGN = re.compile(r"[a-z]{1,3}[A-Z][A-Za-z0-9]*")


@cache
def org_nouns(lang: str, key: str = "org_nouns_before_name") -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get(key, []))


def names_after_org_nouns(s: EntityState) -> None:
    nouns = org_nouns(s.analysis.lang)
    if not nouns:
        return
    names: set[tuple[str, ...]] = set()
    for index in s.tokens.indices_of(nouns):
        first = index + 1
        if first >= s.n or not s.joined(index, first):
            continue
        if not s.tokens.tokens[first].is_cap:
            if CALL_SIGN.fullmatch(s.word(first)) and s.free(first):
                s.add(first, first, "ORG", rule="name_after_org_noun")  # `radio dzBB`
                names.add((s.word(first),))
            continue
        if s.word(index - 1).lower() in CLAUSE_OPENERS:
            continue  # `which newspaper Paradorn worked for`: a person after the clause's noun
        if s.word(index - 1).lower() == "the" and s.word(index - 2).lower() == "of":
            continue  # `Director of the agency Syaiful Hadi`: the role's holder, named after the body
        if s.lex.titles.match(s.tokens, first) or s.lex.roles.match(s.tokens, first):
            continue  # `company chairman Tan Boon Hock`: a person after the role
        person = _person_at(s, first)
        if person is not None:
            person.label, person.rule = "ORG", "name_after_org_noun"
            names.add(tuple(s.text[person.start : person.end].split()))
            continue
        if not s.cap_word(first):
            continue
        last = first
        while last + 1 < s.n and last + 1 - first < MOST_WORDS and s.cap_word(last + 1) and s.joined(last, last + 1):
            last += 1
        if s.lex.titles.match(s.tokens, last) or s.lex.roles.match(s.tokens, last):
            continue
        s.add(first, last, "ORG", rule="name_after_org_noun")
        names.add(tuple(s.word(k) for k in range(first, last + 1)))
    names.update(_names_before_org_nouns(s))
    _elsewhere(s, names)


def _names_before_org_nouns(s: EntityState) -> set[tuple[str, ...]]:
    """`the TVi channel`, `the Daily Sentinel newspaper`: capitalised words between `the` and a
    noun of ``org_nouns_after_name`` are the outlet (ORG), when they are free words or a person
    found by the scan (en_b22). A place or a nationality there (`the Cairo newspaper`, `the
    Egyptian channel`) names none."""
    names: set[tuple[str, ...]] = set()
    for index in s.tokens.indices_of(org_nouns(s.analysis.lang, "org_nouns_after_name")):
        first = index
        while first > 0 and index - first < MOST_WORDS and s.joined(first - 1, first) and s.tokens.tokens[first - 1].is_cap:
            first -= 1
        if first == index or s.word(first - 1).lower() != "the" or not s.joined(first - 1, first):
            continue
        if s.lex.demonyms.match(s.tokens, first):
            continue
        start, end = s.tokens.tokens[first].start, s.tokens.tokens[index - 1].end
        inside = [m for m in s.found if m.start < end and start < m.end]
        if any(m.label != "PERSON" or m.start != start or m.end != end for m in inside):
            continue
        if not inside and not all(s.cap_word(k) for k in range(first, index)):
            continue
        if inside:
            inside[0].label, inside[0].rule = "ORG", "name_after_org_noun"
        else:
            s.add(first, index - 1, "ORG", rule="name_after_org_noun")
        names.add(tuple(s.word(k) for k in range(first, index)))
    return names


def _elsewhere(s: EntityState, names: set[tuple[str, ...]]) -> None:
    """`..., and Vidora appealed`: the name found after its noun is the same body elsewhere, where
    its words stand free and alone (no capitalised word joined on either side), or where the scan
    read exactly them as a person (`spoke to Kestrel Vision again`; en_b22)."""
    for index in s.tokens.indices_of({name[0] for name in names}):
        for name in names:
            last = index + len(name) - 1
            if any(s.word(index + i) != word for i, word in enumerate(name)):
                continue
            person = _person_at(s, index)
            if person is not None and person.end == s.tokens.tokens[last].end:
                person.label, person.rule = "ORG", "name_after_org_noun"
                break
            if not all(s.free(k) for k in range(index, last + 1)):
                continue
            if (s.joined(index - 1, index) and s.cap_word(index - 1)) or (s.joined(last, last + 1) and s.cap_word(last + 1)):
                continue
            s.add(index, last, "ORG", rule="name_after_org_noun")
            break


def _person_at(s: EntityState, first: int) -> Mention | None:
    """The PERSON found starting at word ``first``, if one does."""
    start = s.tokens.tokens[first].start
    return next((m for m in s.found if m.start == start and m.label == "PERSON"), None)

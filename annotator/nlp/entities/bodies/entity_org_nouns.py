"""A capitalised name right after a small-letter noun for a kind of organisation is that
organisation: `the video-sharing platform Vidora`, `the charity Sahel Relief`, `brewer Anadolu
Efes`, `private bank Denizbank`, `chipmaker Nexora` (en_ents4 round). No rule knows such names
alone, and the capitalised-run rule reads a two-word one as a person.

The nouns are ``org_nouns_before_name`` in ``en/entity_words.toml``. A role or title right after
the noun opens a person (`company chairman Tan`, `the firm CEO Jane Roe`) and is left to the role
rules; a run another rule took as a place or body is left as it is, one taken as a person becomes
the organisation. English only, after the scan."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml

#: The longest name taken after the noun.
MOST_WORDS = 5
#: Words before the noun that make it the object of a clause whose subject follows (`did not
#: name which newspaper Paradorn worked for`).
CLAUSE_OPENERS = frozenset({"which", "what", "whose", "whichever", "every", "each"})


@cache
def org_nouns(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("org_nouns_before_name", []))


def names_after_org_nouns(s: EntityState) -> None:
    nouns = org_nouns(s.analysis.lang)
    if not nouns:
        return
    names: set[tuple[str, ...]] = set()
    for index in s.tokens.indices_of(nouns):
        first = index + 1
        if first >= s.n or not s.joined(index, first) or not s.tokens.tokens[first].is_cap:
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
    _elsewhere(s, names)


def _elsewhere(s: EntityState, names: set[tuple[str, ...]]) -> None:
    """`..., and Vidora appealed`: the name found after its noun is the same body elsewhere, where
    its words stand free and alone (no capitalised word joined on either side)."""
    for index in s.tokens.indices_of({name[0] for name in names}):
        for name in names:
            last = index + len(name) - 1
            if any(s.word(index + i) != word for i, word in enumerate(name)):
                continue
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

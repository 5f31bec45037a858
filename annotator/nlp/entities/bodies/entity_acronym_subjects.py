"""Acronyms a page never defines, used where only a body stands (English, en_orgs5 round).

Capitals alone are no entity: they may be a suspect's initials, a place's code, a role or a word
shouted in a headline. Two places in a sentence tell a body's acronym from these:

- the subject of a speech or report verb, opening a clause (`KCCA said`, `In a statement, ZESCO has
  announced`, `... and NAPSA denied`). A person's initials there are rare in English (a suspect is
  named with an age or after `identified as`, never bare before `said`), and two letters are left
  out for them; roles held by one person (`the RDC said`, `PRO said`) are listed in
  ``role_acronyms`` of ``en/entity_words.toml``, speech verbs in ``acronym_subject_verbs``;
- after a member of a body and `of` (`officials of KCCA`, `members of NAPSA`; the member nouns are
  ``acronym_member_nouns``, which also serve ``acronyms_before_members``).

A third sign reads the page itself: the initials of a body's name the page prints elsewhere, in
any order of mention and with no brackets (`talking to TDC` on a page that names `The Daily
Courier` in its credit line; en_orgs6 round).

Headline lines are left alone (`FM Says ...`), and so is an acronym that opens a longer
capitalised name (`KCCA Director X`). Runs with the acronym passes after the scan, before
``propagate_acronyms``, so that later bare mentions of the acronym follow.
"""

from __future__ import annotations

import re

from annotator.nlp.entities.bodies.entity_acronym_long_forms import written_with_its_acronym
from annotator.nlp.entities.entity_state import EntityState

#: Capitals of three to six letters, with a party's faction letter (`PML-N`).
SUBJECT_CAPITALS = re.compile(r"[A-Z]{3,6}(?:-[A-Z]{1,2})?")
#: The same capitals as whole words of a text.
CAPITALS_IN_TEXT = re.compile(r"\b[A-Z]{3,6}(?:-[A-Z]{1,2})?\b")
#: Auxiliaries between the subject and the verb (`ZESCO has announced`).
AUXILIARIES = frozenset({"has", "had", "have"})
#: Small words after which a new clause, and so a subject, opens.
CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "that"})


def _bare_acronym(s: EntityState, k: int) -> bool:
    """Word ``k`` is free capitals that no table reads as something other than a body."""
    text = s.word(k)
    if not s.free(k) or not SUBJECT_CAPITALS.fullmatch(text) or s.in_title_line(k):
        return False
    words = s.words
    if text in words.not_org_acronyms or text in words.not_body_acronyms or text in words.role_acronyms:
        return False
    if text.lower() in s.lex.stopwords or text in s.lex.known_names or s.gazetteer(k) is not None:
        return False
    if s.cap_word(k + 1) and s.joined(k, k + 1):
        return False  # `KCCA Director X said`: the acronym opens a longer name
    return not (s.lex.titles.match(s.tokens, k) or s.lex.roles.match(s.tokens, k))


def _opens_clause(s: EntityState, k: int) -> bool:
    """Word ``k`` opens a sentence or a clause (after a comma or `and`, `but`, `that`)."""
    if s.tokens.sentence_initial(k):
        return True
    return s.tokens.gap(k - 1, k) == ", " or (s.joined(k - 1, k) and s.word(k - 1) in CLAUSE_OPENERS)


def acronyms_as_subjects(s: EntityState) -> None:
    """Each bare acronym opening a clause right before a speech verb becomes an ORG."""
    verbs = s.words.acronym_subject_verbs
    if s.analysis.lang != "en" or not verbs:
        return
    for verb in s.tokens.indices_of(verbs):
        k = verb - 1
        if s.word(k) in AUXILIARIES and s.joined(k, verb):
            k -= 1
        if k >= 0 and s.joined(k, k + 1) and _bare_acronym(s, k) and _opens_clause(s, k):
            s.add(k, k, "ORG", rule="acronym_subject")


def acronyms_after_members(s: EntityState) -> None:
    """Each bare acronym after a member noun and `of` (`officials of KCCA`) becomes an ORG."""
    nouns = s.words.acronym_member_nouns
    if s.analysis.lang != "en" or not nouns:
        return
    for of in s.tokens.indices_of(("of",)):
        k = of + 1
        if s.word(of - 1).lower() in nouns and s.joined(of - 1, of) and s.joined(of, k) and _bare_acronym(s, k):
            s.add(k, k, "ORG", rule="acronym_after_member_of")


def acronyms_of_named_bodies(s: EntityState) -> None:
    """Each bare acronym spelling the initials of an ORG of two or more capitalised words found on
    the page (`THT` and `The Himalayan Times`, with the paper's `The` before it) becomes an ORG."""
    if s.analysis.lang != "en":
        return
    text = s.text
    names = set()
    for mention in s.found:
        name = text[mention.start : mention.end]
        if mention.label == "ORG" and " " in name:
            names.add(name)
            if text[max(0, mention.start - 4) : mention.start] == "The ":  # a paper's article, given later
                names.add("The " + name)
    if not names:
        return
    firsts = {name[0] for name in names}
    for match in CAPITALS_IN_TEXT.finditer(text):  # a scan of the text, not of every word
        word = match.group()
        if word[0] not in firsts or not any(written_with_its_acronym(name, word) for name in names):
            continue
        k = s.tokens.first_at_or_after(match.start())
        if k < s.n and s.word(k) == word and _bare_acronym(s, k):
            s.add(k, k, "ORG", rule="acronym_of_named_body")

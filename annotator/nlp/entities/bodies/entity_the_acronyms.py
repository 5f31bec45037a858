"""English acronyms after `the` (en_ents3 round): `the KIA said`, `the KDN`, `members of the
MNLF`. An unknown word in capitals alone is no entity (it may be a suspect's initials), but a
person's initials never take `the`: after it, capitals of two to six letters that no rule took
name a body (ORG). Roles, currencies, products and other common capitals (`the CEO`, `the GST`,
`the MRT`) are listed in ``not_org_acronyms`` of ``en/entity_words.toml``. An acronym followed by
the body's name in brackets is the body too (`PRC (Professional Regulation Commission)`). So is one
right before a member or part of a body (en_ents6 round: `EFF leader X`, `PML-N leaders`, `MACC's
officers`; ``acronym_member_nouns``): initials never take one; nor do they take a longer post
opened by one or two of ``acronym_member_modifiers`` (en_ents18 round: `KNUP General Secretary X`,
`ZUTA District Chairperson X`). Runs after the scan's passes and before ``propagate_acronyms``, so
later bare mentions of the acronym follow."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

CAPITALS = re.compile(r"[A-Z]{2,6}")
#: A party's or body's acronym with a faction letter (`PML-N`, `MQM-P`) or without one.
BODY_CAPITALS = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,2})?")
ARTICLES = ("the", "The")
APOSTROPHES = frozenset({"'", "’"})


def acronyms_after_the(s: EntityState) -> None:
    """Each free capitals word right after `the` that no other word continues becomes an ORG."""
    if s.analysis.lang != "en":
        return
    skip = s.words.not_org_acronyms | s.words.not_body_acronyms | s.words.role_acronyms
    for article in ARTICLES:
        for k in s.tokens.by_text.get(article, ()):
            word = k + 1
            if word >= s.n or not s.joined(k, word) or not s.free(word):
                continue
            text = s.word(word)
            if not BODY_CAPITALS.fullmatch(text) or text in skip or text in s.lex.stopwords:
                continue
            if s.cap_word(word + 1) and s.joined(word, word + 1):
                continue  # `the UN Security Council`: a modifier of the name after it
            if s.lex.titles.match(s.tokens, word) or s.lex.roles.match(s.tokens, word):
                continue  # `the IGP`, `the DPP`: a role
            s.add(word, word, "ORG", rule="acronym_after_the")


def _acronym_before(s: EntityState, noun: int) -> int | None:
    """The word before member noun ``noun``, after spaces or with the possessive (`EFF leader`,
    `MACC's officers`), or None."""
    if s.joined(noun - 1, noun):
        if s.word(noun - 1) != "s":
            return noun - 1
        if s.tokens.gap(noun - 2, noun - 1) in APOSTROPHES:
            return noun - 2  # `MACC’s officers`: the tokenizer keeps the apostrophe out of the words
        k = noun - 3  # `MACC ’ s officers`
        if s.word(k + 1) in APOSTROPHES and s.tokens.gap(k, k + 1) == "" and s.tokens.gap(k + 1, k + 2) == "":
            return k
    return None


#: The most post words (``acronym_member_modifiers``) between an acronym and its member noun.
MAX_MODIFIERS = 2


def _post_opening(s: EntityState, noun: int) -> int:
    """The first word of the post ending in member noun ``noun``: the noun itself, or up to
    ``MAX_MODIFIERS`` post words right before it (`General Secretary`, `Deputy General Secretary`)."""
    modifiers = s.words.acronym_member_modifiers
    first = noun
    while noun - first < MAX_MODIFIERS and first > 0 and s.word(first - 1) in modifiers and s.joined(first - 1, first):
        first -= 1
    return first


def acronyms_before_members(s: EntityState) -> None:
    """Each free capitals word no rule took, right before a member noun or a post ending in one,
    becomes an ORG."""
    nouns = s.words.acronym_member_nouns
    if s.analysis.lang != "en" or not nouns:
        return
    skip = s.words.not_org_acronyms | s.words.not_body_acronyms
    for noun in s.tokens.indices_of(nouns | {word.capitalize() for word in nouns}):
        k = _acronym_before(s, _post_opening(s, noun))
        if k is None or k < 0 or not s.free(k):
            continue
        role = s.lex.roles.match(s.tokens, noun)
        if role is not None and role[0] > noun + 1:
            continue  # `KP Chief Minister X`: the noun opens a longer role, the place's (a province)
        text = s.word(k)
        if not BODY_CAPITALS.fullmatch(text) or text in skip or text.lower() in s.lex.stopwords:
            continue
        if text in s.lex.known_names or s.gazetteer(k) is not None:
            continue
        if s.lex.titles.match(s.tokens, k) or s.lex.roles.match(s.tokens, k):
            continue  # `DSP leader`: a rank
        s.add(k, k, "ORG", rule="acronym_before_member")


def acronyms_before_names(s: EntityState) -> None:
    """`PRC (Professional Regulation Commission)`: capitals right before an ORG in brackets name it."""
    if s.analysis.lang != "en":
        return
    skip = s.words.not_org_acronyms
    for mention in [m for m in s.found if m.label == "ORG"]:
        if s.text[mention.start - 2 : mention.start] != " (" or s.text[mention.end : mention.end + 1] != ")":
            continue
        word = s.tokens.last_ending_at_or_before(mention.start - 2)
        if word < 0 or s.tokens.tokens[word].end != mention.start - 2 or not s.free(word):
            continue
        text = s.word(word)
        if CAPITALS.fullmatch(text) and text not in skip and text not in s.lex.stopwords:
            s.add(word, word, "ORG", rule="acronym_before_name")

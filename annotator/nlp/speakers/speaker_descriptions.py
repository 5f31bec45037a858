"""What the words of a speaker description say about whom it stands for: an organisation noun
(`the news website`), a one-word role as written (`Kapolres`), the last word of a person's role
(`spokesman`), a plural group (`para pejabat`, `four officials`), an outlet's web address. Read by
the coreference rules (coref/links.py)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import load_resources, speech_words

INDEFINITE = speech_words()["indefinite"]
PLURAL_PEOPLE = speech_words()["plural_people"]
#: How many first words of a role are looked at for a plural head (`four senior Indonesian officials`).
PLURAL_WINDOW = 5


@cache
def organisation_nouns(lang: str) -> frozenset[str]:
    """Lower-case words that make a description name an organisation (heads, tails, `website`)."""
    res = load_resources(lang)
    heads = {head.lower() for head in res.org_heads if " " not in head}
    return frozenset({word.lower() for word in res.org_tails} | heads | speech_words()["organisation_nouns"])


@cache
def role_heads(lang: str) -> frozenset[str]:
    """One-word roles and titles of ``lang`` as written (`Kapolres`, `Bupati`, `Kapolda`)."""
    res = load_resources(lang)
    return frozenset(entry for entry in res.roles if " " not in entry and entry[:1].isupper())


@cache
def person_heads(lang: str) -> frozenset[str]:
    """Lower-case last words of the roles of ``lang`` (`chairman`, `spokesman`, `chief`)."""
    heads = frozenset(entry.split()[-1].lower() for entry in load_resources(lang).roles if entry.strip())
    return heads - organisation_nouns(lang) - {"affairs", "state"}  # `Chief of Police`, `Secretary of State`


def singular_english_head(words: list[str], lang: str) -> bool:
    """`the National Police chairman`: an English role whose last word is one person's role."""
    return lang == "en" and bool(words) and words[-1].lower().strip(".,") in person_heads(lang)


def plural_group(words: list[str]) -> bool:
    """`para pejabat`, `four senior officials`, `The duo`: a description of a group, no single person."""
    head = [word.lower().strip(".,") for word in words[:PLURAL_WINDOW]]
    counted = any(word in _GROUP_COUNTS for word in head[:2])  # `The two`, `Both men`; not `the couple's lawyer`
    plural = any(word in PLURAL_PEOPLE or word in _COLLECTIVE_BODIES for word in head)
    return counted or plural or (bool(head) and head[0].isdigit())


#: `The government said ...`: a body speaking as a whole, no single person.
_COLLECTIVE_BODIES = speech_words()["collective_bodies"]
#: `The two`, `The duo`, `Both`: a count of the people a role stands for (its first two words only).
_GROUP_COUNTS = frozenset(speech_words()["group_counts"])


#: An outlet named by its site (`Liputan6.com`, `REPUBLIKA.CO.ID`): the publisher, never a speaker pointed back at.
WEBSITE = re.compile(r"\.(?:com|co|id|net|org)\b", re.IGNORECASE)


def normal_word(word: str) -> str:
    """A word in lower case without punctuation around it or a possessive (`council's` → `council`)."""
    word = word.lower().strip(".,;:()\"“”")
    for possessive in ("'s", "’s", "`s"):
        if word.endswith(possessive):
            return word[: -len(possessive)]
    return word


#: The most words of a description before the organisation it names (`the state weather bureau`).
MAX_DESCRIPTION_WORDS = 4


def described_organisation(text: str, start: int, entity: Mention, stop: int, lang: str) -> bool:
    """`according to Thai news outlet Naewna`, `the weather bureau PAGASA`: an organisation closing
    the speaker phrase after a short description whose last word is an organisation noun."""
    if lang != "en" or entity.label != "ORG" or text[entity.end : stop].strip(" ,.") or entity.start <= start:
        return False
    words = text[start : entity.start].split()
    return 0 < len(words) <= MAX_DESCRIPTION_WORDS and words[-1].islower() and normal_word(words[-1]) in organisation_nouns(lang)

"""South Asian groups' names in English pages (`Pakistan Tehreek-e-Insaf`, `Lashkar-e-Jhangvi`,
`Hizb-ut-Tahrir`, `Indian Mujahideen`): Urdu and Arabic names built with an izafat
(`Tehreek-e-X`) or ending in a group word (`Mujahideen`) name a party or an armed group. The scan
reads them as a person (`Pakistan` then an unknown word, as in `Pakistan Tehreek-e-Insaf`) or
leaves them out; here a capitalised run holding such a word is an ORG, and a group word alone
(`the Mujahideen's role`) is the group. Words in ``en/entity_words.toml``; English only."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml

_WORDS = read_toml("en", "entity_words.toml")
#: `Tehreek-e-Insaf`, `Harkat-ul-Ansar`: an opener, an izafat link and a capitalised word.
_OPENERS = "|".join(map(re.escape, _WORDS["group_name_openers"]))
_LINKS = "|".join(map(re.escape, _WORDS["izafat_links"]))
IZAFAT_NAME = re.compile(rf"(?:{_OPENERS})-(?:{_LINKS})-[A-Z][\w-]*\Z")
#: Words ending a group's name or standing for it alone (`Indian Mujahideen`, `the Mujahideen`).
GROUP_WORDS = frozenset(_WORDS["group_words"])
#: Capitalised words a group's name takes on either side of its izafat word (`Jamiat Ulema-e-Islam
#: Pakistan`), at most.
MAX_SIDE_WORDS = 2


def _group_word(word: str) -> bool:
    return word in GROUP_WORDS or IZAFAT_NAME.match(word) is not None


def _name_word(s: EntityState, index: int) -> bool:
    """A capitalised word free to join the name, or a nationality no entity holds (`Indian`)."""
    if s.cap_word(index):
        return True
    if not s.lex.demonyms.match(s.tokens, index):
        return False
    start = s.tokens.starts[index]
    return not any(mention.start <= start < mention.end for mention in s.found)


def group_names(s: EntityState) -> None:
    """Each mention holding a group's word becomes an ORG; a free one becomes an ORG with the
    capitalised words joined to it."""
    # the distinct words only (the token index), most of them without a hyphen
    words = {text for text in s.tokens.by_text if ("-" in text or text in GROUP_WORDS) and _group_word(text)}
    indices = s.tokens.indices_of(words)
    if not indices:
        return
    starts = s.tokens.starts
    for k in indices:
        if not s.free(k):
            start = starts[k]
            for mention in s.found:
                if mention.start <= start < mention.end and mention.label in ("PERSON", "GPE", "LOC"):
                    mention.label, mention.rule = "ORG", "group_name"
            continue
        first = k
        while k - first < MAX_SIDE_WORDS and s.joined(first - 1, first) and _name_word(s, first - 1):
            first -= 1
        last = k
        while last - k < MAX_SIDE_WORDS and s.joined(last, last + 1) and s.cap_word(last + 1):
            last += 1
        s.add(first, last, "ORG", rule="group_name")

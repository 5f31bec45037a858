"""How long a role phrase may be as a speaker. Most stop at eight words; an English indefinite role
with a relative clause describing the person (`a Palaing villager who sought refuge in a nearby
forest told ...`) may run to :data:`MAX_RELATIVE_ROLE_WORDS`: the text never names that person, and
the whole description is the speaker."""

from __future__ import annotations

#: The longest role phrase in general.
MAX_ROLE_WORDS = 8
#: The longest `a/an ... who ...` role phrase.
MAX_RELATIVE_ROLE_WORDS = 12
_INDEFINITE = frozenset({"a", "an"})


def max_role_words(words: list[str], english: bool) -> int:
    """The most words the role phrase ``words`` may have."""
    if english and words and words[0].lower() in _INDEFINITE and "who" in words[2:4]:
        return MAX_RELATIVE_ROLE_WORDS
    return MAX_ROLE_WORDS

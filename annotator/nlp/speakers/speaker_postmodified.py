"""A speaker described by what it does to someone named (b15en round, issue 11): in `Doctors
treating X said`, `Lawyers representing X told the court`, `Sources close to X said` the name X is
the object of a participle or of an adjective's preposition that post-modifies the head noun; the
speaker is the whole description (the real pages' decisions), and X stays a PERSON talked about."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import read_toml, speech_words

#: Where a clause starts inside the subject region: after a comma, a semicolon or a dash.
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—-]\s")
#: A participle in small letters (`treating`, `representing`), at least two letters before `-ing`.
_PARTICIPLE = re.compile(r"^[a-z]{2,}ing$")
#: The most words between the participle or link and the name (`the case against`, `the death of`,
#: a title such as `former Prime Minister`).
_MAX_OBJECT_WORDS = 4
#: The most words of the whole description (`The hospital treating former Prime Minister X Y`).
MAX_DESCRIPTION_WORDS = 12
#: How far back from the name the clause start is looked for, in characters (12 long words).
_WINDOW = 160


@cache
def _words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """The -ing words that are no participle, the adjective links as word tuples, and the words
    that cannot be the head noun (articles, possessives and other determiners)."""
    words = speech_words()
    frame = read_toml("en", "described_speakers.toml")
    links = tuple(tuple(link.split()) for link in frame["links"])
    not_heads = words["english_articles"] | words["indefinite"]
    not_heads |= words["noun_determiners_before_cue"] | words["determiners_before_participle"]
    not_heads |= words["role_phrase_auxiliaries"] | words["passive_auxiliaries"]  # `She was answering X`
    return frozenset(frame["not_participles"]), links, frozenset(not_heads)


def _link_length(words: list[str], at: int) -> int:
    """How many words the post-modifier's link takes at ``at``: 1 for a participle, the link's length
    for an adjective link (`close to`), 0 for neither."""
    not_participles, links, _ = _words()
    for link in links:
        if tuple(w.lower() for w in words[at : at + len(link)]) == link:
            return len(link)
    word = words[at]
    return 1 if _PARTICIPLE.match(word) and word not in not_participles else 0


def _head_noun(word: str, stopwords: set[str]) -> bool:
    """A word that can head the description: letters only, no determiner, no possessive."""
    _, _, not_heads = _words()
    return word.isalpha() and word.lower() not in not_heads and word not in stopwords and word.lower() not in stopwords


def postmodifier_at(words: list[str], stopwords: set[str], pronouns: set[str]) -> int | None:
    """Where the participle or adjective link after the head noun starts in ``words`` (the words of
    a subject before its verb), when they open a post-modified description: the head noun at most
    third, no pronoun or auxiliary before the link (`She was answering X`: a clause, no
    description), at most a few words after the link. None when they do not."""
    if len(words) > MAX_DESCRIPTION_WORDS:
        return None
    _, _, not_heads = _words()
    for at in range(1, min(len(words), 4)):
        if words[at - 1].lower() in pronouns or (at > 1 and words[at - 1].lower() in not_heads):
            return None
        length = _link_length(words, at)
        if length and _head_noun(words[at - 1], stopwords) and at + length < len(words):
            return at
    return None


def described_by_postmodifier(text: str, person: Mention, region_start: int, stopwords: set[str], pronouns: set[str]) -> bool:
    """True when ``person`` is the object inside a description that opens its clause: a head noun,
    then a participle or an adjective link, then at most a few words before the name (`Nurses
    caring for X`, `Police investigating the death of X`). A title before the name (`Acting
    President X`, `the outgoing minister X`) has no head noun before its -ing word, so it stays."""
    window = max(region_start, person.start - _WINDOW)
    lead = text[window : person.start]
    if "ing " not in lead and not any(f"{link[0]} " in lead for link in _words()[1]):
        return False  # no participle and no link: the common case, decided cheaply
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end() :]
    elif window > region_start:
        return False  # the clause runs past the window: longer than any description
    words = lead.split()
    at = postmodifier_at([*words, *text[person.start : person.end].split()], stopwords, pronouns)
    return at is not None and len(words) - at - _link_length(words, at) <= _MAX_OBJECT_WORDS

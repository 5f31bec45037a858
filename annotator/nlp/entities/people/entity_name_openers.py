"""A Balinese name opens with its gender marker (`I` for men, `Ni` for women; `opening_markers` of
``entity_words.toml``), so a PERSON run that holds one after another word began too early: the
words before it are the seat of the role before the name (`Bendesa Adat Keliki I Wayan Sudarma`
gave PERSON `Keliki I Wayan Sudarma`). The person starts at the marker; the seat is left untagged
(the scan did not read it as a place)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import MAX_NAME_WORDS, EntityState
from annotator.nlp.entities.people.entity_name_runs import prefix_words
from annotator.nlp.resources import load_resources


@cache
def _markers(lang: str) -> frozenset[str]:
    return frozenset(load_resources(lang).entity_words.get("opening_markers", ()))


def _marker_offset(words: list[str], markers: frozenset[str], prefixes: frozenset[str]) -> int | None:
    """The index of an inner marker that follows a word no name prefix (`Keliki I`), before a name word."""
    for k in range(1, len(words) - 1):
        if words[k] in markers and words[k - 1] not in prefixes and words[k + 1][:1].isupper():
            return k
    return None


def names_from_markers(s: EntityState) -> None:
    """`Keliki I Wayan Sudarma` -> PERSON `I Wayan Sudarma`."""
    markers = _markers(s.analysis.lang)
    if not markers:
        return
    prefixes = prefix_words(s.analysis.lang)
    for mention in s.found:
        if mention.label != "PERSON":
            continue
        text = s.text[mention.start : mention.end]
        words = text.split(" ")
        k = _marker_offset(words, markers, prefixes)
        if k is None:
            continue
        mention.start += len(" ".join(words[:k])) + 1
        mention.rule = f"{mention.rule}+marker"
        _extend_over_name_words(s, mention, len(words) - k)


def _extend_over_name_words(s: EntityState, mention: Mention, size: int) -> None:
    """The run that held the seat stopped at its length limit (`Kaja Kauh I Wayan Pande | Ardika`):
    the name goes on over free capitalised words up to the limit counted from the marker."""
    k = s.tokens.first_at_or_after(mention.end)
    while size < MAX_NAME_WORDS + 2 and k < s.n and s.free(k) and s.cap_word(k) and s.joined(k - 1, k) and not s.is_head(k):
        if s.lex.titles.match(s.tokens, k) or s.lex.roles.match(s.tokens, k):
            break
        mention.end = s.tokens.tokens[k].end
        s.block(k, k)  # the name's word now: no later rule proposes it again
        size += 1
        k += 1


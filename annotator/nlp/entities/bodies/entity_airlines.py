"""Airlines named by one or two capitalised words and `Air` (`Lion Air`, `Susi Air`, `Rimbun Air`)
are ORG, not a person's name. Only in a text about flying (an aviation word of
``common/airlines.toml`` anywhere in it), and never where `Air` goes on into a longer name (`Air
Terjun`, `Royal Air Force`) or a place or body word stands in the run (`Sungai Air`)."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from annotator.nlp.entities.bodies.entity_bodies import ends_body_in_headline
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml
from annotator.nlp.text.tokens import TokenIndex, words_present

#: The most capitalised words before the tail (`Trigana Air`, `Nusantara Buana Air`).
MAX_WORDS = 3


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = read_toml("common", "airlines.toml")
    return (
        frozenset(data.get("tails", [])),
        frozenset(word.lower() for word in data.get("context", [])),
        frozenset(data.get("not_first", [])),
    )


def about_flying(tokens: TokenIndex) -> bool:
    """Whether the text holds an aviation word (any case)."""
    context = _words()[1]
    return not context.isdisjoint(tokens.by_lower)


def before_tails(s: EntityState) -> Collection[int]:
    """The gate: the words up to :data:`MAX_WORDS` (and an aviation noun) before a tail word, in a
    text about flying."""
    tails = _words()[0]
    at_tails = [index for text in words_present(s.tokens.by_text, tails) for index in s.tokens.by_text[text]]
    if not at_tails or not about_flying(s.tokens):
        return ()
    return {start for index in at_tails for start in range(index - MAX_WORDS - 1, index)}


def _name_word(s: EntityState, k: int) -> bool:
    """A free capitalised word that no place, body, title or stop list claims."""
    if not (s.cap_word(k) and s.free(k)) or s.word(k) in s.lex.stopwords:
        return False
    return not (
        s.word(k) in s.res.place_types
        or s.lex.org_heads.match(s.tokens, k)
        or s.lex.loc_heads.match(s.tokens, k)
        or s.lex.titles.match(s.tokens, k)
        or s.lex.facilities.match(s.tokens, k)
    )


def airline(s: EntityState, index: int) -> int | None:
    """At the first word of `X Air`: the airline as one ORG; None elsewhere."""
    tails, _context, not_first = _words()
    if not about_flying(s.tokens):
        return None
    noun = s.word(index) in not_first  # `Pesawat Lion Air` opening a sentence: the noun, then the airline
    start = k = index + 1 if noun else index
    while k - start < MAX_WORDS and s.word(k) not in tails and _name_word(s, k) and (k == start or s.joined(k - 1, k)):
        k += 1
    if k == start or s.word(k) not in tails or not s.joined(k - 1, k) or not s.free(k):
        return None
    if s.cap_word(k + 1) and s.joined(k, k + 1) and not ends_body_in_headline(s, k + 1):
        return None  # `Air Terjun`, `Royal Air Force`: the word goes on into another name (a headline's verb does not)
    if noun:
        s.block(index, index)
    s.add(start, k, "ORG")
    return k + 1

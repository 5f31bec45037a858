"""English affiliation compounds: `Islamic State-linked Maute gunmen`, `Japan-based Kyodo News`,
`Moscow-backed rebels`. The compound is never the start of the name after it; that name keeps its
own label (`Maute` is a known ORG). The name before the hyphen ends inside a word, where no
selection can end (tests/devset/test_snapping_edges.py), so it is left untagged until the
tokenizer splits such compounds.

The suffixes are ``affiliation_suffixes`` of ``en/entity_words.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState


@cache
def _suffix_pattern(suffixes: frozenset[str]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(re.escape(suffix) for suffix in sorted(suffixes, key=len, reverse=True)) + ")")


def _compounds(s: EntityState, suffixes: frozenset[str]) -> Iterator[int]:
    """The words that end in an affiliation suffix after something (`State-linked`), in order:
    one search of the text instead of a test at every word."""
    tokens = s.tokens.tokens
    for found in _suffix_pattern(suffixes).finditer(s.text):
        k = s.tokens.last_ending_at_or_before(found.end())
        if k >= 0 and tokens[k].end == found.end() and tokens[k].start < found.start():
            yield k


def _capital(s: EntityState, index: int) -> bool:
    word = s.word(index)
    return word[:1].isupper() and word not in s.lex.stopwords


def _stem_start(s: EntityState, k: int) -> int:
    """The first word of the capitalised run that ends in the compound at word ``k`` (at most four)."""
    first = k
    while first > 0 and k - first < 3 and _capital(s, first - 1) and s.joined(first - 1, first):
        if s.tokens.sentence_initial(first):
            break
        first -= 1
    return first


def affiliations(s: EntityState) -> None:
    """Cut a compound out of the entity that holds it."""
    if not s.words.affiliation_suffixes:
        return
    tokens = s.tokens.tokens
    for k in _compounds(s, s.words.affiliation_suffixes):
        if not s.word(k)[:1].isupper():
            continue
        holder = next((m for m in s.found if m.start <= tokens[k].start < m.end), None)
        if holder is not None and holder.label not in ("PERSON", "ORG", "GPE"):
            continue
        if holder is not None:
            s.found.remove(holder)
            if holder.end > tokens[k].end:
                rest = s.tokens.first_at_or_after(tokens[k].end)
                name = s.text[tokens[rest].start : holder.end]
                label = s.lex.known_names.get(name, holder.label)
                s.found.append(Mention(tokens[rest].start, holder.end, label, rule=f"{holder.rule}+affiliation"))
        s.block(_stem_start(s, k), k)

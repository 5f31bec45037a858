"""English affiliation compounds: `Islamic State-linked Maute gunmen`, `Japan-based Kyodo News`,
`Moscow-backed rebels`. The name before the hyphen is an entity of its own when it is a known name
(its gazetteer label), and never the start of the name after the compound.

The suffixes are ``affiliation_suffixes`` of ``en/entity_words.toml``.
"""

from __future__ import annotations

from annotator.nlp.analysis import AFFILIATION_RULE, Mention
from annotator.nlp.entity_state import EntityState


def _suffix(s: EntityState, k: int) -> str | None:
    word = s.word(k)
    return next((suffix for suffix in s.words.affiliation_suffixes if word.endswith(suffix) and len(word) > len(suffix)), None)


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


def _known(s: EntityState, first: int, k: int, suffix: str) -> tuple[int, str] | None:
    """(first word, label) of the longest known name ending at the stem of word ``k``."""
    tokens = s.tokens.tokens
    stem_end = tokens[k].end - len(suffix)
    for start in range(_stem_start(s, k), k + 1):
        label = s.lex.known_names.get(s.text[tokens[start].start : stem_end])
        if label in ("ORG", "GPE", "LOC"):
            return start, label
    return None


def affiliations(s: EntityState) -> None:
    """Cut a compound out of the entity that holds it and tag its known stem."""
    if not s.words.affiliation_suffixes:
        return
    tokens = s.tokens.tokens
    for k in range(s.n):
        suffix = _suffix(s, k)
        if suffix is None or not s.word(k)[:1].isupper():
            continue
        holder = next((m for m in s.found if m.start <= tokens[k].start < m.end), None)
        if holder is not None and holder.label not in ("PERSON", "ORG", "GPE"):
            continue
        known = _known(s, _stem_start(s, k), k, suffix)
        if holder is not None:
            if known is None and holder.start < tokens[k].start:
                continue  # `the Al Jazeera-owned ...` inside a longer name it may belong to
            s.found.remove(holder)
            if holder.end > tokens[k].end:
                rest = s.tokens.first_at_or_after(tokens[k].end)
                name = s.text[tokens[rest].start : holder.end]
                label = s.lex.known_names.get(name, holder.label)
                s.found.append(Mention(tokens[rest].start, holder.end, label, rule=f"{holder.rule}+affiliation"))
        if known is not None:
            start, label = known
            if all(not (m.start < tokens[k].end and tokens[start].start < m.end) for m in s.found):
                s.found.append(Mention(tokens[start].start, tokens[k].end - len(suffix), label, rule=AFFILIATION_RULE))
        s.block(_stem_start(s, k), k)

"""The edges of personal names, after the scan: degrees written after a name are cut off
(`Budi Santoso SIK`), a name goes on across a dotted particle (`Usman Dg. Tompo`), a
generational suffix keeps its stop (`Reynaldo Cruz Jr.`), and an initial may open a name (`coach
K. Gunalan`). The degrees are the entity rules' ``degrees`` (``entity_words.toml``); the other
words are in ``common/name_edges.toml``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import load_resources, read_toml

#: A capitalised word that may continue a name after a dotted particle.
NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
#: A word of a name and its degrees (split at spaces and commas).
_EDGE_WORD = re.compile(r"[^\s,]+")
#: A word and its full stop after a name (`Jr.`).
_TAIL_STOP = re.compile(r" ?(\w+)\.")
#: The short word ending where a searched stretch ends, after a space, a bracket or the text's start (`Ch`).
_SHORT_WORD = re.compile(r"(?<![\w.])[A-Z][a-z]{0,3}$")


@cache
def _edge_words() -> dict[str, frozenset[str]]:
    data = read_toml("common", "name_edges.toml")
    return {key: frozenset(data.get(key, [])) for key in ("dotted_particles", "dotted_given_names", "suffixes")}


def words_before_degrees(words: Sequence[str], degrees: frozenset[str]) -> int:
    """How many of ``words`` stand before the degrees that close them (`Budi`, `Santoso`, `SIK`,
    `M.Si.` gives 2); a degree's final stop does not count, and a degree written with a space after
    its inner stop (`M. Ag`, `S. Sos`) counts as one. Credit lines and speaker phrases cut their
    degrees by the same count."""
    keep = len(words)
    while keep > 0:
        if words[keep - 1].rstrip(".") in degrees:
            keep -= 1
        elif keep > 1 and spaced_degree(words[keep - 2], words[keep - 1], degrees):
            keep -= 2
        else:
            break
    return keep


def spaced_degree(first: str, second: str, degrees: frozenset[str]) -> bool:
    """`M.` and `Ag`: a degree's two parts written with a space after the inner stop (`M. Ag`), or
    with a space and no stop at all, its second part in small letters after the capital (`M Ag`, `S Sos`)."""
    if first.endswith("."):
        return len(first) <= 3 and (first + second).rstrip(".") in degrees
    if len(first) > 2 or not first.isupper() or not second[1:].islower():
        return False  # `M A` (a name's two initials) is no `M.A`
    return f"{first}.{second}".rstrip(".") in degrees


def _cut_degrees(s: EntityState, mention: Mention, degrees: frozenset[str]) -> None:
    """`Budi Santoso SIK, M.Si.` -> `Budi Santoso`; at least one word of name stays."""
    text = s.text[mention.start : mention.end]
    words = list(_EDGE_WORD.finditer(text))
    keep = max(1, words_before_degrees([word.group() for word in words], degrees))
    if keep < len(words):
        mention.end = mention.start + words[keep - 1].end()


def _across_particle(s: EntityState, mention: Mention, particles: frozenset[str]) -> None:
    """`Usman Dg` followed by `. Tompo`: the name takes the stop and the words after it."""
    last_word = s.text[mention.start : mention.end].rsplit(None, 1)[-1]
    if last_word not in particles or s.text[mention.end : mention.end + 2] != ". ":
        return
    position = mention.end + 2
    end = mention.end
    while (match := NAME_WORD.match(s.text, position)) is not None:
        first = s.tokens.first_at_or_after(match.start())
        last = s.tokens.last_ending_at_or_before(match.end())
        if first > last or not all(s.free(k) for k in range(first, last + 1)) or s.word(first) in s.lex.stopwords:
            break
        end = match.end()
        if s.text[end : end + 1] != " ":
            break
        position = end + 1
    if end > mention.end:
        s.block(s.tokens.first_at_or_after(mention.end), s.tokens.last_ending_at_or_before(end))
        mention.end = end


def _dotted_given_names(s: EntityState, given: frozenset[str]) -> None:
    """`Moch. Arifin Santoso`, `Rudi Ch. Pangaribuan`: a given name written short with its stop
    (``dotted_given_names``) right before a PERSON joins it, and a PERSON ending in one (`Rudi Ch`)
    takes the PERSON after the stop."""
    people = sorted((m for m in s.found if m.label == "PERSON"), key=lambda m: m.start)
    dropped: list[Mention] = []
    for before, mention in zip([None, *people], people, strict=False):
        if s.text[mention.start - 2 : mention.start] != ". ":
            continue
        word = _SHORT_WORD.search(s.text, max(0, mention.start - 7), mention.start - 2)
        if word is None or word.group() not in given:
            continue
        if before is not None and before not in dropped and before.end == word.end():
            before.end = mention.end  # `Rudi Ch` + `Pangaribuan`
            dropped.append(mention)
            continue
        first = s.tokens.first_at_or_after(word.start())
        if s.tokens.tokens[first].start == word.start() and s.free(first):
            s.block(first, s.tokens.last_ending_at_or_before(mention.start))
            mention.start = word.start()  # `Moch.` + `Arifin Santoso`
    for mention in dropped:
        s.found.remove(mention)


def _suffix_stop(s: EntityState, mention: Mention, suffixes: frozenset[str]) -> None:
    """`Reynaldo Cruz Jr.`: the suffix (taken or not) and its stop belong to the name."""
    tail = _TAIL_STOP.match(s.text[mention.end : mention.end + 5])
    text = s.text[mention.start : mention.end]
    if text.rsplit(None, 1)[-1] in suffixes and s.text[mention.end : mention.end + 1] == ".":
        mention.end += 1
    elif tail is not None and tail.group(1) in suffixes and " " in text:
        end = mention.end + tail.end()
        if not any(other.start < end and mention.end < other.end for other in s.found if other is not mention):
            s.block(s.tokens.first_at_or_after(mention.end), s.tokens.last_ending_at_or_before(end))
            mention.end = end


@cache
def _lower_roles(lang: str) -> frozenset[str]:
    """One-word roles as written inside a sentence (`coach`, `pelatih`)."""
    return frozenset(role.lower() for role in load_resources(lang).roles if " " not in role)


def initial_first_names(s: EntityState) -> None:
    """`coach K. Gunalan`, `pelatih S. Subramaniam`: one capital and its stop, after a role, before
    one or two capitalised words no rule took, is the start of a name (Malaysian and Singaporean
    names put the father's initial first)."""
    # The one-capital words of the text, from its distinct words (TokenIndex.by_text), in text order.
    capitals = [k for text, found in s.tokens.by_text.items() if len(text) == 1 and text.isupper() for k in found]
    for index in sorted(capitals):
        if not 1 <= index < s.n - 1:
            continue
        if not s.free(index) or s.tokens.gap(index, index + 1) != ". ":
            continue
        before = s.word(index - 1)
        if not before[:1].islower() or not s.joined(index - 1, index) or before not in _lower_roles(s.analysis.lang):
            continue  # after a role written in lower case (`coach`, `pelatih`), not at a sentence's end
        end = index + 1
        while end < s.n and end - index <= 2 and s.cap_word(end) and (end == index + 1 or s.joined(end - 1, end)):
            if s.lex.gazetteer.match(s.tokens, end) or s.is_head(end):
                break
            end += 1
        if end > index + 1:
            s.add(index, end - 1, "PERSON", rule="initial_first")


def run(state: EntityState) -> None:
    initial_first_names(state)
    words = _edge_words()
    for mention in state.found:
        if mention.label != "PERSON":
            continue
        _cut_degrees(state, mention, state.words.degrees)
        _across_particle(state, mention, words["dotted_particles"] | words["dotted_given_names"])
        _suffix_stop(state, mention, words["suffixes"])
    _dotted_given_names(state, words["dotted_given_names"])

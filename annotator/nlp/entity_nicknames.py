"""A person's name followed by its initials in parentheses: `Susilo Bambang Yudhoyono (SBY)`,
`Gubernur NTT Viktor Bungtilu Laiskodat (VBL)`. Politicians are often called by such initials,
and a later `kata Gubernur VBL` names the same person.

A name before a bracketed acronym is otherwise taken for a defined term or a unit's name
(`Penyakit Menular (P2PM)`, `Stabilisasi Pasokan dan Harga Pangan (SPHP)`), so the rules that
drop it ask :func:`spells_initials` first; :func:`initials_everywhere` then tags the initials as
a PERSON wherever they stand free."""

from __future__ import annotations

import re

from annotator.nlp.entity_state import EntityState

#: Two to four capitals in parentheses right after the name (`(SBY)`, `(JK)`).
INITIALS = re.compile(r"\s*\(([A-Z]{2,4})\)")


def _is_name_word(s: EntityState, k: int) -> bool:
    """A capitalised word of a name: not written in small letters in this text, not an
    organisation, role or place head, not in capitals itself."""
    word = s.word(k)
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.lower() not in s.lower_words
        and word not in s.lex.org_tails
        and word not in s.res.place_suffixes
        and not s.is_head(k)
    )


def spells_initials(s: EntityState, first: int, end: int) -> bool:
    """Whether words ``first`` .. ``end - 1`` are a name whose initials, one a word, are the
    capitals in parentheses right after it."""
    if not 2 <= end - first <= 4 or end > s.n:
        return False
    match = INITIALS.match(s.text, s.tokens.tokens[end - 1].end)
    if not match or len(match.group(1)) != end - first:
        return False
    if any(not s.joined(k - 1, k) for k in range(first + 1, end)):
        return False
    letters = "".join(s.word(k)[0] for k in range(first, end))
    return letters == match.group(1) and all(_is_name_word(s, k) for k in range(first, end))


def initials_everywhere(s: EntityState) -> None:
    """The initials after a PERSON that they spell are a PERSON, there and everywhere after."""
    known: set[str] = set()
    for mention in s.found:
        if mention.label != "PERSON":
            continue
        last = s.tokens.last_ending_at_or_before(mention.end)
        first = s.tokens.first_at_or_after(mention.start)
        if first <= last and spells_initials(s, first, last + 1):
            match = INITIALS.match(s.text, mention.end)
            if match:
                known.add(match.group(1))
    if not known:
        return
    for mention in s.found:
        if mention.label == "ORG" and s.text[mention.start : mention.end] in known:
            mention.label = "PERSON"  # `kata Gubernur VBL`: the scan took the capitals for a body
    for initials in known:
        for match in re.finditer(rf"(?<![\w-]){initials}(?![\w-])", s.text):
            k = s.tokens.first_at_or_after(match.start())
            if k < s.n and s.tokens.tokens[k].end == match.end() and s.free(k):
                s.add(k, k, "PERSON", rule="name_initials")
    s.found.sort(key=lambda m: m.start)


#: A name of two to four capitalised words, then capitals in parentheses (text only, for coref).
_NAME_AND_INITIALS = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+)\s*\(([A-Z]{2,4})\)")


def initials_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(initials offsets, name offsets) for each `Name Name (NN)` whose last words the initials
    spell, one a word (`Gubernur Viktor Bungtilu Laiskodat (VBL)`: the three words before `(VBL)`)."""
    pairs = []
    for match in _NAME_AND_INITIALS.finditer(text):
        letters = match.group(2)
        words = list(re.finditer(r"\S+", match.group(1)))
        if len(words) < len(letters):
            continue
        name = words[-len(letters) :]
        if "".join(w.group()[0] for w in name) != letters:
            continue
        start = match.start(1) + name[0].start()
        pairs.append((match.span(2), (start, match.end(1))))
    return pairs

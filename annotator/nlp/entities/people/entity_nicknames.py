"""A person's name followed by its initials in parentheses: `Susilo Bambang Yudhoyono (SBY)`,
`Gubernur NTT Viktor Bungtilu Laiskodat (VBL)`. Politicians are often called by such initials,
and a later `kata Gubernur VBL` names the same person.

A name before a bracketed acronym is otherwise taken for a defined term or a unit's name
(`Penyakit Menular (P2PM)`, `Stabilisasi Pasokan dan Harga Pangan (SPHP)`), so the rules that
drop it ask :func:`spells_initials` first; :func:`initials_everywhere` then tags the initials as
a PERSON wherever they stand free."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

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
        and not s.gazetteer(k)
    )


#: How many words before a name its title may stand (`Gubernur Nusa Tenggara Timur, Viktor ...`).
TITLE_WINDOW = 4


def _titled(s: EntityState, first: int) -> bool:
    """A title of ``initials_titles`` (``id/entity_words.toml``) within a few words before ``first``."""
    titles = s.words.initials_titles
    return any(s.word(k).lower() in titles for k in range(max(0, first - TITLE_WINDOW), first))


def spells_initials(s: EntityState, first: int, end: int) -> bool:
    """Whether words ``first`` .. ``end - 1`` are a name whose initials (:func:`loosely_spelled`)
    are the capitals in parentheses right after it."""
    if not 2 <= end - first <= 4 or end > s.n:
        return False
    match = INITIALS.match(s.text, s.tokens.tokens[end - 1].end)
    if not match or any(not s.joined(k - 1, k) for k in range(first + 1, end)):
        return False
    name = " ".join(s.word(k) for k in range(first, end))
    return (
        loosely_spelled(name, match.group(1))
        and _titled(s, first)
        and all(_is_name_word(s, k) for k in range(first, end))
    )


def initials_name_start(s: EntityState, first: int, end: int) -> int | None:
    """Where the name that the initials after word ``end - 1`` spell starts in the run ``first`` ..
    ``end - 1`` (`Gubernur Sukamaju Hendra Wira Lesmana (HWL)`: the place, then the name)."""
    for start in range(first, end - 1):
        if spells_initials(s, start, end):
            return start
    return None


def initials_everywhere(s: EntityState) -> None:
    """The initials after a PERSON that they spell are a PERSON, there and everywhere after."""
    known: set[str] = set()
    for mention in s.found:
        if mention.label != "PERSON":
            continue
        match = INITIALS.match(s.text, mention.end)
        first = s.tokens.first_at_or_after(mention.start)
        if match and loosely_spelled(s.text[mention.start : mention.end], match.group(1)) and _titled(s, first):
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


def loosely_spelled(name: str, letters: str) -> bool:
    """Whether ``letters`` are the initials of the words of ``name`` in order, one further letter
    of a word allowed (`Suhardi Duka` for `SDK`; `Susilo Bambang Yudhoyono` for `SBY`)."""
    words = [word.upper() for word in name.split()]
    if len(words) < 2:
        return False

    def fits(word: int, at: int, extra: int) -> bool:
        if word == len(words):
            return at == len(letters)
        if at >= len(letters) or words[word][0] != letters[at]:
            return False
        if fits(word + 1, at + 1, extra):
            return True
        return extra == 0 and at + 1 < len(letters) and letters[at + 1] in words[word][1:] and fits(word + 1, at + 2, 1)

    return fits(0, 0, 0)


def initials_pairs(text: str, people: list[Mention]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(initials offsets, name offsets) for each PERSON of two words or more followed by capitals
    in parentheses that spell it (`Suhardi Duka (SDK)`): a later `kata SDK` is that person."""
    pairs = []
    for person in people:
        if person.label != "PERSON":
            continue
        match = INITIALS.match(text, person.end)
        if match and loosely_spelled(text[person.start : person.end], match.group(1)):
            pairs.append((match.span(1), (person.start, person.end)))
    return pairs

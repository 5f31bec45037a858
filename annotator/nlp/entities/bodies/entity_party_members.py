"""A party's name ends before its member's name (`anggota DPRD dari Fraksi Partai Nusantara Raya
Budi Santoso`): `Partai` is a `named` head, which takes any capitalised words after it, so a member
named right after a party the gazetteer does not know ran into the ORG (known parties already end
at their listed name). Party names are built from a small vocabulary (``party_name_words`` of
``entity_words.toml``: `Nusantara`, `Raya`, `Keadilan`, `Rakyat`, ...), acronyms and places; after
a party head (``party_heads``) the name runs while its words are of that kind, and when the rest of
the body is a short run of capitalised words that are none of them (two words, or one the page
writes again elsewhere), the body ends there and the person rule reads the run as the member."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml

#: The longest member's name cut from a party's body.
MEMBER_WORDS = 4


@cache
def _party_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The party heads and the words a party's name is built from."""
    table = read_toml(lang, "entity_words.toml")
    return frozenset(table.get("party_heads", [])), frozenset(table.get("party_name_words", []))


def _party_word(s: EntityState, k: int, name_words: frozenset[str]) -> bool:
    """Word ``k`` may be part of a party's name: a listed word, an acronym or a known place."""
    word = s.word(k)
    if word in name_words or (word.isupper() and len(word) > 1):
        return True
    gaz = s.gazetteer(k)
    return gaz is not None and gaz[0] == k + 1


def _member_word(s: EntityState, k: int) -> bool:
    """Word ``k`` may be part of a person's name: capitalised, and no place, body, title or role."""
    return (
        s.cap_word(k)
        and not s.word(k).isupper()
        and s.gazetteer(k) is None
        and s.word(k) not in s.res.place_types
        and not s.lex.org_heads.match(s.tokens, k)
        and not s.lex.titles.match(s.tokens, k)
        and not s.lex.roles.match(s.tokens, k)
    )


def _written_again(s: EntityState, k: int, name_words: frozenset[str]) -> bool:
    """The page writes word ``k`` a second time (`... Nusantara Raya Suharyanto`, later `kata
    Suharyanto`), so a one-word run is a name it refers back to; not after an acronym, a place type
    or a party's word (`DPRD Sukamaju`, `Kabupaten Sukamaju`, the party named again: a place)."""
    here = s.tokens.tokens[k].start
    for match in re.finditer(rf"\b{re.escape(s.word(k))}\b", s.text):
        if match.start() == here:
            continue
        before = s.text[max(0, match.start() - 40) : match.start()].split()
        previous = before[-1] if before else ""
        if not (previous.isupper() or previous in s.res.place_types or previous in name_words):
            return True
    return False


def cut_before_member(s: EntityState, index: int, end: int) -> int:
    """The index where the party's name in the body ``index``..``end - 1`` ends before a member's
    name, or ``end`` when the body holds no party head or no such name."""
    if end - index < 3:
        return end  # `Partai X`: no room for a member after the name
    heads, name_words = _party_words(s.analysis.lang)
    words = s.texts[index : end - 1]
    if heads.isdisjoint(words):
        return end
    head = index + next(i for i, word in enumerate(words) if word in heads)
    k = head + 1
    while k < end and (_party_word(s, k, name_words) or (k > head + 1 and s.word(k) in s.words.role_joiners)):
        k += 1
    if k == head + 1 or k == end or s.word(k - 1) in s.words.role_joiners:
        return end  # an unknown first word (`Partai Xyz`) or a name of party words alone
    member = range(k, end)
    if len(member) > MEMBER_WORDS or not all(_member_word(s, j) for j in member):
        return end
    if len(member) == 1 and not _written_again(s, k, name_words):
        return end  # `Partai Keadilan Pertiwi`: one unknown word may still be the party's
    return k

"""Names joined by a hyphen: one name, or two names side by side.

The tokenizer splits a hyphen between a capitalised word and a capital (`Joko-Prabowo` gives
`Joko`, `-`, `Prabowo`), so that the window can select either name. For the rules, most such words
are still one name (`Freeport-McMoRan`, `Tawi-Tawi`, `Counter-Terrorism Unit`, `Karate-Do`,
`Minggu-Senin`): :func:`join_hyphen_names` joins them back into one word of the rules' token index
before any rule runs, so the rules see them as before. The pair stays two words when it is two
names:

- a ticket or pair named as such (`pasangan Luthfi-Gus Yasin`, `duet X-Y`);
- in Indonesian, two names of two words or more on either side (`Ahmad Luthfi-Taj Yasin`), unless
  the run is an organisation's name (`Institut Karate-Do Nasional`);
- each side a known name on its own, one of them a place, and the two different (`Cambodia-China`,
  `Bontang-Kutai Timur`, `Amerika-AP`; not the coalition `Gerindra-PKB`).

A prefix word (`Anti-`, `Counter-`, `Al-`...) and a title (`Lt-Col`, `Attorney-General`) always
join.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from annotator.nlp.lexicon import Lexicon
from annotator.nlp.resources import load_resources, read_list
from annotator.nlp.text.tokens import TokenIndex

#: The capitalised word before a hyphen the tokenizer split (``_CAPITAL_BEFORE_HYPHEN``).
_CAPITALISED = re.compile(r"[A-Z][a-z]+")


@cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Prefix words, title ends and ticket words (`hyphen_*`, `pair_words` of entity_words.toml)."""
    words = load_resources(lang).entity_words
    empty: frozenset[str] = frozenset()
    return (
        words.get("hyphen_prefix_words", empty),
        words.get("hyphen_title_ends", empty),
        words.get("pair_words", empty),
    )


def join_hyphen_names(index: TokenIndex, lex: Lexicon, lang: str) -> None:
    """Join back, in ``index``, every hyphen-split pair of words that is one name."""
    joins = [k for k in _before_hyphens(index) if _split_pair(index, k) and not _two_names(index, k, lex, lang)]
    if not joins:
        return
    index.join_words(set(joins))


def _before_hyphens(index: TokenIndex) -> list[int]:
    """The words (all but the last) that end right before a hyphen, in text order: the only words
    where :func:`_split_pair` can hold, found from the text's hyphens instead of asking every word."""
    text, ends, last = index.text, index.ends, len(index.texts) - 1
    found: list[int] = []
    at = text.find("-")
    while at != -1:
        k = bisect_left(ends, at)
        if k < last and ends[k] == at:
            found.append(k)
        at = text.find("-", at + 1)
    return found


def _split_pair(index: TokenIndex, k: int) -> bool:
    """Whether words ``k`` and ``k + 1`` are a capitalised word and a capital split at a hyphen."""
    return (
        index.starts[k + 1] == index.ends[k] + 1
        and index.text[index.ends[k]] == "-"
        and _CAPITALISED.fullmatch(index.texts[k]) is not None
        and index.texts[k + 1][:1].isupper()
    )


def _spaced(index: TokenIndex, left: int, right: int) -> bool:
    return left >= 0 and right < len(index.texts) and index.text[index.ends[left] : index.starts[right]] == " "


def _two_names(index: TokenIndex, k: int, lex: Lexicon, lang: str) -> bool:
    texts, stopwords = index.texts, lex.stopwords
    prefix_words, title_ends, pair_words = _words(lang)
    left, right = texts[k], texts[k + 1]
    if left == right or left in prefix_words or right in title_ends:
        return False
    first = k
    while first > 0 and _spaced(index, first - 1, first) and _name_word(texts[first - 1], stopwords):
        first -= 1
    if first > 0 and _spaced(index, first - 1, first) and texts[first - 1] in pair_words:
        return True
    before = texts[k - 1] if k > first else ""
    after = texts[k + 2] if _spaced(index, k + 1, k + 2) and _name_word(texts[k + 2], stopwords) else ""
    if lang == "id" and before and after and texts[first] not in lex.res.org_heads and after not in lex.res.org_heads:
        return True
    known, places = lex.known_names, lex.weak_places
    left_label = "GPE" if left in places else known.get(left) or known.get(f"{before} {left}")
    right_label = "GPE" if right in places else known.get(right) or known.get(f"{right} {after}")
    # `Saudi-Qatar talks`: a nationality beside a place stands for its country (a pair of two).
    nations = _nationalities(lang)
    left_label = left_label or ("NORP" if left in nations else None)
    right_label = right_label or ("NORP" if right in nations else None)
    # Two parties (`Gerindra-PKB`) are a coalition's name: it stays one word, as before.
    return bool(left_label and right_label) and "GPE" in (left_label, right_label)


@cache
def _nationalities(lang: str) -> frozenset[str]:
    """One-word nationalities (common and the language's demonyms.txt)."""
    return frozenset(w for w in read_list("common", "demonyms.txt") + read_list(lang, "demonyms.txt") if " " not in w)


def _name_word(word: str, stopwords: frozenset[str] | set[str]) -> bool:
    """A word of a personal name: capitalised, the rest in small letters (not `PBB`), no stop word."""
    return _CAPITALISED.fullmatch(word) is not None and word not in stopwords

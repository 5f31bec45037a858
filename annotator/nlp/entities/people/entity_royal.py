"""A Malay monarch's style in English news: `His Majesty Sultan Haji Hassanal Bolkiah ibni
Al-Marhum Sultan Haji Omar ‘Ali Saifuddien, Sultan and Yang Di-Pertuan of Brunei`.

The style (`His Majesty`, `His Royal Highness`) and the titles (`Sultan`, `Haji`, `Prince`) are
held out of the names; the name after them is a PERSON, and so is the parent's name after
`ibni`/`bin` and the parent's own titles (`Al-Marhum`, `the late`). Without this rule the titles
join the names (`Al-Marhum Sultan`, `Majesty`) and a name word written with an ayn (`‘Ali`) is
cut off. `His Majesty` used alone is held too: it is the speaker, resolved by coreference.
Word lists: en/royal_style.toml."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml

#: Marks glued inside or before a name word (`Mu’izzaddin`, `‘Ali`) and hyphens (`Al-Muhtadee`).
_GLUE = frozenset("-‘’'")


@cache
def _words(lang: str) -> dict[str, frozenset[str]]:
    data = read_toml(lang, "royal_style.toml")
    return {key: frozenset(data.get(key, [])) for key in ("openers", "styles", "titles", "links", "title_joins")}


def openers(lang: str) -> frozenset[str]:
    """The words a style opens with (the rule's first test, and its gate in ``entity_gates``)."""
    return _words(lang)["openers"]


def _gap(s: EntityState, left: int, right: int) -> str:
    tokens = s.tokens.tokens
    return s.text[tokens[left].end : tokens[right].start]


def _unit(s: EntityState, k: int) -> tuple[str, int]:
    """The word made of tokens ``k``.. glued by a hyphen or a mark (`Al-Marhum`, `Sa’adul`), and
    the token after it."""
    tokens = s.tokens.tokens
    j = k + 1
    while j < s.n and _gap(s, j - 1, j) in _GLUE:
        j += 1
    return s.text[tokens[k].start : tokens[j - 1].end], j


def _next_to(s: EntityState, k: int) -> bool:
    """Token ``k`` follows the one before it after one space, or after a space and an ayn mark
    written before the word (`Omar ‘Ali`)."""
    return k < s.n and s.free(k) and _gap(s, k - 1, k) in (" ", " ‘", " ’")


def _style_end(s: EntityState, index: int, styles: frozenset[str]) -> int | None:
    """The token after `Majesty` / `Royal Highness` following the opener at ``index``."""
    for style in styles:
        parts = style.split()
        if all(s.word(index + 1 + n) == part and s.joined(index + n, index + 1 + n) for n, part in enumerate(parts)):
            return index + 1 + len(parts)
    return None


def _skip_titles(s: EntityState, k: int, titles: frozenset[str]) -> int:
    """Past the titles from ``k`` on, holding them."""
    while _next_to(s, k):
        text, after = _unit(s, k)
        if text not in titles:
            break
        s.block(k, after - 1)
        k = after
    return k


def _name(s: EntityState, k: int, titles: frozenset[str]) -> int:
    """Past the name words from ``k`` on (capitalised, not a title, spaces only between them)."""
    while _next_to(s, k):
        text, after = _unit(s, k)
        if text in titles or not text.lstrip("‘’'")[:1].isupper():
            break
        k = after
    return k


def _named(s: EntityState, k: int, titles: frozenset[str]) -> int:
    """Titles, then a name made a PERSON; the token after them."""
    k = _skip_titles(s, k, titles)
    end = _name(s, k, titles)
    if end > k:
        s.add(k, end - 1, "PERSON")
    return end


def royal_style(s: EntityState, index: int) -> int | None:
    """At `His`/`Her` opening a monarch's style: hold the style and titles, tag the names."""
    words = _words(s.analysis.lang)
    if s.word(index) not in words["openers"]:
        return None
    k = _style_end(s, index, words["styles"])
    if k is None or not all(s.free(j) for j in range(index, k)):
        return None
    s.block(index, k - 1)
    titles = words["titles"]
    k = _named(s, k, titles)
    if s.word(k) in words["links"] and _next_to(s, k):
        s.block(k, k)
        k = _named(s, k + 1, titles)
    if k < s.n and _gap(s, k - 1, k) == ", " and _unit(s, k)[0] in titles:  # `, Sultan and Yang Di-Pertuan of`
        j = k
        while j < s.n and s.free(j) and (j == k or _gap(s, j - 1, j) == " "):
            if not (_unit(s, j)[0] in titles or s.word(j) in words["title_joins"]):
                break
            after = _unit(s, j)[1]
            s.block(j, after - 1)
            j = after
        k = j
    return k


def opens_style(texts: list[str], k: int, lang: str) -> bool:
    """Whether words ``k``.. open a monarch's style (`His Majesty`): the speaker mention keeps its
    `His`, so that coreference finds the name after the same style earlier."""
    words = _words(lang)
    if k >= len(texts) or texts[k] not in words["openers"]:
        return False
    return any(texts[k + 1 : k + 1 + len(style.split())] == style.split() for style in words["styles"])

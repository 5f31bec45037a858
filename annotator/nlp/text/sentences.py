"""Sentences of a text for the indirect-speech rules: pieces ending in `.`, `!`, `?` or a line end,
rejoined where the full stop belongs to an abbreviation or an initial, or where a line broke a
sentence (a word at the line end, a small letter starting the next line)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from annotator.nlp.resources import read_list, speech_words

#: A piece: the shortest run of one or more characters of a line that ends in `.`, `!` or `?`
#: before white space, before an opening quote mark glued to a capital (`besar."Itu`), with the
#: closing mark after it before a space and a capital (``_CLOSED``), or at the line end (written with
#: greedy runs between the marks: the same pieces as the lazy
#: ``[^\n]+?(?:[.!?](?=\s|$|["“][A-Z])|[.!?]["”](?=[ \t]+[A-Z])|$)``, found without a try at every
#: character).
#: A full stop that lost its space (`he added.Mohd said`, `terangnya.Namun`) also ends a piece: the
#: same look-around as the tokens' (``annotator.text.tokens.WORD_PATTERN``).
_GLUED = r"(?<=[a-z][a-z])\.(?=[A-Z][a-z])"
_END = r"(?=\s|$|[\"“][A-Z])"
#: A closing mark after the stop, then a capital after a space (`... self-defence." But X, for the
#: defence, ...`; en_resolve1 round): the quote's sentence ends there, and the next one is the
#: reporter's own.
_CLOSED = r"[\"”](?=[ \t]+[A-Z])"
_SENTENCE = re.compile(
    rf"[^\n][^\n.!?]*(?:(?!{_GLUED})[.!?](?!\s|$|[\"“][A-Z]|{_CLOSED})[^\n.!?]*)*(?:[.!?]{_END}|[.!?]{_CLOSED}|{_GLUED}|$)",
    re.MULTILINE,
)
#: A full stop after one of these (or after a single letter, or inside a dotted word such as
#: `p.m.`, `U.S.`) does not end the sentence.
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "capt", "sgt", "no", "vs"}) | (
    speech_words()["rank_abbreviations"] | speech_words()["sentence_abbreviations"]
)
_MONTHS = frozenset(speech_words()["month_abbreviations"])
#: The longest dotted title word that is an abbreviation (`PLtCol.`), not a whole word.
MAX_TITLE_ABBREVIATION = 6


@cache
def _title_words(lang: str) -> frozenset[str]:
    """The dotted short words of the language's title table (`Gov.`, `Sen.`, `Brig. Gen.`; `Drs.`,
    `Kompol.`): before a capital their full stop opens a name, not a sentence (`met Gov. Rick Perry
    and said ...`). A whole word with a stop (`Jenderal.`) may end a sentence, so only short ones count."""
    return frozenset(
        word[:-1].lower()
        for title in read_list(lang, "titles.txt")
        for word in title.split()
        if word.endswith(".") and word[:-1].isalpha() and len(word) <= MAX_TITLE_ABBREVIATION + 1
    )


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: pieces ending in `.`, `!`, `?` or a line end, rejoined where
    the full stop belongs to an abbreviation (`at 9:27 p.m. Saturday`, `Mr. Joko`) or to one of the
    language's dotted titles before a name."""
    return list(_sentences(text, lang))  # the indirect-speech rules and coreference both ask, per text


@lru_cache(maxsize=256)
def _sentences(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    title_words = _title_words(lang)
    result: list[tuple[int, int]] = []
    joined = False
    for piece in _SENTENCE.finditer(text):
        start, end = piece.span()
        if joined and result:
            result[-1] = (result[-1][0], end)
        else:
            result.append((start, end))
        word = ""
        if text[end - 1 : end] == ".":
            word = text[max(text.rfind(" ", start, end - 1), start - 1) + 1 : end - 1].lower().lstrip("(")
        following = text[end : end + 3].lstrip(" ")
        joined = bool(word) and end < len(text) and text[end] != "\n" and (
            word in _ABBREVIATIONS
            or (len(word) == 1 and word.isalpha())
            or ("." in word and len(word) <= 5)
            or following[:1].islower()  # `Supardi Nasir dkk. untuk bermain`: no sentence starts in lower case
            or (word in _MONTHS and following[:1].isdigit())  # `on Sept. 15, the Secretariat said`
            or (word in title_words and following[:1].isupper())  # `after meeting Gov. Rick Perry, but said`
        )
        if not joined and text[end : end + 1] == "\n" and _broken_at(text, result[-1][0], end, _line_open_words(lang)):
            joined = True  # a hard line break inside a sentence (`... pipelines was` / `draining ...`)
    return tuple(result)


@cache
def _line_open_words(lang: str) -> frozenset[str]:
    """Words of the language that never end a sentence (`milik`, `dari`, `yang`)."""
    return frozenset(read_list(lang, "line_open_words.txt"))


def _broken_at(text: str, start: int, end: int, open_words: frozenset[str]) -> bool:
    """Whether the line break at ``end`` breaks the sentence that began at ``start``: the line ends in
    a word or a comma and the next one starts with a small letter, a digit or a bracket (`kata dia,` /
    `tidak terlihat ...`, `Organisasi Perangkat Daerah` / `(OPD) tersendiri`). A capital after the
    break is read as a new sentence (real pages often drop a paragraph's last full stop) unless the
    line ends in a word that never ends one (``open_words``: `... semuanya milik` / `Darsono, ...`)."""
    last, first = text[end - 1 : end], text[end + 1 : end + 2]
    if first.isupper() and text[text.rfind(" ", start, end) + 1 : end] in open_words:
        return True
    return (last.isalnum() or last == ",") and (first.islower() or first.isdigit() or first == "(")

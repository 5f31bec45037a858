"""The project's one tokenizer: word and symbol tokens with code-point offsets.

The pre-labeller's spaCy pipeline builds its ``Doc`` from these tokens
(:mod:`annotator.nlp.text.tokenizer`), and the window snaps selections to the same edges, so every
pre-labelled span starts and ends where a selection can.

- A word is a run of letters, digits and combining marks, joined by inner hyphens, dots, ``&``
  or apostrophes (`Amir-Saeed`, `Kompas.id`, `K.H`, `Ma'ruf`); an apostrophe before a final
  `s` is not joined (`Reuters' s`, `Jakarta's` gives `Jakarta`, `'`, `s`). A hyphen after a
  dateline head (four capitals or a web address) before a capitalised word joins nothing
  (`KARAWANG-Dinas` gives `KARAWANG`, `-`, `Dinas`), so the city can be selected alone; so does
  one after `se-` before a capital (`se-Jakarta`) and one before `based`, `led`, `linked`...
  (`Japan-based`), and one between a capitalised word and a capital (`Joko-Prabowo` gives `Joko`,
  `-`, `Prabowo`). A capitalised word glued by a full stop to a web address
  (`Ambon.malukubarunews.com`) is a word of its own, and so is the address.
- A full stop after a title abbreviation (`H`, `Hj`, `Dr`, `KH`, `Ir`: the list
  ``resources/lang/common/glued_titles.txt``) that starts a word joins nothing before a capitalised
  word or another such title (`H.Bahrum` gives `H`, `.`, `Bahrum`; `Ir.H.Joko` gives `Ir`, `.`, `H`,
  `.`, `Joko`): the same tokens as with a space after the full stop, so a name can be selected
  without its title.
- Anything else that is not white space is a token of one grapheme cluster (a full stop, a
  quotation mark, an emoji with its modifiers).
- A base letter and its combining marks are never split (`René` written as `e` + U+0301 is one
  word, and `René.` ends the word before the full stop).

Pure Python (the ``regex`` module for Unicode classes); no spaCy and no Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources as importlib_resources

import regex

#: ``\w`` of the regex module covers letters, digits and combining marks (Unicode's word class).
#: The `œ` of a mis-decoded opening quotation mark (`â€œ`, `'€œ`) is a symbol, not a letter of the word after it.
#: A full stop between a small-letter word and a capitalised one (`he added.Mohd said`) is a
#: sentence end that lost its space, not part of a dotted name (`Sebenarnya.my`, `U.S.`).
#: A hyphen between a dateline head and the article's first word (`KARAWANG-Dinas`, `BRIEF.ID-Kepala`,
#: `Suaraindo.id-Badan`: four capitals or a web address before it, a capital and a small letter
#: after it) joins nothing, so the city, the outlet and the first word are words of their own.
#: The first word may be an acronym when the sentence goes on after it in small or title case
#: (`JAKARTA-PT Prodia ...`, `JAKARTA-KPK menahan ...`; b15id), not within capitals (`JAWA-BALI DIPERPANJANG`).
_DATELINE_HYPHEN = (
    r"(?:(?<=[A-Z][A-Z][A-Z][A-Z]-)|(?<=\.id-)|(?<=\.ID-)|(?<=\.com-)|(?<=\.COM-))[A-Z][a-z]"
    r"|(?<=[A-Z][A-Z][A-Z][A-Z]-)[A-Z]{2,}(?=[ \t]+(?:[A-Z][a-z]|[a-z]))"
)
#: Nor does a hyphen after the Indonesian prefix `se-` before a capital (`se-Jakarta Timur`: all of
#: Jakarta Timur) or after a photo credit's handout mark (`ANTARA/HO-BPBD Kalbar`: a handout of the
#: BPBD; id_lists3), nor one before an English participle that makes a name an adjective
#: (`Japan-based`, `US-led`, `State-linked`): the name is a word of its own. Not `-flagged` or
#: `-registered`: a ship's name follows them, and the word before is a nationality.
HYPHEN_SUFFIXES = (
    "based", "led", "linked", "backed", "born", "owned", "funded", "controlled", "allied", "affiliated",
    "sponsored", "brokered", "listed", "headquartered",
)  # fmt: skip
_PREFIX_HYPHEN = r"(?<=\bse-)[A-Z]|(?<=\bHO-)[A-Z]"
_SUFFIX_HYPHEN = rf"(?:{'|'.join(HYPHEN_SUFFIXES)})\b"
_SPLIT_HYPHEN = rf"{_DATELINE_HYPHEN}|{_PREFIX_HYPHEN}|{_SUFFIX_HYPHEN}"
#: A capitalised word before a hyphen and a capital (`Joko-Prabowo`, `Saudi-Qatar`, `Tawi-Tawi`) is a word
#: of its own, so either name can be selected alone; the entity rules join a run that is one name
#: back (:mod:`annotator.nlp.entities.people.hyphen_names`). ASCII letters only, at the start of a word.
#: The small letters are possessive (``++``, in ``re`` and ``regex`` alike): no hyphen is a small
#: letter, so giving one back can never let ``-`` follow, and a capitalised word with no hyphen
#: after it (most of them) fails at once instead of letter by letter (the same tokens).
_CAPITAL_BEFORE_HYPHEN = r"[A-Z][a-z]++(?=-[A-Z])"

#: A capitalised word glued by a full stop to an outlet's web address (`Ambon.malukubarunews.com`: the
#: newsroom's town before its address, where other pages write `AMBON, malukubarunews.com`) is a word
#: of its own, so the town and the address can be selected and tagged apart. The host after the stop
#: has five letters or more and a domain of its own, so `Katadata.co.id` and `Kompas.com` stay one word.
_CAPITAL_BEFORE_ADDRESS = r"(?<![/.])[A-Z][a-z]++(?=\.[a-z][a-z0-9-]{4,}\.[a-z])"


def _glued_titles() -> tuple[str, ...]:
    """The title abbreviations of ``glued_titles.txt`` (comments and blank lines dropped)."""
    text = importlib_resources.files("annotator.resources").joinpath("lang", "common", "glued_titles.txt")
    lines = (line.split("#", 1)[0].strip() for line in text.read_text("utf-8").splitlines())
    return tuple(sorted({line for line in lines if line}, key=lambda title: (-len(title), title)))


#: Title abbreviations whose full stop splits before a capitalised word or another title.
GLUED_TITLES = _glued_titles()
#: The full stop after a title that starts a word (``\b`` before it; one fixed-width look-behind per
#: title, which the standard ``re`` module needs too), before a capital and a small letter or before
#: another title and its full stop. ASCII titles and letters only.
_ANY_TITLE = "|".join(GLUED_TITLES)
_TITLE_STOP = (
    "(?:" + "|".join(rf"(?<=\b{title}\.)" for title in GLUED_TITLES) + ")"
    + rf"(?=[A-Z][a-z]|(?:{_ANY_TITLE})\.[A-Z])"
)


def _joined(word: str) -> str:
    """Parts joined to a word (`&`, a hyphen, a full stop, an apostrophe and word characters
    again), each opening with one of :data:`_JOINERS`; ``word`` is the class of a word character."""
    return (
        rf"(?:&{word}+|-(?!{_SPLIT_HYPHEN}){word}+|\.(?!(?<=[a-z][a-z]\.)[A-Z][a-z]|{_TITLE_STOP}){word}+"
        rf"|['’](?!s\b){word}+)*"
    )


#: The first characters of the joined parts.
_JOINERS = "[-&.'’]"
_JOINED = _joined(r"\w")
WORD_PATTERN = rf"(?!(?<=€)œ)(?:{_CAPITAL_BEFORE_HYPHEN}|{_CAPITAL_BEFORE_ADDRESS}|\w+{_JOINED})"


def quick_word_pattern(word: str = r"\w") -> str:
    """The matches of :data:`WORD_PATTERN` (where ``word`` matches what ``\\w`` does), written for
    fewer steps per word: both capitalised-word alternatives are tried only where a capitalised
    word runs into a hyphen or a full stop (each needs one there, and its small letters are
    possessive), the `€œ` test only on the other alternative (neither capital one opens with `œ`),
    and the joined parts only before one of their first characters (without one the loop matches
    nothing). The alternatives have no group around them."""
    capitals = rf"(?=[A-Z][a-z]++[-.])(?:{_CAPITAL_BEFORE_HYPHEN}|{_CAPITAL_BEFORE_ADDRESS})"
    return rf"{capitals}|(?!œ(?<=€œ)){word}+(?:(?={_JOINERS}){_joined(word)})?"


WORD_RE = regex.compile(WORD_PATTERN)
TOKEN_RE = regex.compile(rf"({WORD_PATTERN})|(?!\s)\X")
_MARK_RE = regex.compile(r"\p{M}")


def token_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is_word) of every token, in order; white space belongs to no token."""
    for match in TOKEN_RE.finditer(text):
        yield match.start(), match.end(), match.group(1) is not None


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every word token."""
    for match in WORD_RE.finditer(text):
        yield match.start(), match.end()


def token_boundaries(text: str, lang: str | None = None) -> tuple[list[int], list[int]]:
    """Start and end offsets (code points) of every token, in order: the edges a selection snaps to.

    ``lang`` is accepted for callers that pass the project's language; the tokenizer is the same
    for every language the project supports.
    """
    starts: list[int] = []
    ends: list[int] = []
    for start, end, _word in token_spans(text):
        starts.append(start)
        ends.append(end)
    return starts, ends


def has_marks(text: str) -> bool:
    """Whether the text holds any combining mark (most texts do not, and need no checks)."""
    return _MARK_RE.search(text) is not None


def on_mark(text: str, offset: int) -> bool:
    """Whether ``offset`` falls between a character and a combining mark that belongs to it."""
    return 0 < offset < len(text) and _MARK_RE.match(text, offset) is not None


def cluster_safe(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved outward so that neither separates a letter from its combining marks."""
    while start > 0 and on_mark(text, start):
        start -= 1
    while end < len(text) and on_mark(text, end):
        end += 1
    return start, end

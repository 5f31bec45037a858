"""Faster getters for spaCy's lexeme attributes that give exactly the values of spaCy's own.

spaCy computes every lexical attribute of a word (lower case, shape, ``is_punct``, ``like_url``
...) once, when the word first enters the vocabulary: one Python call per attribute and word.
In a warm process that is rare, but each new article brings words the vocabulary has not seen
(names, places), and then those calls are a large part of making its ``Doc``. Most of spaCy's
getters wrap one ``str`` method in a Python function, look a word up in a tuple, or loop over
the characters in Python; :func:`faster_getters` puts the ``str`` method itself in their place,
a set's look-up in place of the tuple's, and a fast path before the character loops (ASCII
words; `like_url` for a word without a full stop). Any other getter (a language's own
``like_num``, the stop words, the norm table) is kept as it is. ``tests/nlp/test_lexeme_getters.py``
checks every value against spaCy's own getters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, partial
from operator import itemgetter
from typing import Any

from spacy.lang import lex_attrs as spacy_attrs
from spacy.lang.en import lex_attrs as en_attrs
from spacy.lang.id import lex_attrs as id_attrs
from spacy.util import _get_attr_unless_lookup

#: An ASCII word's shape, character by character (`X`, `x`, `d`, or the character itself).
_ASCII_SHAPE = str.maketrans(
    {
        code: ("X" if char.isupper() else "x") if char.isalpha() else "d" if char.isdigit() else char
        for code, char in ((code, chr(code)) for code in range(128))
    }
)
#: Five or more of one shape character: spaCy keeps the first four.
_LONG_RUN = re.compile(r"(.)\1{4,}", re.DOTALL)
#: ASCII characters of the Unicode punctuation categories (P*) and the currency category (Sc).
_ASCII_PUNCT = "".join(chr(code) for code in range(128) if unicodedata.category(chr(code)).startswith("P"))
_ASCII_CURRENCY = "".join(chr(code) for code in range(128) if unicodedata.category(chr(code)) == "Sc")


def _first_four(run: re.Match[str]) -> str:
    return run.group()[:4]


@lru_cache(maxsize=4096)
def _runs_shortened(shape: str) -> str:
    """``shape`` with every run of one character cut to four: kept per shape, as most words
    share theirs (`Xxxxxxx`). (A function, not a template: ``re`` expands a template in Python.)"""
    return _LONG_RUN.sub(_first_four, shape)


def word_shape(text: str) -> str:
    """spaCy's ``word_shape``: ASCII words by one translation, others by spaCy's loop."""
    if len(text) >= 100 or not text.isascii():
        return spacy_attrs.word_shape(text)
    shape = text.translate(_ASCII_SHAPE)
    return _runs_shortened(shape) if len(shape) > 4 else shape


def is_punct(text: str) -> bool:
    """spaCy's ``is_punct`` (every character of a P* category; True for no character)."""
    return not text.strip(_ASCII_PUNCT) if text.isascii() else spacy_attrs.is_punct(text)


def is_currency(text: str) -> bool:
    """spaCy's ``is_currency`` (every character of the category Sc; True for no character)."""
    return not text.strip(_ASCII_CURRENCY) if text.isascii() else spacy_attrs.is_currency(text)


def like_url(text: str) -> bool:
    """spaCy's ``like_url``: a word with no full stop and no `http://` or `https://` at its start
    is no URL (spaCy's steps all fail or answer no for it; the last looks for the stop char by char)."""
    if text and "." not in text and not text.startswith(("http://", "https://")):
        return False
    return spacy_attrs.like_url(text)


def like_email(text: str) -> bool:
    """spaCy's ``like_email``: its pattern needs an `@`."""
    return "@" in text and spacy_attrs.like_email(text)


def _member_test(getter: Callable[[str], bool]) -> Callable[[str], bool]:
    """For a getter of the form ``return text in (...)`` (its one tuple constant), the same test
    on a set; else the getter itself."""
    tuples = [const for const in getter.__code__.co_consts if isinstance(const, tuple)]
    if len(tuples) != 1 or not all(type(member) is str for member in tuples[0]):
        return getter
    return frozenset(tuples[0]).__contains__


def _number_words_first(getter: Callable[[str], bool], words: frozenset[str]) -> Callable[[str], bool]:
    """A language's ``like_num`` whose only test that an ASCII word of letters can pass is being
    one of its number ``words`` in small letters (Indonesian, English): that test alone for such
    a word (most words), the getter itself for any other."""

    def like_num(text: str) -> bool:
        if text.isascii() and text.isalpha():
            return text.lower() in words
        return getter(text)

    return like_num


def _listed_currency_first(getter: Callable[[str], bool], listed: frozenset[str]) -> Callable[[str], bool]:
    """A language's ``is_currency`` that is spaCy's after a look-up in a list (Indonesian): the
    look-up in a set, then :func:`is_currency`."""

    def listed_or_currency(text: str) -> bool:
        return text in listed or is_currency(text)

    return listed_or_currency


#: spaCy's getter -> one that returns the same value for every string.
_SAME_VALUES: dict[Callable[[str], Any], Callable[[str], Any]] = {
    spacy_attrs.lower: str.lower,
    spacy_attrs.prefix: itemgetter(0),
    spacy_attrs.suffix: itemgetter(slice(-3, None)),
    spacy_attrs.is_alpha: str.isalpha,
    spacy_attrs.is_digit: str.isdigit,
    spacy_attrs.is_lower: str.islower,
    spacy_attrs.is_space: str.isspace,
    spacy_attrs.is_title: str.istitle,
    spacy_attrs.is_upper: str.isupper,
    spacy_attrs.is_ascii: str.isascii,
    spacy_attrs.word_shape: word_shape,
    spacy_attrs.is_punct: is_punct,
    spacy_attrs.is_currency: is_currency,
    spacy_attrs.like_url: like_url,
    spacy_attrs.like_email: like_email,
    **{
        getter: _member_test(getter)
        for getter in (spacy_attrs.is_bracket, spacy_attrs.is_quote, spacy_attrs.is_left_punct, spacy_attrs.is_right_punct)
    },
    id_attrs.like_num: _number_words_first(id_attrs.like_num, frozenset(id_attrs._num_words)),
    id_attrs.is_currency: _listed_currency_first(id_attrs.is_currency, frozenset(id_attrs.LIST_CURRENCY)),
    en_attrs.like_num: _number_words_first(en_attrs.like_num, frozenset(en_attrs._num_words + en_attrs._ordinal_words)),
}


def faster_getters(getters: dict[int, Callable[[str], Any]]) -> dict[int, Callable[[str], Any]]:
    """``getters`` (a vocabulary's ``lex_attr_getters``) with each getter known to
    :data:`_SAME_VALUES` replaced by its faster equal; the others (and the order) kept."""
    return {attr: _faster(getter) for attr, getter in getters.items()}


def _faster(getter: Callable[[str], Any]) -> Callable[[str], Any]:
    if isinstance(getter, partial):
        return _faster_partial(getter)
    return _SAME_VALUES.get(getter, getter)


def _faster_partial(getter: partial[Any]) -> Callable[[str], Any]:
    """The language code, the stop-word test and the norm (a look-up table, else the lower case)
    without ``partial``'s call and spaCy's loop over its tables; any other partial kept."""
    if getter.func is spacy_attrs.get_lang and not getter.args:
        lang = getter.keywords.get("lang", "")
        if "{" not in lang and "}" not in lang:
            return lang.format  # the language code for any word: a string with no fields ignores its arguments
    if getter.func is spacy_attrs.is_stop and not getter.args and set(getter.keywords) == {"stops"}:
        stops = getter.keywords["stops"]
        return lambda text: text.lower() in stops
    if (
        getter.func is _get_attr_unless_lookup
        and not getter.keywords
        and len(getter.args) == 2
        and getter.args[0] is spacy_attrs.lower
        and isinstance(getter.args[1], tuple)
        and len(getter.args[1]) == 1
        and type(getter.args[1][0]) is dict
    ):
        table = getter.args[1][0]
        return lambda text: table[text] if text in table else text.lower()
    return getter

"""`X mengatakan hal itu dalam keterangan tertulisnya, Minggu (8/11).`: after an Indonesian speech
verb, a demonstrative object (`itu`, `hal itu`, `hal tersebut`) followed by where, when or to whom
it was said points back to what was reported before; no report follows. A clause with the
demonstrative as its subject (`mengatakan itu bukan bagian dari tugasnya`, `mengatakan hal itu
sebagai bentuk ...`) is still a report."""

from __future__ import annotations

from annotator.nlp.resources import speech_words

_WORDS = speech_words()
_DEMONSTRATIVES = _WORDS["demonstrative_objects"]
_PREPOSITIONS = _WORDS["demonstrative_occasion_prepositions"]
_STEMS = tuple(_WORDS["demonstrative_occasion_stems"])
#: How many words after the preposition may name the occasion (`dalam [keterangan] tertulisnya`,
#: `saat [ditemui]`, `di sela-sela [acara]`).
_OCCASION_REACH = 3


def points_back(words: list[str]) -> bool:
    """Whether the words after a speech verb are a demonstrative object and the occasion of speaking."""
    at = 1 if words and words[0].lower() == "hal" else 0
    if len(words) < at + 3 or words[at].lower().strip(",") not in _DEMONSTRATIVES:
        return False
    if words[at + 1].lower() not in _PREPOSITIONS:
        return False
    following = words[at + 2 : at + 2 + _OCCASION_REACH]
    return any(word.lower().strip(",.").startswith(_STEMS) for word in following)


#: The most words of a demonstrative object closing a sentence (`membantah isu miring tersebut`).
MAX_OBJECT_WORDS = 3


def object_points_back(tail: str) -> bool:
    """`Menanggapi isu itu, Kepala Dinas X secara tegas membantah klaim tersebut.`: the verb's whole
    rest is a short noun phrase closed by a demonstrative, its object pointing back, so the words
    before the comma are no report the verb closes."""
    words = tail.lower().strip(" .!?").split()
    return 0 < len(words) <= MAX_OBJECT_WORDS and words[-1].strip(",") in _DEMONSTRATIVES

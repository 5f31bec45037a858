"""Whether words hold a predicate: a verb-like word (`menegaskan`, `is`, `berharap`) makes a stretch
a clause of its own, never a noun-phrase apposition or object."""

from __future__ import annotations

from annotator.nlp.resources import speech_words


def verb_like(word: str) -> bool:
    """An Indonesian predicate word or a word with a verb prefix (`bermula`, `menyerang`, `ditahan`)."""
    word = word.lower().strip(",.")
    return word in PREDICATE_WORDS or (len(word) > 5 and word.isalpha() and word.startswith(("ber", "ter", "me", "di")))


#: Words that make a stretch a clause with a predicate, never a noun-phrase apposition (`pemilik
#: akun itu patut meminta maaf`, `the number of people injured is still at 8`).
PREDICATE_WORDS = speech_words()["predicate_words"]


def has_predicate(words: str) -> bool:
    """Whether ``words`` hold a predicate outside a relative clause (`yang`/`who`/`which` before it
    keeps `warga yang sudah lama tinggal di sana` an apposition)."""
    for word in words.lower().split():
        if word in ("yang", "who", "which", "that"):
            return False
        if word.strip(".,") in PREDICATE_WORDS:
            return True
    return False

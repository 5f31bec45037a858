"""National politicians are called by a word built from their names: the initials (`AHY` of Agus
Harimurti Yudhoyono, `RR` of Rizal Ramli) or the first syllables run together (`Jokowi` of Joko
Widodo, `Zulhas` of Zulkifli Hasan). Coreference reads such a word as
a form of the full name printed in the same article (`coref_resolver.other_form`)."""

from __future__ import annotations

from functools import lru_cache

from annotator.nlp.analysis import Mention

#: The shortest first piece of a blend (`Zul` of Zulkifli): two letters would join unrelated names
#: (`Budi` of `Bunga Diana`).
MIN_FIRST_PIECE = 3


def is_blend_of(short: str, full: str) -> bool:
    """Whether the one word ``short`` is the initials of every word of ``full`` in capitals, or the
    beginnings of every word of ``full`` run together, in order."""
    words = full.split()
    if " " in short or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if short.isupper() and len(short) == len(words):
        return all(w[0] == letter for w, letter in zip(words, short, strict=True))
    if not short[:1].isupper() or short.isupper():
        return False
    return _pieces(short.lower(), tuple(w.lower() for w in words), first=True)


@lru_cache(maxsize=4096)
def _pieces(rest: str, words: tuple[str, ...], *, first: bool) -> bool:
    if not words:
        return not rest
    least = MIN_FIRST_PIECE if first else 1
    word = words[0]
    for size in range(min(len(word), len(rest)), least - 1, -1):
        fits = word.startswith(rest[:size]) and (len(words) > 1 or size == len(rest))
        if fits and _pieces(rest[size:], words[1:], first=False):
            return True
    return False


def blended_person(text: str, speaker: Mention, people: list[Mention]) -> Mention | None:
    """The person printed before a one-word speaker that the word is built from (`RR` read as a
    role, like an acronym of an office, after `Rizal Ramli`)."""
    word = text[speaker.start : speaker.end]
    matches = [m for m in people if m.end <= speaker.start and is_blend_of(word, text[m.start : m.end])]
    return matches[-1] if matches else None

"""A bare plural role closing an inverted report: `Six people were arrested, said villagers.`, `...,
say local residents.` Such a speaker has no article nor capital, so the closing-speaker rules that
look for a name, a pronoun or `the ...` pass it by. Word lists: en/bare_speakers.toml."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import read_toml
from annotator.nlp.speakers.attribution import Attributor

#: The most words of such a speaker (`local residents`, `fellow farm workers`).
MAX_WORDS = 3


@cache
def _lists(lang: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    data = read_toml(lang, "bare_speakers.toml")
    return tuple(data.get("endings", [])), frozenset(data.get("words", [])), frozenset(data.get("not_speakers", []))


def bare_plural_speaker(attributor: Attributor, verb_end: int, end: int) -> Mention | None:
    """The speaker of `..., said villagers.` after the verb ending at token ``verb_end``, or None."""
    if not attributor.english:
        return None
    tokens = attributor.tokens
    begin = tokens.tokens[verb_end - 1].end
    rest = attributor.text[begin:end].strip()
    words = rest.rstrip(".!?").split()
    if not words or len(words) > MAX_WORDS or rest[-1:] not in ".!?" or not all(w.isalpha() and w.islower() for w in words):
        return None
    endings, known, excluded = _lists(attributor.analysis.lang)
    last = words[-1]
    if last in excluded or not (last in known or last.endswith(endings)):
        return None
    if any(w in attributor.lex.pronouns or w in attributor.lex.stopwords for w in words):
        return None
    first = tokens.first_at_or_after(begin)
    return attributor.token_mention(first, first + len(words) - 1, "SPEAKER", kind="role")

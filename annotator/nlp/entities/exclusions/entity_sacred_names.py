"""Names of God and of deities, and devotional phrases (`Allah gave us success`, `Insha Allah we
will try`), are nobody's name in the scheme: ``sacred_names.txt`` of the language lists them, and
they are held before the scan so that no rule makes a PERSON of them. A name built on one is left
to the other rules: after `of` it ends a body's name (`Church of God`, `Assemblies of God`), and
before a capitalised word it opens a person's name (`Allah Ditta`, `Allah Bux`)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_list


@cache
def sacred_phrases(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The language's sacred names and phrases, longest first, and their last words."""
    phrases = sorted(set(read_list(lang, "sacred_names.txt")), key=lambda phrase: (-len(phrase.split()), phrase))
    return tuple(phrases), frozenset(phrase.split()[-1] for phrase in phrases)


def block_sacred_names(s: EntityState) -> None:
    """Hold each sacred name or phrase the text writes with a capital, unless it is part of a
    longer name (see the module's docstring)."""
    phrases, last_words = sacred_phrases(s.analysis.lang)
    if not phrases or not s.has_any_word(last_words):
        return
    for first, last in s.phrase_places(phrases):
        if not all(s.free(k) for k in range(first, last + 1)):
            continue  # a longer phrase took these words already (`Insha Allah` before `Allah`)
        if s.word(first - 1) == "of" or (s.joined(last, last + 1) and s.cap_word(last + 1)):
            continue  # `Church of God`, `Allah Ditta`: a name built on it
        s.block(first, last)

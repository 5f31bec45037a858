"""A cue's verb prefix typed apart from its stem (`Hal itu di ungkapkan X`, `Di sampaikan X, ...`):
regional pages often split the passive `di-` off like the preposition `di`. The two words are
joined back into one word of the rules, spelled as the cue (`diungkapkan`), before any rule runs,
so every rule reads the passive as it reads it written together. Only a prefix of
`[apart_prefixes]` in `cues.toml` and a stem that makes a cue of the language's tables with it join;
the preposition before a place or a noun (`di kantornya`) stays a word of its own."""

from __future__ import annotations

from functools import cache

from annotator.nlp.lexicon import Lexicon
from annotator.nlp.resources import load_resources
from annotator.nlp.text.tokens import TokenIndex


@cache
def _joined_cues(lang: str) -> frozenset[str]:
    """The cue words (lower case) of the tables that open with a prefix typed apart."""
    res = load_resources(lang)
    prefixes = res.cues_apart_prefixes
    words = {
        word.lower()
        for phrase in (*res.cues_before, *res.cues_after, *res.cues_according)
        for word in phrase.split()
    }
    return frozenset(word for word in words if word.startswith(prefixes) and len(word) > 5)


def join_apart_prefixes(index: TokenIndex, lex: Lexicon, lang: str) -> None:
    """Join, in ``index``, each prefix typed apart with the stem after it when the two make a cue."""
    prefixes = lex.res.cues_apart_prefixes
    if not prefixes:
        return
    texts, starts, ends, text = index.texts, index.starts, index.ends, index.text
    cues = _joined_cues(lang)
    spelled: dict[int, str] = {}
    for k in index.indices_of({*prefixes, *(p.capitalize() for p in prefixes)}):
        if k + 1 < len(texts) and text[ends[k] : starts[k + 1]] == " " and (texts[k] + texts[k + 1]).lower() in cues:
            spelled[k] = texts[k] + texts[k + 1]
    if spelled:
        index.join_words(set(spelled), spelled)

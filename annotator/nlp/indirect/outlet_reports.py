"""`reports that` as a verb: an outlet relaying what it reported (`The Fiji Times reports that ...`,
a cue of the real-set gold), told apart from the plural noun (`media reports that ...`, `denied
earlier reports that ...`) by the word before it."""

from __future__ import annotations

from annotator.nlp.resources import speech_words
from annotator.nlp.text.tokens import TokenIndex

_OUTLET_NOUNS = speech_words()["outlet_nouns"]
_ADVERBS = speech_words()["adverbs"]


def noun_reports(tokens: TokenIndex, k: int) -> bool:
    """Whether the token ``k`` (`reports`) is a plural noun: the word before it (past an adverb such as
    `also`) is neither capitalised (the end of a name) nor one of the outlet nouns."""
    if tokens.tokens[k].text != "reports":
        return False
    j = k - 1
    while j > 0 and tokens.tokens[j].text.lower() in _ADVERBS:
        j -= 1
    if j < 0:
        return True
    word = tokens.tokens[j].text
    return not (word[:1].isupper() or word.lower() in _OUTLET_NOUNS)

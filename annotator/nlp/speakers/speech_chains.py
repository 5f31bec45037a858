"""A speech verb carried on by the words before its `to` (`The President went on to say that ...`,
`proceeded to explain`): a report, not a purpose, whose subject stands before the chain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.nlp.resources import speech_words

if TYPE_CHECKING:
    from annotator.nlp.text.tokens import TokenIndex

#: The chains as tuples of lower-case words (`("went", "on")`).
_CHAINS = tuple(tuple(chain.split()) for chain in speech_words()["reporting_chains"])


def chain_start(tokens: TokenIndex, verb: int) -> int:
    """The index of the chain's first word when `<chain> to` stands right before the verb at
    ``verb`` (`went` of `went on to say`); else ``verb``."""
    if verb < 2 or tokens.tokens[verb - 1].text.lower() != "to":
        return verb
    for chain in _CHAINS:
        first = verb - 1 - len(chain)
        if first >= 0 and tuple(t.text.lower() for t in tokens.tokens[first : verb - 1]) == chain:
            return first
    return verb

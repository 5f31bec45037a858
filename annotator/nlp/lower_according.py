"""A passive `according` cue in small letters after a sentence-opening connective (`Lebih jauh
disampaikan Seto, bahwa ...`, `Namun dijelaskan Kapolres, ...`): the capitalised forms
(`Disampaikan X, ...`) are found by the cue lexicon, these by a search of the text."""

from __future__ import annotations

import re

from annotator.nlp.attribution import Attributor
from annotator.nlp.cue_words import according_lower
from annotator.nlp.indirect_forms import BEFORE_OPENING_CUE

#: One or two connectives opening a sentence, then a small passive word (`di...an`) and a capital.
_PASSIVE_AFTER_CONNECTIVE = re.compile(r"(?:^|[.!?]\s+|\n)\s*([A-Z][a-z]+(?:\s+[a-z]+)?),?\s+(di[a-z]+an)\s+(?=[A-Z])")
#: A demonstrative that may close the connective (`Sementara itu dijelaskan X, ...`).
_CLOSING_DEMONSTRATIVE = "itu"


def lower_passive_cues(attributor: Attributor) -> list[int]:
    """Token indices of such passive cues in the text."""
    text, tokens = attributor.text, attributor.tokens
    known = according_lower(attributor.lex.res)
    found: list[int] = []
    if "di" not in text:
        return found
    for match in _PASSIVE_AFTER_CONNECTIVE.finditer(text):
        if match.group(2) not in known:
            continue
        words = match.group(1).lower().split()
        if not all(word in BEFORE_OPENING_CUE or word == _CLOSING_DEMONSTRATIVE for word in words):
            continue
        k = tokens.first_at_or_after(match.start(2))
        if k < len(tokens) and tokens.tokens[k].start == match.start(2):
            found.append(k)
    return found


def is_lower_passive(attributor: Attributor, k: int) -> bool:
    """Whether the token at ``k`` is an `according` cue in small letters (found above)."""
    return attributor.tokens.tokens[k].text in according_lower(attributor.lex.res)

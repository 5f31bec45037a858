"""A passive `according` cue in small letters after a sentence-opening connective (`Lebih jauh
disampaikan Seto, bahwa ...`, `Namun dijelaskan Kapolres, ...`): the capitalised forms
(`Disampaikan X, ...`) are found by the cue lexicon, these by a search of the text."""

from __future__ import annotations

import re

from annotator.nlp.indirect.opening_cue import BEFORE_OPENING_CUE
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.cue_words import according_lower

#: A small passive word (`di...an`) before a capital; what precedes it is checked apart (a search
#: from each sentence start would try every character of the text). ``\bdi...`` written with `di`
#: first and the word edge after it (as ``patterns.whole_word`` does): the same matches, but ``re``
#: scans for `di` instead of trying the edge at every character.
_PASSIVE_BEFORE_CAPITAL = re.compile(r"di(?<!\w[\s\S]{2})[a-z]+an(?=\s+[A-Z])")
#: A demonstrative that may close the connective (`Sementara itu dijelaskan X, ...`).
_CLOSING_DEMONSTRATIVE = "itu"
#: How far back the connectives are looked for.
_LOOK_BACK = 40


def _after_connectives(text: str, at: int) -> bool:
    """Whether one or two connectives (`Lebih jauh`, `Namun,`) open the sentence right before ``at``."""
    before = text[max(0, at - _LOOK_BACK) : at]
    cut = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n"))
    if cut < 0 and at > _LOOK_BACK:
        return False
    words = before[cut + 1 :].replace(",", " ").split()
    if not 1 <= len(words) <= 2 or not words[0][:1].isupper():
        return False
    return all(word.lower() in BEFORE_OPENING_CUE or word == _CLOSING_DEMONSTRATIVE for word in words)


def lower_passive_cues(attributor: Attributor) -> list[int]:
    """Token indices of such passive cues in the text."""
    text, tokens = attributor.text, attributor.tokens
    known = according_lower(attributor.lex.res)
    found: list[int] = []
    # A match is a whole word of ``known`` (small letters after no word character, white space after
    # it): only the words of the text that are one are tried, not every `di` of the text.
    for k in tokens.indices_of(known):
        match = _PASSIVE_BEFORE_CAPITAL.match(text, tokens.starts[k])
        if match is not None and match.group() in known and _after_connectives(text, match.start()):
            found.append(k)
    return found


def is_lower_passive(attributor: Attributor, k: int) -> bool:
    """Whether the token at ``k`` is an `according` cue in small letters (found above)."""
    return attributor.tokens.tokens[k].text in according_lower(attributor.lex.res)

"""Adverbs and auxiliaries between a speaker that closes an English sentence and its verb
(`..., police spokesman Tom Harris earlier said.`, `..., Tom Harris had earlier said.`): the name
ends before them, so the rules that look for a name right before the verb look past them."""

from __future__ import annotations

from annotator.nlp.indirect.participle_reports import SUBJECT_ADVERBS
from annotator.nlp.speakers.attribution import Attributor

#: The most adverbs and auxiliaries stepped over (`had also earlier`).
MAX_ADVERBS = 3


def last_before_adverbs(attributor: Attributor, k: int) -> int:
    """The index of the last word before the verb at ``k`` once adverbs and auxiliaries written in
    lower case (`earlier`, `had`, `also`) are stepped over; ``k - 1`` when none stands there."""
    tokens = attributor.tokens.tokens
    last = k - 1
    while last > 0 and k - 1 - last < MAX_ADVERBS and tokens[last].text in SUBJECT_ADVERBS and tokens[last].text.islower():
        last -= 1
    return last

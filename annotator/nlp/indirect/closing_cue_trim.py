"""A second, closing cue at the end of a report that a verb already opened (`Ia mengatakan harga
beras masih stabil katanya.`, `Menurut dia, ..., ujarnya.`): the report ends before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.resources import speech_words

if TYPE_CHECKING:
    from annotator.nlp.speakers.attribution import Attributor

_NOT_CUE_BEFORE_CLITIC = speech_words()["not_cue_before_clitic"]
#: An agency's credit in small letters closing the text (`(ant)`, `(ant/dwi)`).
_CREDIT_AT_END = re.compile(r"\s*\((?i:" + "|".join(sorted(speech_words()["agency_credits"])) + r")(?:/[A-Za-z]{1,10}){0,3}\)$")
#: How far from the end such a credit is looked for.
_CREDIT_CHARS = 40
_ENDING = " \t\n.!?"


def _last_word_end(text: str, begin: int, end: int) -> int:
    """The end of the text's last word, past full stops and a credit (looked at from the end only)."""
    while end > begin and text[end - 1] in _ENDING:
        end -= 1
    credit = _CREDIT_AT_END.search(text, max(begin, end - _CREDIT_CHARS), end)
    if credit is not None:
        end = credit.start()
        while end > begin and text[end - 1] in _ENDING:
            end -= 1
    return end


def closing_cue(attributor: Attributor, k: int) -> bool:
    """A cue of the slot after a closing quote (`kata`, `ujarnya`), not a verb that opens a clause
    (`mengatakan`) nor `menurutnya`."""
    lex = attributor.lex
    if lex.cues_before.match(attributor.tokens, k) or attributor.tokens.tokens[k].text.lower().startswith("menurut"):
        return False
    return bool(lex.cues_after.match(attributor.tokens, k)) or attributor.cues.clitic(k)


def closing_cue_start(attributor: Attributor, begin: int, end: int) -> int | None:
    """`Ia mengatakan harga beras masih stabil(,) katanya.`: where a second, closing cue (a clitic,
    or a cue and a pronoun or name) starts at the end of a report that a verb already opened; the
    report ends before it. None when the text ends otherwise."""
    text, tokens = attributor.text, attributor.tokens
    last_end = _last_word_end(text, begin, end)
    for words in (1, 2, 3):
        k = tokens.last_ending_at_or_before(last_end) - (words - 1)
        if k < 0 or tokens.tokens[k].start <= begin:
            return None
        if not closing_cue(attributor, k):
            continue
        before = text[begin : tokens.tokens[k].start].rstrip(" ,")
        if not before or before.rsplit(None, 1)[-1].lower() in _NOT_CUE_BEFORE_CLITIC:
            return None  # `untuk informasi lebih jelasnya.`: an adverb, not a cue
        if words == 1:
            return tokens.tokens[k].start if attributor.cues.clitic(k) else None
        match = attributor.lex.cues_after.match(tokens, k)
        if match is None:
            return None
        speaker = attributor.speaker_after(match[0], last_end)
        if speaker is None or speaker.end != last_end or speaker.attrs.get("kind") not in ("pronoun", "name"):
            return None
        return tokens.tokens[k].start
    return None

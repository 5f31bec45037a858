"""A name the page says is how someone is addressed, with no full name after it (`kata Iyay
Dicky, sapaan dia.`, `ujar Kang Dedi, sapaannya.`): the person named in full earlier whose name
holds one of its words (`Dicky Pratama`). The alias phrases with a name after them
(`Ani, sapaan akrab Sri Mulyani`) are ``name_forms.alias_pairs``'; here the phrase ends the
clause (``address_phrases`` of the speech words), so the full name is the earlier person sharing
a word with the short one, when exactly one person does (id_b22)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.text.patterns import word_alternation


@cache
def _address_phrase() -> re.Pattern[str]:
    """`, sapaan dia` and its kin right after a name, closing the clause."""
    return re.compile(rf",\s*(?:{word_alternation(speech_words()['address_phrases'])})\s*[.,]")


def address_pairs(text: str, people: list[Mention]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(short-name offsets, full-name offsets) for each PERSON followed by an address phrase."""
    if "sapaan" not in text:
        return []
    pairs = []
    persons = [m for m in people if m.label == "PERSON"]
    for mention in persons:
        if _address_phrase().match(text, mention.end) is None:
            continue
        words = set(text[mention.start : mention.end].split())
        fuller = {
            text[m.start : m.end]: m
            for m in persons
            if m.end <= mention.start
            and len(text[m.start : m.end].split()) >= 2
            and words & set(text[m.start : m.end].split())
            and text[m.start : m.end] != text[mention.start : mention.end]
        }
        if len(fuller) == 1:
            full = next(iter(fuller.values()))
            pairs.append(((mention.start, mention.end), (full.start, full.end)))
    return pairs

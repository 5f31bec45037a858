"""A reported clause opened by a counted subject after a verb that usually takes a noun phrase
(`menyebutkan sejumlah orang membakar mobil polisi`): the count, its noun and an active verb soon
after make a clause, whereas `menyebutkan sejumlah nama` stays an object."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_words

#: Counting words that open a subject (`sejumlah orang`, `beberapa warga`, `puluhan pemuda`).
QUANTIFIERS = speech_words()["clause_quantifiers"]
#: An Indonesian active verb in small letters (`membakar`, `menyerang`, `merusak`).
ACTIVE_VERB = re.compile(r"^(?:mem|meng|meny|men|me)[a-z]{3,}$")
#: Words that make the counted noun's phrase go on as an object (`sejumlah nama yang ...`).
_OBJECT_WORDS = speech_words()["counted_object_words"]
#: The most words of the counted noun before its verb (`sejumlah orang tak dikenal membakar`).
MAX_NOUN_WORDS = 3


def quantified_subject(after: str) -> bool:
    """Whether ``after`` (the text after the verb) opens with a counted subject and its verb."""
    words = after.split(",", 1)[0].split()[: MAX_NOUN_WORDS + 2]
    if len(words) < 3 or words[0].lower() not in QUANTIFIERS:
        return False
    for word in words[2:]:
        if word in _OBJECT_WORDS or not word.islower():
            return False
        if ACTIVE_VERB.match(word):
            return True
    return False

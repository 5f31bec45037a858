"""A clause reported without `bahwa` after a verb that usually takes a noun phrase, told by its
verbal predicate: `membenarkan pasien di rumah sakit itu membludak`, `melaporkan banjir melanda tiga
kecamatan`, `menyebutkan tim lawan sangat beruntung`, `menyebutkan pemukulan terjadi pada Senin`
(an auxiliary or `terjadi` opens the predicate too, ``predicate_openers``). Only verbs that take an
event hold it (the table's `verbs`). The subject is a short noun phrase (a place after `di` may be
part of it); a preposition, `yang` or a verb right after `dan` ends it as an object (`melaporkan
kasus itu ke polisi`, `membenarkan kejadian itu dan memastikan ...`)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.resources import read_toml, speech_words

#: An Indonesian active verb in small letters (`melanda`, `membludak`, `menolak`, `mengungsi`):
#: the meN- prefix and the first sound of its stem.
_VERB = re.compile(r"^(?:mem[bpf]|men[cdjt]|meng[aeiouhgk]|meny[aeiou]|me[lrwy][aeiou]|mem[aeiou]|men[aeiou])[a-z]{2,}$")
#: First words of a noun-phrase object (`menyampaikan apresiasi ...`, `membenarkan adanya ...`).
_NOUN_PHRASE_OPENERS = speech_words()["noun_phrase_openers"]
#: Words joining a second verb to the first (`... dan memastikan ...`): that verb is the speaker's.
_JOINERS = speech_words()["verb_joiners"]
#: The most words of the subject before its predicate.
MAX_SUBJECT_WORDS = 6


@cache
def _tables() -> dict[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in read_toml("id", "clause_predicates.toml").items()}


def verb_predicate_clause(verb: str, after: str) -> bool:
    """Whether ``after`` (the text after ``verb``, up to its first comma) opens with a subject noun
    phrase and then a verbal predicate."""
    tables = _tables()
    if verb.lower() not in tables["verbs"]:
        return False
    words = [word.strip(".;:") for word in after.split(",", 1)[0].split()[: MAX_SUBJECT_WORDS + 1]]
    if len(words) < 2 or words[0].lower() in tables["object_words"] or words[0].lower() in _NOUN_PHRASE_OPENERS:
        return False
    for index in range(1, len(words)):
        word = words[index]
        lower = word.lower()
        if lower in tables["object_words"]:
            return False
        if lower == "di" and not (index + 1 < len(words) and words[index + 1][:1].isupper()):
            return False  # `di` before a name is the subject's place; before a noun, an adjunct
        if not word.islower():
            continue
        opener = lower in tables["predicate_adverbs"] or lower in tables["predicate_openers"]
        if opener or (_VERB.match(word) and lower not in tables["not_predicates"]):
            return words[index - 1].lower() not in _JOINERS
    return False

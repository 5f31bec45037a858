"""An English sentence closed by `said` and a lower-case role before a name (`..., said district
administrator Rina Patel.`, `..., said national disaster chief X on Sunday.`): the name is the
speaker and the part before the comma the report, not the role and name a report of `said`."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.indirect_forms import WHEN
from annotator.nlp.indirect.predicates import has_predicate
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor

#: The longest lower-case role between the verb and the name (`national disaster management chief`).
MAX_ROLE_WORDS = 6
#: A role word: lower case (`district`, `spokesperson`), or a capitalised unit inside it (`Home Ministry`).
_ROLE_WORD = re.compile(r"[a-z][a-z-]*|[A-Z][\w&'’.-]*")
#: Words that make the stretch after the verb a clause, not a role (`said he ...`, `said the ...`).
_NOT_ROLE = speech_words()["not_role_after_verb"]
#: Where the speaker spoke, after the name (`in Kathmandu`, `at the scene`).
_PLACE = re.compile(r"\s+(?:in|at|from)\s+(?:\S+\s*){1,4}$")


def rest_after_speaker(text: str, speaker_end: int, end: int) -> str:
    """What follows a closing speaker up to ``end`` once a time (`here on Monday`, `on Sunday`) and a
    short place (`in Kathmandu`) are set aside; empty when the speaker closes the sentence."""
    when = WHEN.match(text, speaker_end, end)
    rest = text[when.end() if when else speaker_end : end].rstrip(" .!?")
    return "" if _PLACE.fullmatch(rest) else rest.strip()


def role_name_after(attributor: Attributor, after_verb: int, end: int) -> Mention | None:
    """The name after a lower-case role that closes the sentence after the verb ending at
    ``after_verb``; None when anything but a time or a place follows the name."""
    text = attributor.text
    people = [m for m in attributor.analysis.entities if m.label == "PERSON" and after_verb < m.start and m.end <= end]
    if not people:
        return None
    person = people[0]
    words = text[after_verb : person.start].split()
    if not 1 <= len(words) <= MAX_ROLE_WORDS or not words[0][:1].islower():
        return None
    if any(not _ROLE_WORD.fullmatch(w) or w.lower() in _NOT_ROLE or (w.endswith("ed") and w.islower()) for w in words):
        return None
    if has_predicate(" ".join(words)) or rest_after_speaker(text, person.end, end):
        return None
    return attributor.name_speaker(person)

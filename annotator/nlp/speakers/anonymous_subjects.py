"""English subjects that hide their name before the speech verb (issue 11): `A resident who asked
not to be named told X that ...` (no commas around the relative clause) and `A rescue worker in the
town, who asked not to be identified, said ...` (a role subject before a relative clause between
commas). The subject before the clause speaks; the clause's own verb (`asked`) is no cue."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.text.patterns import bounded_words

if TYPE_CHECKING:
    from annotator.nlp.speakers.attribution import Attributor

_WORDS = speech_words()


def anonymity_clause(between: str) -> str:
    """Regex source of the clause that withholds a name after `who`: a verb of [anonymity_verbs],
    up to 60 characters of the class ``between``, a word of [anonymity_tails]."""
    return (
        r"(?:had\s+)?"
        + bounded_words(sorted(_WORDS["anonymity_verbs"]))
        + between
        + r"{0,60}?\b(?:"
        + "|".join(sorted(_WORDS["anonymity_tails"]))
        + r")\b"
    )


#: `who asked not to be named (for fear of reprisal)`, `who spoke on condition of anonymity`, `who
#: declined to give his name`.
_ANONYMITY = re.compile(
    r"\s+(?:who|yang)\s+"
    + anonymity_clause(r"[^,.;:]")
    + r"(?:\s+for\s+(?:fear|security|safety)\b[^,.;:]{0,30}|\s+(?:because|as|since)\s[^,.;:]{0,80})?,?\s*$"
)  # `named for fear of reprisal`, `anonymity because he was not authorised to speak to the media`
#: The longest subject before such a clause (`A rescue worker in the town`).
MAX_SUBJECT_WORDS = 6


def anonymity_before_verb(text: str, region_start: int, verb_start: int) -> int | None:
    """The offset where a relative clause asking for anonymity starts, when it ends right before the
    verb at ``verb_start`` and a short subject stands before it; else None."""
    found = _ANONYMITY.search(text, region_start, verb_start)
    if found is None:
        return None
    words = text[region_start : found.start()].split()
    if not 0 < len(words) <= MAX_SUBJECT_WORDS:
        return None
    return found.start()


def anonymous_role(words: str, openers: frozenset[str]) -> bool:
    """`a resident who asked not to be named` closing a sentence before its verb: a short role (an
    opener of ``openers`` first, no comma) and the clause asking for anonymity."""
    found = _ANONYMITY.search(words)
    if found is None:
        return False
    subject = words[: found.start()].split()
    return 0 < len(subject) <= MAX_SUBJECT_WORDS and subject[0] in openers and "," not in words[: found.start()]


def anonymous_speaker_after(attributor: Attributor, start: int, end: int) -> Mention | None:
    """`..., said a local who did not want to be named.`: the role from ``start`` up to a clause asking
    for anonymity that closes the sentence; else None."""
    tail = attributor.text[start:end].rstrip(" .!?")
    found = _ANONYMITY.search(tail)
    if found is None or found.end() != len(tail):
        return None
    words = tail[: found.start()].split()
    if not 0 < len(words) <= MAX_SUBJECT_WORDS or "," in tail[: found.start()]:
        return None
    return attributor.mention(start, start + len(tail[: found.start()].rstrip()), "SPEAKER", kind="role")

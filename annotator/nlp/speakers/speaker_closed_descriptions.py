"""An Indonesian speaker description closed by its determiner, with a name inside it: `kata kuasa
hukum Tommy Winata itu`, `ujar putri sulung Presiden ke-4 RI Abdurrahman Wahid itu`, `tegas alumni
Universitas Utrecht, University of Birmingham, dan Linköping University ini`, `tutur Direktur Wahid
Foundation itu`. The phrase rules took the name or organisation inside for the speaker (the lawyer's
client, the daughter's father, the first university); the gold keeps the whole description with
its determiner, as it does for `mantan kepala dinas tersebut`.

The description opens with a word in small letters (its head: `kuasa`, `putri`, `alumni`) or with a
one-word role before an organisation (`Direktur`), runs without a sentence stop or a speaker stop
(`kepada`, `di`, `saat`, ...; `yang`, `dan` and `dari` may stand inside) and ends at `itu`, `ini`
or `tersebut` where the attribution ends."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import islice

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_descriptions import role_heads
from annotator.nlp.speakers.speaker_swap import drop_unlinked_speakers

#: The most words of such a description, determiner included.
MAX_WORDS = 16
_WORD = re.compile(r"\S+")
_SENTENCE_STOPS = ".;:!?\"“”'"
#: Speaker stops that may stand inside a description (`pria yang juga ...`, `ekonom dari UI itu`).
_INSIDE = speech_words()["stops_inside_description"]


def keep_closed_descriptions(analysis: Analysis, attributor: Attributor) -> None:
    if analysis.lang != "id":
        return
    cue_of = {id(link.head): link.child for link in analysis.links if link.label == "CUE"}
    replaced: dict[int, Mention] = {}
    for link in analysis.links:
        speaker, cue = link.child, cue_of.get(id(link.head))
        if link.label != "SPEAKER" or cue is None or cue.end > speaker.start or speaker.attrs.get("kind") == "pronoun":
            continue
        new = replaced.get(id(speaker))
        if new is None:
            phrase = _description(analysis, cue.end, speaker)
            if phrase is None:
                continue
            new = attributor.mention(phrase[0], phrase[1], "SPEAKER", kind="role")
            replaced[id(speaker)] = new
        link.child = new
    drop_unlinked_speakers(analysis, replaced)


def _description(analysis: Analysis, after_cue: int, speaker: Mention) -> tuple[int, int] | None:
    text = analysis.text
    # The words read below (MAX_WORDS, and the one after them for a list): not the whole 400 characters.
    words = list(islice(_WORD.finditer(text, after_cue, min(len(text), after_cue + 400)), MAX_WORDS + 1))
    if not words or "\n" in text[after_cue : words[0].start()]:
        return None
    head = words[0].group()
    lowered = head[:1].islower() and head.isalpha() and head.lower() not in _pronouns()
    tagged = analysis.entity_at(speaker.start, speaker.end)
    role_before_body = head in role_heads("id") and tagged is not None and tagged.label == "ORG"
    if not (lowered or role_before_body):
        return None
    stops, determiners = _stops(), load_resources("id").determiners
    for number, match in enumerate(words[:MAX_WORDS]):
        word = match.group()
        bare = word.rstrip(",")
        if number and bare.lower() in stops:
            return None
        if number > 1 and bare.lower().rstrip(_SENTENCE_STOPS) in determiners:
            end = match.start() + len(bare.rstrip(_SENTENCE_STOPS))
            return _checked(analysis, (words[0].start(), end), speaker, role_before_body)
        if word[-1] in _SENTENCE_STOPS or "\n" in text[match.end() : match.end() + 1]:
            return None
        if word.endswith(",") and not _list_goes_on(words, number):
            return None
    return None


def _list_goes_on(words: list[re.Match[str]], number: int) -> bool:
    """After a comma inside the description the list goes on (`Universitas X, University of Y, dan Z`)."""
    if number + 1 >= len(words):
        return False
    following = words[number + 1].group()
    return following[:1].isupper() or following in ("dan", "serta")


def _checked(analysis: Analysis, phrase: tuple[int, int], speaker: Mention, role_before_body: bool) -> tuple[int, int] | None:
    """The description replaces a speaker lying inside it (never the description itself)."""
    start, end = phrase
    if (speaker.start, speaker.end) == phrase or not (start <= speaker.start and speaker.end <= end):
        return None
    if role_before_body and any(m.label == "PERSON" and start <= m.start and m.end <= end for m in analysis.entities):
        return None  # `Direktur X Budi Santoso itu` names the director
    return phrase


@cache
def _stops() -> frozenset[str]:
    return speech_words()["speaker_stops"] - _INSIDE


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(word.lower() for word in load_resources("id").pronouns)


def person_named_inside(analysis: Analysis, speaker: Mention, resolve: Callable[[Mention], Mention]) -> Mention | None:
    """`perempuan bernama Sinta itu`, `pria yang akrab disapa Rahmat Hidayat itu`: the description
    names its person, and stands for that person (read by coreference). A one-word call name
    (`Dirut Antara yang akrab disapa Pak Dimas itu`) is someone named before under another name,
    whom the usual antecedent rules find."""
    if speaker.attrs.get("kind") != "role" or analysis.lang != "id":
        return None
    text = analysis.text[speaker.start : speaker.end].lower()
    for words, call_names in ((speech_words()["naming_words"], False), (speech_words()["alias"], True)):
        found = [p for p in (text.find(f"{word} ") for word in words) if p >= 0]
        if not found:
            continue
        after = speaker.start + min(found)
        people = [m for m in analysis.entities if m.label == "PERSON" and after < m.start and m.end <= speaker.end]
        if not people:
            return None
        person = resolve(people[0])
        if call_names and len(analysis.text[person.start : person.end].split()) < 2:
            return None
        return person
    return None

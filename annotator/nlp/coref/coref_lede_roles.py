"""English ledes that speak through a role and name the person a sentence later: `Fiji's police
commissioner says ... .` / `... Andrew Hughes made the comment ...` / `Mr Hughes says ...`, or
`MANILA – An official of the NBI denied ... .` / `NBI chief Victor Lorenzo said ...`. Wire and
radio style opens with the role and gives the name after it, so a role speaker that no person
before it can stand for resolves to the first person named after it (outside what it reported),
in its paragraph or the next, when that person goes on to speak in the text, or is introduced
with the role's head (`A Principal Magistrate says ... .` / `Magistrate X commented ...`). An
indefinite role (`A Malaysian official on Friday denied ...`) is someone new even after other people
were named: it names the next person too when that one speaks and is introduced with a word of the
role (`Malaysian police inspector general X was quoted as saying`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.speaker_descriptions import person_heads

#: Words that end the head of a role (`An official of the National Bureau`).
_HEAD_ENDS = speech_words()["lede_role_head_ends"]
#: Articles of an indefinite English role (`A Malaysian official`).
_INDEFINITE = speech_words()["indefinite_articles_en"]
#: How many characters before a name are read for the words it is introduced with.
INTRODUCTION_CONTEXT = 50
#: How many paragraph breaks may stand between the role and the name (the next paragraph).
MAX_PARAGRAPHS_AHEAD = 1
#: A sentence's end between the role and the name (a stop, maybe a closing mark, then white space; or a line break).
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s|\n")
#: A name set beside the role (`A court official, Registrar X,`): a comma and at most four capitalised words.
_APPOSITION = re.compile(r",\s*(?:[A-Z][\w.'’-]*\s+){0,4}")


def _head(words: list[str]) -> str:
    head = ""
    for word in words:
        if word.lower() in _HEAD_ENDS:
            break
        head = word.lower().strip(".,;:()")
    return head


def lede_role_person(
    text: str, speaker: Mention, report: Mention, people: Sequence[Mention], speakers: Iterable[Mention]
) -> Mention | None:
    """The person a lede's role speaker names, else None. ``people`` are the PERSON mentions
    outside direct quotes, in text order; ``speakers`` every quote's speaker, to check that the
    person speaks. The role's head must be one person's role (`official`, `commissioner`)."""
    words = text[speaker.start : speaker.end].split()
    head = _head(words)
    if head not in person_heads("en"):
        return None
    lede = not any(m.end <= speaker.start for m in people)
    if not lede and words[0].lower() not in _INDEFINITE:
        return None  # someone named before: not a lede; the usual look-back decides
    after = next(
        (m for m in people if m.start >= speaker.end and not (report.start <= m.start and m.end <= report.end)), None
    )
    if after is None:
        return None
    between = text[speaker.end : after.start]
    if not _SENTENCE_BREAK.search(between) and not _APPOSITION.fullmatch(between):
        return None  # `A magistrate on Tuesday freed 19-year-old X`: someone the role's own sentence acts on
    lines = [line for line in text[speaker.end : after.start].split("\n")[1:-1] if line.strip()]
    if len(lines) >= MAX_PARAGRAPHS_AHEAD:
        return None  # a whole paragraph stands between them
    name = {word.lower() for word in text[after.start : after.end].split()}
    speaks = any(
        s.start >= after.start and s.attrs.get("kind") == "name" and {w.lower() for w in text[s.start : s.end].split()} & name
        for s in speakers
    )
    introduction = _introduction(text, after)
    if lede:
        return after if speaks or head in introduction else None
    role_words = {_plain(word) for word in words[1:]} - {""}
    return after if speaks and role_words & introduction else None


def _plain(word: str) -> str:
    return word.lower().strip(".,;:()“”\"'’")


def _introduction(text: str, person: Mention) -> set[str]:
    """The words before ``person`` in its sentence (a few), in small letters: its titles and roles."""
    start = max(text.rfind("\n", 0, person.start), text.rfind(". ", 0, person.start), person.start - INTRODUCTION_CONTEXT)
    return {_plain(word) for word in text[start + 1 : person.start].split()} - {""}

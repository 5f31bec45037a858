"""A speaker written as a surname that opens with a small-letter particle (`al-Thani`, `de Lima`,
`van Wyk`): the speaker rules take it for a role, as its first letter is small, and the name rules
tag no PERSON on it. It stands for the person whose full name ends in it (`Mohammed Abdurrahman
al-Thani`), whether that name is printed before it or, on a page that opens with the quote, after
it; the particle may be capitalised at a sentence start (`Al-Thani also said`)."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.entities.people.entity_name_runs import hyphened_particle
from annotator.nlp.resources import load_resources

#: How many words the surname may have (`de la Cruz`, `van der Merwe`).
MAX_SURNAME_WORDS = 3


def particle_surname_person(analysis: Analysis, speaker: Mention, people: list[Mention]) -> Mention | None:
    """The PERSON of ``people`` whose name ends in ``speaker``'s words (compared in small letters),
    when the speaker is a surname opening with a name particle: the nearest one before it, else the
    first one after it."""
    text = analysis.text
    words = text[speaker.start : speaker.end].split()
    if not _particle_surname(words, load_resources(analysis.lang).entity_words.get("name_particles", ())):
        return None
    wanted = [word.lower() for word in words]
    size = len(words)
    found = [
        m
        for m in people
        if m.label == "PERSON"
        and len(name := text[m.start : m.end].split()) > size
        and [word.lower() for word in name[-size:]] == wanted
    ]
    earlier = [m for m in found if m.end <= speaker.start]
    return earlier[-1] if earlier else (found[0] if found else None)


def _particle_surname(words: list[str], particles: frozenset[str] | tuple[str, ...]) -> bool:
    """`al-Thani`, `Al-Thani`, `de Lima`, `van der Merwe`: a particle (joined by a hyphen or standing
    alone), then capitalised words, the last one capitalised."""
    if not 1 <= len(words) <= MAX_SURNAME_WORDS:
        return False
    head, hyphen, _ = words[0].partition("-")
    if hyphen:
        return hyphened_particle(words[0], particles, any_case=True) and all(word[:1].isupper() for word in words[1:])
    if head.lower() not in particles:
        return False
    tail = words[1:]
    return bool(tail) and tail[-1][:1].isupper() and all(w[:1].isupper() or w in particles for w in tail)

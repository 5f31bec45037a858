"""A role speaker with its person after a comma and a title in small letters (`kata Kepala Dinas
Kesehatan X, dr. Hendra Wijaya, Kamis`, `ujar Kepala Puskesmas, drg Rina`): the apposition rules
read the small-letter title as the end of the phrase, so the role stayed the speaker although the
name after it is tagged. The PERSON right after the comma and its titles is the speaker."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import load_resources
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_swap import swap_role_speakers

#: The most title words between the comma and the name (`Dr. dr. H. Budi`).
MAX_TITLES = 4
#: The comma after the role, sometimes typed after a space (`Kepala Dinas Kesehatan , dr. X`).
_COMMA = re.compile(r" ?, ")
_WORD = re.compile(r"\S+")


def name_after_titles(analysis: Analysis, attributor: Attributor) -> None:
    people = {m.start: m for m in analysis.entities if m.label == "PERSON"}
    swap_role_speakers(analysis, attributor, lambda speaker: _apposed_person(analysis, speaker, people))


def _apposed_person(analysis: Analysis, speaker: Mention, people: dict[int, Mention]) -> Mention | None:
    text = analysis.text
    inner = _titled_name_inside(analysis, speaker)
    if inner is not None:
        return inner
    comma = _COMMA.match(text, speaker.end)
    if comma is None:
        return None
    position = comma.end()
    titles = small_titles(analysis.lang)
    seen = 0
    while seen < MAX_TITLES:
        end = text.find(" ", position)
        word = text[position:end] if end > 0 else ""
        if word not in titles:
            break
        seen += 1
        position = end + 1
    return people.get(position) if seen else None


def _titled_name_inside(analysis: Analysis, speaker: Mention) -> Mention | None:
    """`ucap kadis kesehatan Provinsi X dr Alwi`: the role ends with a small-letter title and one or
    two capitalised words, which are the person (tagged now when no entity holds them)."""
    text = analysis.text
    words = list(_WORD.finditer(text, speaker.start, speaker.end))
    titles = small_titles(analysis.lang)
    for size in (1, 2):
        if len(words) < size + 2 or words[-size - 1].group() not in titles:
            continue
        name = words[-size:]
        if not all(w.group().isalpha() and w.group()[:1].isupper() for w in name):
            continue
        start, end = name[0].start(), name[-1].end()
        existing = analysis.entity_at(start, end)
        if existing is not None:
            return existing if existing.label == "PERSON" else None
        if any(m.start < end and start < m.end for m in analysis.entities):
            return None
        person = Mention(start, end, "PERSON", rule="name_after_title")
        analysis.entities.append(person)
        return person
    return None


@cache
def small_titles(lang: str) -> frozenset[str]:
    """Titles written in small letters (`dr.`, `drg`), with and without their stop."""
    titles = {t for t in load_resources(lang).titles if " " not in t and t[:1].islower()}
    return frozenset(titles | {t.rstrip(".") for t in titles} | {t + "." for t in titles if not t.endswith(".")})

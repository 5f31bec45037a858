"""A person's name swallowed by the unit before it in a role speaker (`kata Kepala Puskesmas Depok
Budi Santoso`, `ujar Humas RSUD Sleman Joko Susilo`): a head that takes any capitalised words
(`Puskesmas`, `RSUD`, `SMAN 1`) ran on over the name, so the whole role became the speaker. Where
the unit ends with a known place (or is an organisation the text tags on its own elsewhere, `RSUD
Cililin`) and two to four unknown capitalised words follow to the end of the role, those words are
the person: a PERSON, and the speaker instead of the role."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import load_resources
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_swap import swap_role_speakers

#: How many words the swallowed name may have.
NAME_WORDS = (2, 4)
_WORD = re.compile(r"\S+")


def split_names_from_units(analysis: Analysis, attributor: Attributor) -> None:
    swap_role_speakers(analysis, attributor, lambda speaker: _swallowed_name(analysis, speaker))


def _swallowed_name(analysis: Analysis, speaker: Mention) -> Mention | None:
    text = analysis.text
    org = next(
        (m for m in analysis.entities if m.label == "ORG" and m.end == speaker.end and speaker.start <= m.start),
        None,
    )
    if org is None:
        return None
    words = list(_WORD.finditer(text, org.start, org.end))
    places, never = gazetteer_places(analysis.lang), not_name_words(analysis.lang)
    low, high = NAME_WORDS
    heads = load_resources(analysis.lang).org_heads
    for size in range(low, min(high, len(words) - 2) + 1):
        name, unit = words[-size:], words[:-size]
        if not any(heads.get(w.group()) == "named" for w in unit):
            continue  # a `domain` head (`Dinas`, `Badan`) already stops before a person's name
        if not all(w.group().isalpha() and w.group()[:1].isupper() and w.group() not in never for w in name):
            continue
        if any(w.group() in places for w in name):
            continue
        last = unit[-1].group()
        two = " ".join(w.group() for w in unit[-2:])
        if last in places or two in places or _named_elsewhere(analysis, org, unit):
            org.end = unit[-1].end()
            person = Mention(name[0].start(), name[-1].end(), "PERSON", rule="name_after_unit")
            analysis.entities.append(person)
            return person
    return None


def _named_elsewhere(analysis: Analysis, org: Mention, unit: list[re.Match[str]]) -> bool:
    """Whether the unit's last words are an organisation the text tags on its own (`RSUD Cililin`)."""
    text = analysis.text
    names = {text[m.start : m.end] for m in analysis.entities if m.label == "ORG" and (m.end <= org.start or m.start >= org.end)}
    return any(" ".join(w.group() for w in unit[-size:]) in names for size in range(2, len(unit) + 1))


@cache
def gazetteer_places(lang: str) -> frozenset[str]:
    """The gazetteer's names of places (GPE and LOC)."""
    res = load_resources(lang)
    return frozenset(name for name, label in res.gazetteer.items() if label in ("GPE", "LOC"))


@cache
def not_name_words(lang: str) -> frozenset[str]:
    """Words that end a run of name words after a unit: one-word titles and roles, organisation
    heads, place types and stop words."""
    res = load_resources(lang)
    words = {w for w in (*res.titles, *res.roles) if " " not in w} | set(res.org_heads) | set(res.stopwords)
    words |= {w for w in res.place_types if " " not in w}
    return frozenset(words)

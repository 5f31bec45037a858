"""Two people named together as the subject of one speech verb (`Chang and Legislator Kuo Kuo-wen
said that ...`): the real-set decision makes both names, the second one's titles included, one
SPEAKER that resolves to no single person (as `The two` does)."""

from __future__ import annotations

import re
from itertools import pairwise

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words

_JOINS = "|".join(sorted(speech_words()["speaker_pair_joins"]))
#: Between the first name and the second: the join and up to four capitalised title words
#: (`and DPP Legislator`), or lower-case role words (`and team captain`).
_BETWEEN = re.compile(r"\s+(?:" + _JOINS + r")\s+(?:(?:[A-Z][\w.'’-]*|[a-z]+)\s+){0,4}")
#: Between two names of a longer list before the last pair (`A, B and C said`): a comma and up to
#: four capitalised title words (en_particip1).
_LISTED = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,4}")
#: What may open the clause before the first name: capitalised titles only (`Mayor`, `DPP Secretary`),
#: so that an object (`Police arrested A and B ...`) never passes.
_OPENING = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}")
#: A name repeated in another script right after the second name (`Kuo Kuo-wen (郭國文)`).
_REPEATED = re.compile(r"\s*\([^()\s]{1,12}\)")


def paired_speaker(text: str, entities: list[Mention], person: Mention, region_start: int) -> tuple[int, int] | None:
    """The offsets of `A and B` when ``person`` (B, the subject before a speech verb) follows another
    PERSON (A) that opens the clause at ``region_start`` or after a comma; else None. A longer list
    joined by commas before the pair (`A, B, C and D`) is one speaker as well."""
    before = sorted(
        (m for m in entities if m.label == "PERSON" and region_start <= m.start and m.end <= person.start),
        key=lambda m: m.start,
    )
    if not before:
        return None
    first = before[-1]
    between = text[first.end : person.start]
    inner = any(m.start >= first.end and m.end <= person.start for m in entities if m.label == "PERSON")
    if inner or not _BETWEEN.fullmatch(between):
        return None
    index = len(before) - 1
    while index > 0 and _LISTED.fullmatch(text[before[index - 1].end : before[index].start]):
        index -= 1  # `A, B and C`: the names listed before the pair
    first = before[index]
    clause_start = max(region_start, text.rfind(",", region_start, first.start) + 1)
    opening = text[clause_start : first.start].lstrip()
    if not _OPENING.fullmatch(opening):
        return None
    end = person.end
    repeated = _REPEATED.match(text, end)
    if repeated is not None:
        end = repeated.end()
    return first.start, end


def holds_two_people(text: str, entities: list[Mention], speaker: Mention) -> bool:
    """Whether a role ``speaker`` spans two PERSON entities joined as above (`A and B`): a speaker
    standing for two people, which coreference resolves to neither."""
    inside = [m for m in entities if m.label == "PERSON" and speaker.start <= m.start and m.end <= speaker.end]
    inside.sort(key=lambda m: m.start)
    return any(_BETWEEN.fullmatch(text[a.end : b.start]) for a, b in pairwise(inside))

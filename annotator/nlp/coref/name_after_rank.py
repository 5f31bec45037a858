"""A person's name whose first word is also a place (`Kombes Guntur Aryo Tejo`, where `Guntur` is a
district): after a rank the place rules take that word for a GPE and leave `Aryo Tejo` as the
PERSON, and a later `kata Guntur` then has a place for its speaker. A rank before the place and a
name right after it make the whole run the PERSON, and the same word alone elsewhere (not after a
place word such as `di` or `Kecamatan`) is that person's short name."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import load_resources, read_toml
from annotator.nlp.text.patterns import last_word_before, whole_word_spans


@cache
def _ranks(lang: str) -> frozenset[str]:
    """One-word ranks and titles as written (`Kombes`, `AKBP`, `Iptu`, `Pol`)."""
    return frozenset(t for t in load_resources(lang).titles if " " not in t and t[:1].isupper())


@cache
def _place_words(lang: str) -> frozenset[str]:
    """Words before a place that make a lone word a place, not a name (`di`, `Kecamatan`)."""
    return frozenset(read_toml("common", "speech_words.toml")["place_words_before_name"])


def widen_ranked_names(analysis: Analysis) -> None:
    """Widen each PERSON over a one-word place between a rank and it, and relabel that word's lone
    mentions (with their speakers) as the person's short name."""
    text = analysis.text
    places = {(m.end, m) for m in analysis.entities if m.label == "GPE" and " " not in text[m.start : m.end]}
    by_end = dict(places)
    widened: list[Mention] = []
    for person in analysis.entities_of("PERSON"):
        place = by_end.get(person.start - 1)
        if place is None or text[place.end : person.start] != " ":
            continue
        before = last_word_before(text, place.start)
        if not before or before[0].rstrip(".,") not in _ranks(analysis.lang):
            continue
        for speaker in analysis.speakers:
            if (speaker.start, speaker.end) == (person.start, person.end):
                speaker.start = place.start  # the speaker named with the cut name takes the whole name
        person.start = place.start
        analysis.entities.remove(place)
        widened.append(person)
    for person in widened:
        first = text[person.start : person.end].split()[0]
        for start, end in whole_word_spans(first, text):
            lone = analysis.entity_at(start, end)
            if lone is None or lone.label != "GPE":
                continue
            previous = last_word_before(text, start)
            if previous and previous[0].rstrip(".,").lower() in _place_words(analysis.lang):
                continue
            lone.label = "PERSON"
            for speaker in analysis.speakers:
                if (speaker.start, speaker.end) == (lone.start, lone.end) and speaker.attrs.get("kind") == "org":
                    speaker.attrs["kind"] = "name"  # `kata Guntur`: the person's short name speaks

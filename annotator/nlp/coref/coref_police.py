"""`Kepolisian mengklaim ...`, `pihak kepolisian berdalih ...`: the police as a speaker stand for the
police unit the text named before (`Polres Metro Jakarta Barat`), which no word of theirs repeats.
The unit heads are ``unit_heads`` of ``police_units.toml``; the long names open with `Kepolisian`."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import read_toml, speech_words

#: What a police speaker may say besides the noun (`pihak kepolisian`, `Kepolisian setempat`).
_OTHER_WORDS = speech_words()["police_speaker_extras"]
_POLICE_NOUN = "kepolisian"


@cache
def _unit_heads(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "police_units.toml").get("unit_heads", [])) | {"Kepolisian"}


def police_unit(analysis: Analysis, speaker: Mention) -> Mention | None:
    """The last police unit named before ``speaker`` when the speaker is the police alone."""
    words = [word.lower().strip(".,") for word in analysis.text[speaker.start : speaker.end].split()]
    if _POLICE_NOUN not in words or any(word != _POLICE_NOUN and word not in _OTHER_WORDS for word in words):
        return None
    heads = _unit_heads(analysis.lang)
    units = [
        m
        for m in analysis.entities_of("ORG")
        if m.end <= speaker.start and analysis.text[m.start : m.end].split()[0] in heads and m.end - m.start > len(_POLICE_NOUN)
    ]
    if not units:
        return None
    # `Polres Metro Jakarta Barat`, then `Kasat Reskrim Polres Jakarta Barat`: the fuller form of one unit.
    latest = set(analysis.text[units[-1].start : units[-1].end].split())
    same = [m for m in units if latest <= set(analysis.text[m.start : m.end].split())]
    return max(same, key=lambda m: (m.end - m.start, m.start))

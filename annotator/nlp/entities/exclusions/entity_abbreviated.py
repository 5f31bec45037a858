"""A capitalised run cut at an abbreviated noun is no name: `lulusan Pasca Sarjana Bid. Ilmu
Pemerintahan` (``phrase_abbreviations`` of ``common/speech_words.toml``: `Bid.`, `Jur.`, `Kab.`)
would make a PERSON `Pasca Sarjana Bid`. The speaker phrase reads past that full stop too
(:mod:`annotator.nlp.speakers.speaker_phrases`)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import speech_words


def drop_names_cut_at_abbreviations(s: EntityState) -> None:
    """Drop each PERSON of two or more words whose last word is such an abbreviation before a full stop."""
    words = speech_words()["phrase_abbreviations"]
    text = s.text
    s.found = [
        m
        for m in s.found
        if not (
            m.label == "PERSON"
            and text[m.end : m.end + 1] == "."
            and " " in text[m.start : m.end]
            and text[m.start : m.end].rsplit(None, 1)[-1].lower() in words
        )
    ]

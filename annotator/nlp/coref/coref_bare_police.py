"""`police said ...` after `the Metropolitan Police Circle arrested ...`: in English a collective
noun with no article (`police`, `Police`, `local police`, `Malaysian police`) names the force at
large, so it is left unresolved rather than linked to the last unit whose name holds the noun;
`the police` still points back. Read by :func:`annotator.nlp.coref.coref_roles.last_organisation`."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import load_resources
from annotator.nlp.speakers.speaker_descriptions import normal_word


def bare_collective(analysis: Analysis, speaker: Mention, wanted: set[str], pointing: bool) -> bool:
    """True for an English speaker that is no tagged name, has no determiner and ends on the
    organisation noun (`police`, `local police`, `Malaysian police`)."""
    if analysis.lang != "en" or pointing or not wanted or analysis.entity_at(speaker.start, speaker.end) is not None:
        return False
    words = analysis.text[speaker.start : speaker.end].split()
    determiners = load_resources(analysis.lang).determiners
    return normal_word(words[-1]) in wanted and all(normal_word(word) not in determiners for word in words[:-1])

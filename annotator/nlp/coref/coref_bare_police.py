"""`police said ...` after `the Metropolitan Police Circle arrested ...`: in English a collective
noun with no article (`police`, `Police`, `local police`, `Malaysian police`) names the force at
large, so it is left unresolved rather than linked to the last unit whose name holds the noun
(:func:`bare_collective`, read by :func:`annotator.nlp.coref.coref_roles.last_organisation`).
The police noun stays the force at large with an article or a unit's acronym before it too (`the
police`, `the Police`, `the CTD police`; :func:`force_at_large`, read by
:func:`annotator.nlp.coref.links.link_coreference`), as the real pages annotate it: it points back
only at a name of the whole force, one that ends on the noun (`the National Police`) or on the
noun and a force tail (`the Ghana Police Service`; :func:`force_named_before`), never at a unit,
station or squad whose name merely holds it."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_salience import coref_words
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


def force_at_large(analysis: Analysis, speaker: Mention) -> bool:
    """True for an English speaker whose head is the police noun itself (`the police`, `the
    CTD police`), outside any tagged name: `the Police Command`, `the police chief` and `Sri Lanka
    Police` (an ORG ending on the noun) are a unit, a person and a name."""
    if analysis.lang != "en":
        return False
    words = analysis.text[speaker.start : speaker.end].split()
    if not words or normal_word(words[-1]) not in coref_words()["force_at_large_nouns"]:
        return False
    return not any(m.start < speaker.end and speaker.end <= m.end for m in analysis.entities)


def force_named_before(analysis: Analysis, speaker: Mention) -> Mention | None:
    """The last ORG before ``speaker`` naming a whole force (`the National Police`, `Royal Police`:
    its last word is the speaker's noun), when the speaker is the bare noun with its article (`the
    police`; no unit or place named inside it, as in `the CTD police`)."""
    words = analysis.text[speaker.start : speaker.end].split()
    if normal_word(words[0]) not in load_resources(analysis.lang).determiners:
        return None  # `police`, `Karachi police`: no article, the force at large (as bare_collective)
    if any(speaker.start <= m.start and m.end <= speaker.end for m in analysis.entities):
        return None
    noun = normal_word(words[-1])
    credits = [(f.start, f.end) for f in analysis.furniture]
    forces = [
        m
        for m in analysis.entities_of("ORG")
        if m.end <= speaker.start
        and names_whole_force(analysis.text[m.start : m.end].split(), noun)
        and not any(start <= m.start and m.end <= end for start, end in credits)
    ]
    return forces[-1] if forces else None


def names_whole_force(name: list[str], noun: str) -> bool:
    """Whether an ORG's words name a whole force of ``noun``: they end on it (`National Police`) or
    on it and a force tail (`Ghana Police Service`, `Nigeria Police Force`), and no `of` makes the
    name a unit of the force (`Anti-Terrorism Unit of the Ghana Police Service`)."""
    words = [normal_word(word) for word in name]
    if words[-1] == noun:
        return True
    tails = coref_words()["force_name_tails_en"]
    return len(words) >= 2 and words[-2] == noun and words[-1] in tails and "of" not in words

"""`The prosecution said the accused had no fixed abode`, `The court declared that ...`: in English
court news the parties and bodies of a hearing speak as institutions. The real pages leave such a
speaker unresolved even when the person leading it was named just before (`The prosecution, led by
DSP X, opposed bail`; `The court, presided over by magistrate X, ...`), so it is never linked to the
last person (the accused, the magistrate) or to the last organisation of the text (the police
service that brought the case). It points back only at a name headed by its noun (`the court`
after `Accra Circuit Court`). Indonesian pages do the same with the officers of a hearing known by
their office alone (`Jaksa menyebut bahwa ...`, `jelas jaksa`): :func:`court_officer`. Read by
:func:`annotator.nlp.coref.links.link_coreference`."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.resources import load_resources
from annotator.nlp.speakers.speaker_descriptions import normal_word


def court_party(analysis: Analysis, speaker: Mention) -> bool:
    """True for an English role speaker made of an article, small-letter words and a court-party
    noun (`The court`, `the lower court`, `The prosecution`, `The State`), its last word in no
    tagged name: `the High Court` (a name) and `the prosecution witness` (a person) are not one."""
    if analysis.lang != "en":
        return False
    words = analysis.text[speaker.start : speaker.end].split()
    if len(words) < 2 or normal_word(words[0]) not in load_resources(analysis.lang).determiners:
        return False
    if normal_word(words[-1]) not in coref_words()["court_party_nouns"] or words[-1].endswith(("'s", "’s")):
        return False
    if not all(word[:1].islower() for word in words[1:-1]):
        return False  # `the High Court`, `the Supreme Court` name one court
    return not any(m.start < speaker.end and speaker.end <= m.end for m in analysis.entities)


#: How far after an officer's word the name of its holder may start (`Jaksa Penuntut Umum (JPU) X`).
OFFICER_NAME_REACH = 40


def court_officer(analysis: Analysis, speaker: Mention) -> bool:
    """True for an Indonesian role speaker that is an officer of a hearing by office alone (`Jaksa`,
    `JPU`, `majelis hakim`, a pointing word after it allowed: `jaksa tersebut`;
    ``court_officer_roles_id``) when the text introduces no one with the office."""
    if analysis.lang == "en":
        return False
    words = analysis.text[speaker.start : speaker.end].lower().split()
    determiners = load_resources(analysis.lang).determiners
    while words and words[-1] in determiners:
        words.pop()
    roles = coref_words()["court_officer_roles_id"]
    return " ".join(words) in roles and not _officer_named(analysis, words[-1], roles)


def _officer_named(analysis: Analysis, head: str, roles: frozenset[str]) -> bool:
    """Whether the office's last word is written somewhere right before a PERSON, with only office
    words, capitalised words and a bracketed acronym between (`Jaksa penuntut umum Rina Agustina`,
    `Ketua Majelis Hakim X`): the officer is named, and the usual resolution finds the name."""
    text = analysis.text
    office_words = {word for role in roles for word in role.split()}
    people = analysis.entities_of("PERSON")
    for found in re.finditer(rf"\b{re.escape(head)}\b", text, re.IGNORECASE):
        person = next((m for m in people if found.end() <= m.start <= found.end() + OFFICER_NAME_REACH), None)
        if person is None:
            continue
        between = text[found.end() : person.start].replace(",", " ").split()
        if "\n" not in text[found.end() : person.start] and all(
            word.lower() in office_words or word[:1].isupper() or word.startswith("(") for word in between
        ):
            return True
    return False


def court_named_before(analysis: Analysis, speaker: Mention) -> Mention | None:
    """The last ORG before ``speaker`` named by the speaker's noun as its head (`Accra Circuit
    Court`, `Court of Appeal` for `the court`), outside page furniture; None when the text names
    none. A name merely holding the noun (`State Department` for `the state`) is another body."""
    noun = normal_word(analysis.text[speaker.start : speaker.end].split()[-1])
    credits = [(f.start, f.end) for f in analysis.furniture]
    named = [
        m
        for m in analysis.entities_of("ORG")
        if m.end <= speaker.start
        and _headed_by(noun, analysis.text[m.start : m.end].split())
        and not any(start <= m.start and m.end <= end for start, end in credits)
    ]
    return named[-1] if named else None


def _headed_by(noun: str, name: list[str]) -> bool:
    """`Kasama Magistrates Court`, `Court of Appeal`: the noun ends the name or opens it before `of`."""
    words = [normal_word(word) for word in name]
    return words[-1] == noun or (len(words) > 2 and words[0] == noun and words[1] == "of")

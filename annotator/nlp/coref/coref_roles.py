"""What a role speaker names when it is no person: an organisation inside it or pointed back at
(`the agency`, `kementerian itu`), a group after a quantifier, or an untagged name. Read by
:func:`annotator.nlp.coref.links.link_coreference`."""

from __future__ import annotations

import re
from itertools import pairwise

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_bare_police import bare_collective
from annotator.nlp.coref.coref_org_types import outlet_not_meant, type_noun_unnamed, venue_not_meant
from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.resources import load_resources, speech_word_list, speech_words
from annotator.nlp.speakers.speaker_descriptions import (
    INDEFINITE,
    PLURAL_PEOPLE,
    WEBSITE,
    normal_word,
    organisation_nouns,
    person_heads,
    role_heads,
)

#: How many words of a role may come before its organisation noun (`a spokesman for the agency`).
ORG_NOUN_WINDOW = 5
#: A role opening with these names one member of the organisation inside it, never the organisation.
MEMBER_WORDS = speech_words()["member_words"]


#: How far after an unnamed newcomer (`seorang pria`) a name would say who it is (`bernama X`).
NAME_AFTER_NEWCOMER = 40
#: Articles that introduce someone new before a head noun (`seorang pria`, `a man`).
_NEWCOMER_ARTICLES = speech_word_list("newcomer_articles")
#: Relative pronouns after `the` + a head noun that bring in someone new (`the officer who arrested him`).
_NEWCOMER_RELATIVES_EN = speech_word_list("newcomer_relatives_en")


def _words(analysis: Analysis, mention: Mention) -> list[str]:
    return analysis.text[mention.start : mention.end].split()


def unnamed_newcomer(analysis: Analysis, speaker: Mention) -> bool:
    """`... ada seorang pria berteriak bohong. “...,” kata pria itu.`: a pointing role (`pria itu`,
    `the man`) whose head noun introduced someone new and unnamed earlier (`seorang pria`, `a man`)
    stands for that newcomer, not for the last person named."""
    words = [w.lower().strip(".,") for w in _words(analysis, speaker)]
    if len(words) != 2:
        return False
    english = analysis.lang == "en"
    if english and words[0] != "the":
        return False
    if not english and words[1] not in load_resources(analysis.lang).determiners:
        return False
    head = words[1] if english else words[0]
    # One word may stand between (`an unidentified man`, `a local woman`).
    articles = "|".join(_NEWCOMER_ARTICLES)
    pattern = re.compile(rf"\b(?:{articles})\s+(?:[a-z][\w-]*\s+)?{re.escape(head)}\b", re.IGNORECASE)
    introduced = [m for m in pattern.finditer(analysis.text, 0, speaker.start)]
    if english:
        # `the officer who arrested him`: a definite newcomer known by what he did
        relatives = "|".join(_NEWCOMER_RELATIVES_EN)
        defined = re.compile(rf"\bthe\s+(?:[a-z][\w-]*\s+)?{re.escape(head)}(?=\s+(?:{relatives})\b)", re.IGNORECASE)
        introduced = sorted(introduced + list(defined.finditer(analysis.text, 0, speaker.start)), key=lambda m: m.start())
    if not introduced:
        return False
    before, after = introduced[-1].start(), introduced[-1].end()
    # `Budi, seorang warga, ...` / `a man named Budi`: the newcomer has a name after all.
    return not any(
        m.label == "PERSON" and (after <= m.start <= after + NAME_AFTER_NEWCOMER or before - 4 <= m.end <= before)
        for m in analysis.entities
    )


def unheld_private_role(analysis: Analysis, speaker: Mention) -> bool:
    """`the neighbour said`, `The first suspect told the court` (en_speak13 round): an English role
    `the` + at most one small-letter word + a head noun of a private person (`private_role_heads_en`)
    that the page has used for no named person before (no PERSON within a newcomer's reach of the
    noun or its plural) is someone new, not the last person who spoke."""
    if analysis.lang != "en":
        return False
    words = [w.strip(".,") for w in _words(analysis, speaker)]
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or not all(w.islower() for w in words[1:-1]):
        return False
    head = words[-1].lower()
    if head not in coref_words()["private_role_heads_en"]:
        return False
    used = re.compile(rf"\b{re.escape(head)}s?\b", re.IGNORECASE)
    people = [m for m in analysis.entities if m.label == "PERSON" and m.end <= speaker.start]
    reach = NAME_AFTER_NEWCOMER
    return not any(
        found.end() <= m.start <= found.end() + reach or found.start() - reach <= m.end <= found.start()
        for found in used.finditer(analysis.text, 0, speaker.start)
        for m in people
    )


def names_an_organisation(analysis: Analysis, speaker: Mention) -> bool:
    """`the central bank`, `kementerian itu`: a role whose head noun is an organisation word."""
    nouns = organisation_nouns(analysis.lang)
    written = _words(analysis, speaker)
    words = [normal_word(w) for w in written]
    if analysis.lang == "en" and words and words[-1] in person_heads("en"):
        return False  # `the National Police chairman`: an English role ends with its head, a person
    if analysis.lang == "id" and written[:1] and written[0].islower():
        # `alumni Universitas X ini`, `ekonom dari Universitas X itu`: a capitalised noun after a
        # small-letter head belongs to a name inside the description, which stands for a person
        words = [word for word, as_written in zip(words, written, strict=True) if not as_written[:1].isupper()]
    return any(word in nouns for word in words[:ORG_NOUN_WINDOW])


def organisation_inside(analysis: Analysis, speaker: Mention) -> Mention | None:
    """The ORG named inside a role that does not point back (`tersebut`, `itu` end a pointing role)."""
    res = load_resources(analysis.lang)
    last_word = _words(analysis, speaker)[-1].lower()
    if last_word in res.determiners and analysis.lang != "en":
        return None
    first_word = _words(analysis, speaker)[0].lower()
    if first_word in MEMBER_WORDS:
        return None  # `Kader Partai Gerindra itu`: a member of the party is a person, not the party
    if analysis.lang == "en" and first_word == "the" and last_word.strip(".,") in person_heads("en"):
        return None  # `the National Police chairman` points back at a person
    if analysis.lang == "en" and last_word.strip(".,") in coref_words()["body_person_heads_en"]:
        return None  # `The KNP flagbearer`, `the TUC boss`: a person the body put forward, not the body
    if one_member_of(analysis, speaker):
        return None
    inside = [m for m in analysis.entities_of("ORG") if speaker.start <= m.start and m.end <= speaker.end]
    return inside[-1] if inside else None


#: Prepositions after `an official`, `a member` that name the body the person belongs to (`a
#: spokesman for X` speaks for X, and resolves to it).
_MEMBER_OF = speech_words()["member_of"]


def one_member_of(analysis: Analysis, speaker: Mention) -> bool:
    """`an official of Zarni Township Defence Forces`, `a member from the council`: one unnamed
    person of the body after the preposition, who is neither the body nor anyone named before; a
    spokesperson (`a spokeswoman of the ministry`) speaks for the body."""
    words = [w.lower() for w in _words(analysis, speaker)[:3]]
    return (
        analysis.lang == "en"
        and len(words) == 3
        and words[0] in ("a", "an")
        and normal_word(words[1]) in person_heads("en")
        and not words[1].startswith("spokes")
        and words[2] in _MEMBER_OF
    )


def quantified(analysis: Analysis, speaker: Mention) -> bool:
    """A role right after a quantifier the speaker phrase left out (`Sejumlah warga mengaku`). A
    word closed off by punctuation is no quantifier of it: it ends the quote before the role
    (`“... 230 million people,” the minister said`)."""
    before = analysis.text[max(0, speaker.start - 20) : speaker.start].split()
    if not before or not before[-1][-1:].isalnum():
        return False
    return normal_word(before[-1]) in INDEFINITE or normal_word(before[-1]) in PLURAL_PEOPLE


def unknown_name(analysis: Analysis, speaker: Mention) -> bool:
    """A one-word role in capitals or Title Case that is no role, title or organisation word of the
    language: a name (or acronym) no entity rule tagged, so someone of its own."""
    words = _words(analysis, speaker)
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    word = words[0].strip(".,")
    lang = analysis.lang
    known = role_heads(lang) | {h.title() for h in person_heads(lang)}
    return word not in known and normal_word(word) not in organisation_nouns(lang) and normal_word(word) not in PLURAL_PEOPLE


def untagged_name(analysis: Analysis, speaker: Mention) -> bool:
    """A role in Title Case throughout (an acronym in brackets allowed) is an organisation's own
    name the entity rules missed, not a description pointing back at an earlier one."""
    words = [w for w in _words(analysis, speaker) if not (w.startswith("(") and w.endswith(")"))]
    return analysis.lang != "en" and len(words) >= 2 and all(w[:1].isupper() for w in words)


def own_places(analysis: Analysis, speaker: Mention) -> list[str]:
    """The places tagged inside ``speaker`` (`The police command in Niger` gives `Niger`)."""
    return [
        analysis.text[m.start : m.end]
        for m in analysis.entities
        if m.label in ("GPE", "LOC") and speaker.start <= m.start and m.end <= speaker.end
    ]


def last_organisation(analysis: Analysis, speaker: Mention) -> Mention | None:
    """The organisation a role names by its noun (`the police` → the last ORG with `Police` in
    it), else the last organisation named before it."""
    credits = [(f.start, f.end) for f in analysis.furniture]
    words = _words(analysis, speaker)
    role_words = {normal_word(w) for w in words}
    before = [
        m
        for m in analysis.entities_of("ORG")
        if m.end <= speaker.start
        and not any(s <= m.start and m.end <= e for s, e in credits)
        and not WEBSITE.search(analysis.text[m.start : m.end])
        and not outlet_not_meant(analysis.lang, role_words, analysis.text[m.start : m.end])
        and not venue_not_meant(analysis.lang, role_words, analysis.text[m.start : m.end])
    ]
    nouns = organisation_nouns(analysis.lang)
    wanted = role_words & nouns
    # `the agency`, `a spokesman for the agency`, `kementerian itu` point back; `Malaysian police` does not.
    pointing = (
        analysis.lang != "en"
        or words[0].lower() == "the"
        or any(before_word.lower() == "the" and normal_word(word) in wanted for before_word, word in pairwise(words))
    )
    if bare_collective(analysis, speaker, wanted, pointing):
        return None  # `police said` after `Metropolitan Police Circle`: the force at large, not the unit
    naming = [m for m in before if wanted & {w.lower() for w in _words(analysis, m)}]
    places = own_places(analysis, speaker)
    if places and wanted:
        # `The police command in Niger` after `Nigeria Police Force`: a unit of its own place (en_orgs5)
        naming = [m for m in naming if all(set(place.split()) <= set(_words(analysis, m)) for place in places)]
        return naming[-1] if naming else None
    if naming:
        return naming[-1]
    if wanted and (not pointing or (len(words) == 1 and words[0].lower() != "itu")):
        return None  # `Police`, `Malaysian police` name no organisation of the text (least of all the outlet)
    if type_noun_unnamed(analysis.lang, wanted):
        return None  # `The ministry` after `the Manpower Authority`: a ministry the text never named
    return max(before, key=lambda m: (len(analysis.text[m.start : m.end]) > 5, m.start)) if before else None

"""Appositions after a speaker's name (`Menurut X, peneliti di Y, ...`, `Ani, warga Desa X, ...`,
`X, a spokesman for Y, said`): where they end, so that the report starts after them."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.indirect.clauses import COMPLEMENTISERS
from annotator.nlp.indirect.predicates import has_predicate
from annotator.nlp.resources import load_resources, speech_words

#: Words that open an apposition after a speaker's name (`Menurut X, peneliti di Y, ...`).
APPOSITION_OPENERS = speech_words()["apposition_openers"]
#: The longest apposition skipped (`Kepala Bidang Perikanan Tangkap Dinas Kelautan dan ...`).
MAX_APPOSITION_WORDS = 14
#: Nouns that open an apposition after a speaker but are no role (`warga Desa X`, `salah satu ...`).
APPOSITION_NOUNS = speech_words()["apposition_nouns"]


@cache
def role_openers(lang: str) -> frozenset[str]:
    """Lower-case first words of the roles and titles of ``lang`` (`kepala`, `direktur`, `juru`)."""
    res = load_resources(lang)
    return frozenset(entry.split()[0].lower().rstrip(".") for entry in [*res.roles, *res.titles] if entry.strip())


#: A relative pronoun of things after a stretch between commas makes the stretch a subject, not a
#: person's apposition (`who` may follow an apposition: `X, a scientist at Y, who led the study`).
_RELATIVES = speech_words()["relatives_of_things"]
#: Nouns that describe a person in an apposition after a name (`Ani, warga Desa X, ...`, `Budi,
#: pedagang sayur di Pasar Y, ...`); with `yang` after them they are more often the report's subject.
_PERSON_NOUNS = speech_words()["apposition_person_nouns"]
#: `, Somchai Boonmee, fled`, `, Mr. Khamla, had`: a name of one to four capitalised words
#: between commas, a small-letter word after it.
_NAME_BETWEEN_COMMAS = re.compile(r", (?:[A-Z][a-z]{0,3}\. )?(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+, [a-z]")
#: Nothing but names (capitalised words, commas, `and`/`dan`) up to the sentence's end: the rest of
#: a list, so the comma before it is no apposition's.
_NAMES_TO_END = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:(?:\s*,\s*|\s+(?:and|dan)\s+|\s+)[A-Z][\w'’.-]*)*\s*[.!?]?\s*$"
)


def past_apposition(text: str, comma: int, end: int, lang: str = "id") -> int:
    """`According to X, a scientist at Y, ...` / `Menurut X, Kepala Bidang ... Provinsi Y, ...`: the
    clause starts after the apposition's comma."""
    following = text.find(",", comma + 1, end)
    if following < 0:
        return comma
    between = text[comma + 1 : following].strip()
    first = between.split(" ", 1)[0].lower()
    if text[following + 1 : end].lstrip().split(" ", 1)[0].lower() in _RELATIVES:
        return comma  # `According to X, the typhoon, which is moving west, ...`: the subject, not an apposition
    if _NAME_BETWEEN_COMMAS.match(text, following, end):
        return comma  # `According to police, the driver, Somchai Boonmee, fled ...`: the role names the subject
    if _NAMES_TO_END.match(text, following + 1, end):
        return comma  # `According to X, the men held included Ali Khan, Omar Baig.`: a list's comma
    lower_opener = between[:1].islower() and (
        first in APPOSITION_OPENERS or (first in _PERSON_NOUNS and " yang " not in f" {between.lower()} ")
    )
    role_opener = first in role_openers(lang) and first not in COMPLEMENTISERS
    if (lower_opener or role_opener) and len(between.split()) <= MAX_APPOSITION_WORDS and not has_predicate(between):
        return following
    return comma

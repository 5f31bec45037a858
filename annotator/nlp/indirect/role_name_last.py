"""English reports closed by a role and a name before the verb: a role chain right before the name
(`..., Surakarta Police chief Ade Safri told reporters on Monday.`) and a role in apposition
before a name between commas (`..., the police spokesman, Rudi Hartono, said on Sunday.`)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.appositions import MAX_APPOSITION_WORDS, role_openers
from annotator.nlp.indirect.clauses import ARTICLES, INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.closing_verb_adverbs import last_before_adverbs
from annotator.nlp.indirect.predicates import has_predicate
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: The most words of a role chain and its name between the report's comma and the verb.
MAX_CHAIN_WORDS = 10


@cache
def _role_tails(lang: str) -> frozenset[str]:
    """Lower-case last words of the language's roles (`chief`, `spokesman`, `officer`)."""
    return frozenset(role.split()[-1].lower() for role in load_resources(lang).roles if role.split())


def _person_ending_at(attributor: Attributor, last: int, stop: int) -> Mention | None:
    """The PERSON entity whose last word is ``last`` and that nothing but spaces follows up to ``stop``."""
    person = attributor.entity_by_last.get(last)
    if person is None or person.label != "PERSON" or attributor.text[person.end : stop].strip():
        return None
    return person


def _answer(attributor: Attributor, k: int, verb_end: int, start: int, report_end: int, person: Mention):
    clause = reported_clause(attributor, start, report_end, closed=True)
    if clause is None:
        return None
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, attributor.name_speaker(person), INDIRECT_SCORE)


def role_chain_name_last(
    attributor: Attributor, k: int, verb_end: int, start: int, comma: int
) -> tuple[Mention, Attribution] | None:
    """`..., Surakarta Police chief Ade Safri said ...`: after the report's comma, words ending in a
    role word (`chief`, `spokesman`), then a name right before the verb; no predicate among them."""
    text, tokens = attributor.text, attributor.tokens.tokens
    if not attributor.english or k < 1:
        return None
    last = last_before_adverbs(attributor, k)  # `..., police spokesman X earlier said.`
    between = text[comma + 1 : tokens[last].end]
    if len(between.split()) > MAX_CHAIN_WORDS or "," in between or has_predicate(between):
        return None
    person = _person_ending_at(attributor, last, tokens[last].end)
    if person is None:
        return None
    first = attributor.tokens.first_at_or_after(person.start)
    if first < 1 or tokens[first - 1].start <= comma:
        return None
    if tokens[first - 1].text.lower() not in _role_tails("en") and not _role_of_unit(text[comma + 1 : person.start]):
        return None
    return _answer(attributor, k, verb_end, start, comma, person)


#: Words that join a role to the unit it serves (`spokesman of the ministry`, `official for ...`).
_UNIT_LINKS = speech_words()["unit_links"]


def _role_of_unit(chain: str) -> bool:
    """`official representative of the Foreign Ministry`, `spokesman for the Interior Ministry`: a
    lower-case role word first (after an article), the unit it serves after `of`/`for`, so the name
    after the unit is the speaker even though the unit, not a role word, stands right before it."""
    words = chain.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if len(words) < 3 or not words[0].islower() or words[0] not in _role_tails("en"):
        return False
    return any(word in _UNIT_LINKS for word in words[1:4])


def role_then_name_last(
    attributor: Attributor, k: int, verb_end: int, start: int, name_comma: int, comma: int
) -> tuple[Mention, Attribution] | None:
    """`..., the police spokesman, Rudi Hartono, said on Sunday.`: a role in apposition between two
    commas, then the name between ``name_comma`` and ``comma`` right before the verb."""
    text = attributor.text
    if not attributor.english or name_comma < 0:
        return None
    person = _person_ending_at(attributor, attributor.tokens.last_ending_at_or_before(comma), comma)
    if person is None or text[name_comma + 1 : person.start].strip():
        return None
    role_comma = text.rfind(",", start, name_comma)
    if role_comma < 0:
        return None
    role = text[role_comma + 1 : name_comma].split()
    if not role or len(role) > MAX_APPOSITION_WORDS or has_predicate(" ".join(role)):
        return None
    if role[0].lower() not in ARTICLES and role[0].lower() not in role_openers("en"):
        return None
    if role[-1].lower() not in _role_tails("en"):
        return None
    return _answer(attributor, k, verb_end, start, role_comma, person)
